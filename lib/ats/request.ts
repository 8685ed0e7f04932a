import type { z } from 'zod';
import type { AtsVendor } from '../shortlists/records';
import { AtsRequestFailed, CANCELLED, type AtsError } from './errors';

/** What every ATS call accepts, so tests inject a fake server, a clock and a sleep, and no real service is ever called. */
export interface AtsRequestOptions {
  apiUrl?: string;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  /** The clock requests are paced by; Date.now unless a test gives its own. */
  now?: () => number;
}

/** How many times a 429 is waited out before the send reports the rate limit. */
export const MAX_RATE_LIMIT_RETRIES = 3;
/** A Retry-After longer than this is reported rather than waited out: the user may prefer to come back later. */
const MAX_RETRY_WAIT_MS = 60_000;
/** Waited when a 429 names no time. */
const DEFAULT_RETRY_WAIT_MS = 1_000;

/** A vendor's answer with its envelope taken off, or the vendor's reason for refusing. */
export type Unwrapped = { ok: true; value: unknown } | { ok: false; reason: string; code: string | null };

/** What differs between the vendors' HTTP conventions; everything else is shared. */
export interface AtsProtocol {
  vendor: AtsVendor;
  defaultApiUrl: string;
  /** Least time between the starts of two requests (Lever allows 10 a second). */
  minIntervalMs: number;
  /** A successful HTTP answer's payload (Ashby also refuses with HTTP 200 and `success: false`). */
  unwrap(body: unknown): Unwrapped;
  /** The vendor's reason from an error answer's body, if it gives one. */
  reasonOf(body: unknown): { reason: string; code: string | null } | null;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One API key's conversation with one vendor: Basic auth (the key as user name, no password,
 * as both vendors document), paced requests, 429s waited out a bounded number of times, and
 * every answer checked with zod. Failures are thrown as AtsRequestFailed.
 */
export class AtsConnection {
  private lastRequestAt: number | null = null;
  private readonly apiUrl: string;
  private readonly fetch: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(
    private readonly protocol: AtsProtocol,
    private readonly apiKey: string,
    private readonly options: AtsRequestOptions,
  ) {
    this.apiUrl = (options.apiUrl ?? protocol.defaultApiUrl).replace(/\/+$/, '');
    this.fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.sleep = options.sleep ?? defaultSleep;
    this.now = options.now ?? Date.now;
  }

  get vendor(): AtsVendor {
    return this.protocol.vendor;
  }

  /** `path` starts with a slash and carries its own query string. */
  async request<T>(method: 'GET' | 'POST', path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    for (let retries = 0; ; retries++) {
      const response = await this.send(method, path, body);
      if (response.status === 429) {
        const waitMs = retryAfterMs(response.headers.get('retry-after'), this.now());
        if (retries < MAX_RATE_LIMIT_RETRIES && (waitMs ?? 0) <= MAX_RETRY_WAIT_MS) {
          await this.sleep(waitMs ?? DEFAULT_RETRY_WAIT_MS);
          continue;
        }
        throw this.failure({ kind: 'rate-limited', retryAfterMs: waitMs });
      }
      return this.read(response, `${method} ${path.split('?')[0]}`, schema);
    }
  }

  private async send(method: string, path: string, body: unknown): Promise<Response> {
    await this.pace();
    const headers: Record<string, string> = {
      authorization: `Basic ${btoa(`${this.apiKey}:`)}`,
      accept: 'application/json',
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await this.fetch(`${this.apiUrl}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(this.options.signal ? { signal: this.options.signal } : {}),
      });
    } catch (failure) {
      const detail = this.options.signal?.aborted ? CANCELLED : failure instanceof Error ? failure.message : String(failure);
      throw this.failure({ kind: 'network', detail });
    }
  }

  private async pace(): Promise<void> {
    if (this.lastRequestAt !== null) {
      const waitMs = this.lastRequestAt + this.protocol.minIntervalMs - this.now();
      if (waitMs > 0) await this.sleep(waitMs);
    }
    this.lastRequestAt = this.now();
  }

  private async read<T>(response: Response, route: string, schema: z.ZodType<T>): Promise<T> {
    const text = await response.text().catch(() => '');
    const body = parseJson(text);
    if (response.status === 401) throw this.failure({ kind: 'unauthorized' });
    if (response.status === 403) throw this.failure({ kind: 'forbidden', detail: this.protocol.reasonOf(body)?.reason ?? null });
    if (!response.ok) {
      const given = this.protocol.reasonOf(body);
      throw this.failure({
        kind: 'rejected',
        status: response.status,
        reason: given?.reason ?? (response.statusText || 'no reason given'),
        code: given?.code ?? null,
      });
    }
    if (body === undefined) throw this.failure({ kind: 'bad-answer', detail: `${route}: not JSON` });
    const unwrapped = this.protocol.unwrap(body);
    if (!unwrapped.ok) {
      throw this.failure({ kind: 'rejected', status: response.status, reason: unwrapped.reason, code: unwrapped.code });
    }
    const parsed = schema.safeParse(unwrapped.value);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw this.failure({ kind: 'bad-answer', detail: `${route}: unexpected response${where}` });
  }

  private failure(error: DistributiveOmit<AtsError, 'vendor'>): AtsRequestFailed {
    return new AtsRequestFailed({ ...error, vendor: this.protocol.vendor } as AtsError);
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Retry-After as milliseconds: a number of seconds, or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
