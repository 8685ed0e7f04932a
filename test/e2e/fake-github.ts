import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A local stand-in for github.com and api.github.com on loopback, over HTTPS
 * with a throwaway self-signed certificate. Chromium reaches it through
 * --host-resolver-rules; nothing ever goes to the real GitHub.
 */

const SHARED = resolve(__dirname, '../../../shared/fixtures');
const OWN = resolve(__dirname, '../fixtures');

export interface SeenRequest {
  host: string;
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface FakeReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** github.com pages by path: real saved profiles and synthetic pages. */
const PAGES: Record<string, { file: string; status?: number }> = {
  '/defunkt': { file: join(SHARED, 'github-profile/defunkt.html') },
  '/dingaanmanjate': { file: join(SHARED, 'github-profile/dingaanmanjate.html') },
  '/python': { file: join(OWN, 'github-pages/organization.html') },
  '/defunkt/dotjs': { file: join(OWN, 'github-pages/repository.html') },
  '/hostile-dev': { file: join(OWN, 'github-pages/hostile-name.html') },
};

/** api.github.com accounts with synthetic bodies in test/fixtures/github-api/. */
const ACCOUNTS = ['defunkt', 'dingaanmanjate', 'python'];

function apiReply(path: string): FakeReply | undefined {
  const match = /^\/users\/([^/]+)(\/repos)?$/.exec(path);
  const login = match?.[1]?.toLowerCase();
  if (!match || !login || !ACCOUNTS.includes(login)) return undefined;
  const file = join(OWN, `github-api/${login}.${match[2] ? 'repos' : 'user'}.json`);
  return {
    status: 200,
    body: readFileSync(file, 'utf8'),
    headers: {
      'content-type': 'application/json; charset=utf-8',
      etag: `"${login}${match[2] ?? ''}-v1"`,
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '57',
    },
  };
}

const NOT_FOUND_API: FakeReply = {
  status: 404,
  body: JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }),
  headers: { 'content-type': 'application/json; charset=utf-8' },
};

export interface FakeGitHub {
  port: number;
  /** Every request, in order, as the server saw it. */
  seen: SeenRequest[];
  apiRequests(): string[];
  /** Answer api.github.com requests this way instead (return undefined to fall through). */
  overrideApi(handler: ((path: string) => FakeReply | undefined) | null): void;
  close(): Promise<void>;
}

function makeCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'pyvet-cert-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '2', '-keyout', 'key.pem', '-out',
        'cert.pem', '-subj', '/CN=github.com', '-addext', 'subjectAltName=DNS:github.com,DNS:api.github.com'],
      { cwd: dir, stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const seen: SeenRequest[] = [];
  let apiOverride: ((path: string) => FakeReply | undefined) | null = null;

  const server: Server = createServer(makeCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const url = request.url ?? '/';
    seen.push({ host, method: request.method ?? 'GET', url, headers: request.headers });
    const path = new URL(url, 'https://x').pathname;

    let reply: FakeReply;
    if (host === 'api.github.com') {
      reply = apiOverride?.(path) ?? apiReply(path) ?? NOT_FOUND_API;
    } else if (host === 'github.com') {
      const page = PAGES[path.replace(/\/+$/, '')];
      reply = page
        ? { status: page.status ?? 200, body: readFileSync(page.file, 'utf8'), headers: { 'content-type': 'text/html; charset=utf-8' } }
        : { status: 404, body: readFileSync(join(OWN, 'github-pages/not-found.html'), 'utf8'), headers: { 'content-type': 'text/html; charset=utf-8' } };
    } else {
      reply = { status: 421, body: 'Misdirected request' };
    }
    response.writeHead(reply.status, reply.headers);
    response.end(reply.body);
  });

  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    apiRequests: () => seen.filter((r) => r.host === 'api.github.com').map((r) => `${r.method} ${r.url}`),
    overrideApi(handler) {
      apiOverride = handler;
    },
    close() {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
