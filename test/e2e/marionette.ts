import { connect, type Socket } from 'node:net';

/**
 * A small client of Marionette, the remote protocol built into Firefox (the one
 * geckodriver speaks to it). The Firefox end-to-end tests use it instead of
 * WebDriver BiDi because Firefox's BiDi does not reach extension pages yet
 * (moz-extension:// documents are left out of its browsing contexts, Mozilla bug
 * 1755014), and the popup and the shortlists page are extension pages.
 *
 * The wire format: every message is "<byte length>:<JSON>". The server opens
 * with a greeting object; a command is [0, id, name, parameters] and its
 * answer [1, id, error or null, result].
 */
export class Marionette {
  private received = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  private greeted: (() => void) | undefined;
  private closedBecause: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk]);
      this.readMessages();
    });
    const fail = (error: Error) => {
      this.closedBecause ??= error;
      for (const { reject } of this.waiting.values()) reject(this.closedBecause);
      this.waiting.clear();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('Marionette connection closed')));
  }

  /** Connects to the Marionette server on a loopback port and waits for its greeting. */
  static async connect(port: number): Promise<Marionette> {
    const socket = connect(port, '127.0.0.1');
    const client = new Marionette(socket);
    await new Promise<void>((resolve, reject) => {
      client.greeted = resolve;
      socket.once('error', reject);
    });
    return client;
  }

  /** Sends one command and resolves with its result, or rejects with Firefox's error. */
  command<Result = unknown>(name: string, parameters: object = {}): Promise<Result> {
    if (this.closedBecause) return Promise.reject(this.closedBecause);
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, parameters]));
    this.socket.write(Buffer.concat([Buffer.from(`${body.length}:`), body]));
    return new Promise<Result>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (result: unknown) => void, reject });
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private readMessages(): void {
    for (;;) {
      const colon = this.received.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.received.subarray(0, colon).toString('ascii'));
      const end = colon + 1 + length;
      if (this.received.length < end) return;
      const message: unknown = JSON.parse(this.received.subarray(colon + 1, end).toString('utf8'));
      this.received = this.received.subarray(end);
      if (!Array.isArray(message)) {
        this.greeted?.();
        continue;
      }
      const [, id, error, result] = message as [1, number, MarionetteFailure | null, unknown];
      const caller = this.waiting.get(id);
      this.waiting.delete(id);
      if (error) caller?.reject(new Error(`Marionette: ${error.error}: ${error.message}`));
      else caller?.resolve(result);
    }
  }
}

interface MarionetteFailure {
  error: string;
  message: string;
}

/** How Marionette passes a DOM element over the wire (the WebDriver element key). */
export const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';
export type ElementReference = { [ELEMENT_KEY]: string };
