import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureReply, OWN_PAGES, type FixturePages, type FixtureReply } from '../support/github-fixture-routes';

/**
 * A local stand-in for github.com, api.github.com, raw.githubusercontent.com
 * and Upwork profiles, on loopback over HTTPS with a
 * throwaway self-signed certificate. Chromium reaches it through
 * --host-resolver-rules, Firefox through a CONNECT proxy (connect-proxy.ts);
 * nothing goes to the real sites.
 */

/** The applicant tracking systems' API hosts, answered by the handler a test gives (`serveHost`). */
export const FAKE_ATS_HOSTS = ['api.ashbyhq.com', 'api.lever.co'];

export const FAKE_HOSTS = ['github.com', 'api.github.com', 'raw.githubusercontent.com', 'avatars.githubusercontent.com', 'www.upwork.com', ...FAKE_ATS_HOSTS];

/** A fetch-style handler: an in-memory fake API (test/support/fake-ats.ts) served over the fake's HTTPS. */
export type HostHandler = (request: Request) => Promise<Response>;

export interface SeenRequest {
  host: string;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export type FakeReply = FixtureReply;

export interface FakeGitHub {
  port: number;
  /** Every request, in order, as the server saw it. */
  seen: SeenRequest[];
  /** "METHOD /path?query" of every request to one host (api.github.com by default). */
  requestsTo(host?: string): string[];
  /** Answer api.github.com requests this way instead (return undefined to fall through). */
  overrideApi(handler: ((path: string) => FakeReply | undefined) | null): void;
  /** Answer every request to this host with the handler (an ATS fake); null stops serving it. */
  serveHost(host: string, handler: HostHandler | null): void;
  close(): Promise<void>;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'pyvet-cert-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-keyout', 'key.pem', '-out',
        'cert.pem', '-subj', '/CN=github.com', '-addext', `subjectAltName=${FAKE_HOSTS.map((host) => `DNS:${host}`).join(',')}`],
      { cwd: dir, stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the fake on a free loopback port, serving the project's own pages unless told otherwise. */
export async function startFakeGitHub(pages: FixturePages = OWN_PAGES): Promise<FakeGitHub> {
  const seen: SeenRequest[] = [];
  let apiOverride: ((path: string) => FakeReply | undefined) | null = null;
  const hostHandlers = new Map<string, HostHandler>();

  const server: Server = createServer(makeCertificate(), async (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = request.url ?? '/';
    seen.push({ host, method: request.method ?? 'GET', url, headers: request.headers });
    let body = '';
    for await (const chunk of request) body += String(chunk);
    const hostHandler = hostHandlers.get(host);
    if (hostHandler) {
      const headers = Object.entries(request.headers).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : []));
      let answer: Response;
      try {
        answer = await hostHandler(new Request(`https://${host}${url}`, { method: request.method, headers, body: body || undefined }));
      } catch {
        // The fake's "network down": the connection drops, as the browser would see it.
        request.socket.destroy();
        return;
      }
      response.writeHead(answer.status, Object.fromEntries(answer.headers));
      response.end(await answer.text());
      return;
    }
    const path = new URL(url, 'https://x').pathname;
    const reply =
      (host === 'api.github.com' ? apiOverride?.(path) : undefined) ??
      fixtureReply(host, path, Date.now(), body || undefined, request.headers.authorization, pages);
    response.writeHead(reply.status, reply.headers);
    response.end(reply.body);
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    requestsTo: (host = 'api.github.com') =>
      seen.filter((r) => r.host === host).map((r) => `${r.method} ${r.url}`),
    overrideApi(handler) {
      apiOverride = handler;
    },
    serveHost(host, handler) {
      if (handler) hostHandlers.set(host, handler);
      else hostHandlers.delete(host);
    },
    close() {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
