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
}

export type FakeRoute = (request: RecordedRequest) => FakeReply | undefined;

export function createFakeFetch(route: FakeRoute) {
  const requests: RecordedRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const request = { method: init?.method ?? 'GET', url, headers };
    requests.push(request);
    const reply = route(request) ?? { status: 404, body: { message: 'Not Found' } };
    const status = reply.status ?? 200;
    const body = status === 304 ? null : (reply.rawBody ?? JSON.stringify(reply.body ?? null));
    return new Response(body, {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...reply.headers },
    });
  };
  return { fetch, requests };
}

/** Routes `GET /users/:login` and `GET /users/:login/repos` to the given bodies. */
export function githubAccountRoutes(accounts: Record<string, { user: unknown; repos: unknown }>): FakeRoute {
  return ({ url }) => {
    const path = new URL(url).pathname;
    const match = /^\/users\/([^/]+)(\/repos)?$/.exec(path);
    const account = match?.[1] ? accounts[match[1].toLowerCase()] : undefined;
    if (!match || !account) return undefined;
    return { body: match[2] ? account.repos : account.user, headers: { etag: `"${path}-v1"` } };
  };
}
