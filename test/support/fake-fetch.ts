import { fixtureReply } from './github-fixture-routes';

/** A stand-in for `fetch` that answers from a table of routes and records every request. */
export interface FakeReply {
  status?: number;
  body?: unknown;
  /** Raw text instead of JSON, for malformed answers. */
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export type FakeRoute = (request: RecordedRequest) => FakeReply | undefined;

export function createFakeFetch(route: FakeRoute) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const request = { method: init?.method ?? 'GET', url, headers, ...(body === undefined ? {} : { body }) };
    requests.push(request);
    const reply = route(request) ?? { status: 404, body: { message: 'Not Found' } };
    const status = reply.status ?? 200;
    const responseBody = status === 304 ? null : (reply.rawBody ?? JSON.stringify(reply.body ?? null));
    return new Response(responseBody, {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...reply.headers },
    });
  };
  return { fetch, requests };
}

/** The same fake GitHub the e2e server is (test/support/github-fixture-routes.ts), as a route. */
export function fixtureGitHub(now: () => number = Date.now): FakeRoute {
  return ({ url, body, headers }) => {
    const parsed = new URL(url);
    const reply = fixtureReply(parsed.hostname, parsed.pathname, now(), body, headers.authorization);
    return { status: reply.status, rawBody: reply.body, headers: reply.headers ?? {} };
  };
}
