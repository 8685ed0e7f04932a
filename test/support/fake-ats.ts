import { z } from 'zod';

/**
 * In-memory fakes of Ashby's and Lever's APIs, as one request handler each
 * (`handle(request: Request): Promise<Response>`), so unit tests pass `fetch: fake.fetch` and an
 * e2e can wrap the same handler in an HTTPS server. Tests seed and inspect `candidates` /
 * `opportunities`, `notes`, `tags` and the `requests` log.
 *
 * Both fakes enforce:
 * - HTTP Basic auth with the API key as user name and an empty password: anything else is 401;
 *   `readOnlyKey` may read but any write answers 403 (a key without candidate write permission).
 * - `Content-Type: application/json` and a JSON object body on every POST.
 * - Request bodies parsed with strict schemas: a missing required field, a wrong type or an
 *   unknown field is refused in the vendor's error shape.
 * - `rateLimitNext(n, retryAfter)`: the next n requests answer 429 with that Retry-After.
 * - `failNetworkAfter = n`: once n requests have been answered, every request throws as fetch
 *   does when the network is down (TypeError "fetch failed"), and is not logged.
 * - A request whose signal is aborted throws an AbortError, as fetch does, and is not logged.
 *
 * FakeAshby (https://api.ashbyhq.com): every endpoint is POST /<endpoint>; success is HTTP 200
 * `{ success: true, results }`, a refusal HTTP 200 `{ success: false, errors, errorInfo }`.
 * Serves apiKey.info (403 when `keyInfoReadable` is false, as for a key without the API keys read
 * permission), candidate.search (`email` and/or `name`, case-insensitive, both must match when
 * both are given), candidate.info (`id`; unknown → errorInfo.code "candidate_not_found"),
 * candidate.create (`name` required; `email`, `githubUrl`, `linkedInUrl`, `website`, `sourceId`
 * optional; URLs must be URLs), candidate.createNote (`candidateId`, `note`; the candidate must
 * exist), candidateTag.list (pages of `tagPageSize` with `moreDataAvailable`/`nextCursor`),
 * candidateTag.create (`title`), candidate.addTag (`candidateId`, `tagId`; both must exist).
 * Unknown endpoints answer 404.
 *
 * FakeLever (https://api.lever.co/v1): errors are `{ code, message }`. Serves GET /users/:id,
 * GET /opportunities (`email`, `tag` (case-sensitive), `limit` 1-100, `offset`; pages of at most
 * `pageSize` with `hasNext`/`next`; any other query parameter is 400), GET /opportunities/:id,
 * POST /opportunities, POST /opportunities/:id/notes (`value`), POST /opportunities/:id/addTags
 * (`tags`). Every POST needs `perform_as` naming a user of the account (400 otherwise). Create
 * takes `name` (required here: Lever's docs make every field optional, but pyvet always sends
 * one and an opportunity without a name would be a bug), `headline`, `emails`, `links`, `tags`,
 * `sources`, `origin` (one of Lever's origins) and answers 201; a create with a known e-mail
 * reuses that contact, as Lever's docs say it dedupes by e-mail.
 */

export interface LoggedRequest {
  method: string;
  /** Path and query, without the API prefix (/v1 for Lever). */
  path: string;
  authorization: string | null;
  body: unknown;
  /** The fake's clock when the request arrived. */
  at: number;
}

type Json = Record<string, unknown>;

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** The Authorization header both vendors document: the key as user name, an empty password. */
export function basicAuth(key: string): string {
  return `Basic ${btoa(`${key}:`)}`;
}

/** A JSON body as a value; text that is not JSON stays text (and is refused as not an object). */
function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** What both fakes share: auth, the switches and the request log. */
abstract class FakeAtsServer {
  readonly apiKey: string;
  readonly readOnlyKey: string;
  readonly requests: LoggedRequest[] = [];
  failNetworkAfter: number | null = null;
  private rateLimited = 0;
  private retryAfter = '1';
  private nextId = 1;

  constructor(
    prefix: string,
    protected readonly clock: () => number = Date.now,
  ) {
    this.apiKey = `${prefix}-write-key`;
    this.readOnlyKey = `${prefix}-read-only-key`;
  }

  /** A stand-in for `fetch` answered by this fake. */
  readonly fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => this.handle(new Request(input, init));

  rateLimitNext(times: number, retryAfter: string | number = 1): void {
    this.rateLimited = times;
    this.retryAfter = String(retryAfter);
  }

  protected id(kind: string): string {
    return `${kind}-${this.nextId++}`;
  }

  async handle(request: Request): Promise<Response> {
    if (request.signal.aborted) throw new DOMException('This operation was aborted', 'AbortError');
    if (this.failNetworkAfter !== null && this.requests.length >= this.failNetworkAfter) throw new TypeError('fetch failed');
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    const body = parseBody(text);
    const path = this.localPath(url.pathname) + url.search;
    const authorization = request.headers.get('authorization');
    this.requests.push({ method: request.method, path, authorization, body, at: this.clock() });

    if (this.rateLimited > 0) {
      this.rateLimited--;
      return this.refuse(429, 'rate_limit_exceeded', 'Too many requests', { 'retry-after': this.retryAfter });
    }
    const key = this.keyOf(authorization);
    if (key === null) return this.refuse(401, 'unauthorized', 'Invalid API key');
    if (request.method === 'POST') {
      if (!request.headers.get('content-type')?.startsWith('application/json')) {
        return this.refuse(415, 'unsupported_media_type', 'Content-Type must be application/json');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return this.refuse(400, 'invalid_json', 'Body must be a JSON object');
    }
    return this.route(request.method, url, body as Json, key === this.readOnlyKey);
  }

  private keyOf(authorization: string | null): string | null {
    const match = /^Basic (.+)$/.exec(authorization ?? '');
    if (!match?.[1]) return null;
    let decoded: string;
    try {
      decoded = atob(match[1]);
    } catch {
      return null;
    }
    const colon = decoded.indexOf(':');
    if (colon < 0 || decoded.slice(colon + 1) !== '') return null;
    const key = decoded.slice(0, colon);
    return key === this.apiKey || key === this.readOnlyKey ? key : null;
  }

  /** The path below the API's prefix. */
  protected abstract localPath(pathname: string): string;
  protected abstract refuse(status: number, code: string, message: string, headers?: Record<string, string>): Response;
  protected abstract route(method: string, url: URL, body: Json, readOnly: boolean): Response;

  /** The first problem zod found, as "field: message". */
  protected static problem(error: z.ZodError): string {
    const issue = error.issues[0];
    return `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`;
  }
}

// ─── Ashby ───────────────────────────────────────────────────────────────────

export interface FakeAshbyCandidate {
  id: string;
  name: string;
  emails: string[];
  socialLinks: { type: string; url: string }[];
  tagIds: string[];
}

const HttpsUrl = z.url();
const AshbyBodies = {
  'apiKey.info': z.object({}).strict(),
  'candidate.search': z
    .object({ email: z.string().min(1).optional(), name: z.string().min(1).optional() })
    .strict()
    .refine((query) => query.email !== undefined || query.name !== undefined, 'email or name is required'),
  'candidate.info': z.object({ id: z.string().min(1) }).strict(),
  'candidate.create': z
    .object({
      name: z.string().min(1),
      email: z.email().optional(),
      githubUrl: HttpsUrl.optional(),
      linkedInUrl: HttpsUrl.optional(),
      website: HttpsUrl.optional(),
      sourceId: z.string().optional(),
    })
    .strict(),
  'candidate.createNote': z.object({ candidateId: z.string().min(1), note: z.string().min(1) }).strict(),
  'candidateTag.list': z.object({ cursor: z.string().optional(), includeArchived: z.boolean().optional() }).strict(),
  'candidateTag.create': z.object({ title: z.string().min(1) }).strict(),
  'candidate.addTag': z.object({ candidateId: z.string().min(1), tagId: z.string().min(1) }).strict(),
} as const;
type AshbyEndpoint = keyof typeof AshbyBodies;
const ASHBY_WRITES = new Set<AshbyEndpoint>(['candidate.create', 'candidate.createNote', 'candidateTag.create', 'candidate.addTag']);

export class FakeAshby extends FakeAtsServer {
  readonly candidates: FakeAshbyCandidate[] = [];
  readonly notes: { candidateId: string; note: string }[] = [];
  readonly tags: { id: string; title: string }[] = [];
  keyTitle = 'pyvet test key';
  keyInfoReadable = true;
  tagPageSize = 100;

  constructor(clock?: () => number) {
    super('ashby', clock);
  }

  /** A candidate already in Ashby (made by someone else, or by an earlier send). */
  seed(candidate: Omit<FakeAshbyCandidate, 'id' | 'tagIds'> & { id?: string }): FakeAshbyCandidate {
    const stored = { id: candidate.id ?? this.id('candidate'), tagIds: [], ...candidate } as FakeAshbyCandidate;
    this.candidates.push(stored);
    return stored;
  }

  protected localPath(pathname: string): string {
    return pathname;
  }

  protected refuse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
    return json(status, { success: false, errors: [code], errorInfo: { code, message } }, headers);
  }

  private ok(results: unknown, extra: Json = {}): Response {
    return json(200, { success: true, results, ...extra });
  }

  private view(candidate: FakeAshbyCandidate) {
    const [primary] = candidate.emails;
    return {
      id: candidate.id,
      name: candidate.name,
      primaryEmailAddress: primary ? { value: primary, type: 'Personal', isPrimary: true } : null,
      emailAddresses: candidate.emails.map((value, index) => ({ value, type: 'Personal', isPrimary: index === 0 })),
      socialLinks: candidate.socialLinks,
      tags: this.tags.filter((tag) => candidate.tagIds.includes(tag.id)),
      profileUrl: `https://app.ashbyhq.com/candidates/${candidate.id}`,
    };
  }

  protected route(method: string, url: URL, body: Json, readOnly: boolean): Response {
    const endpoint = url.pathname.replace(/^\//, '');
    if (method !== 'POST' || !(endpoint in AshbyBodies)) return json(404, { success: false, errors: ['not_found'] });
    const name = endpoint as AshbyEndpoint;
    if (readOnly && ASHBY_WRITES.has(name)) return this.refuse(403, 'missing_permission', 'This API key lacks the candidatesWrite permission');
    const parsed = AshbyBodies[name].safeParse(body);
    if (!parsed.success) return this.refuse(200, 'invalid_input', FakeAtsServer.problem(parsed.error));
    const input = parsed.data as Record<string, string | undefined>;
    const candidate = (id: string | undefined) => this.candidates.find((entry) => entry.id === id);

    switch (name) {
      case 'apiKey.info':
        return this.keyInfoReadable
          ? this.ok({ title: this.keyTitle, createdAt: '2026-01-01T00:00:00.000Z', scopes: ['candidates:read'] })
          : this.refuse(403, 'missing_permission', 'This API key lacks the apiKeysRead permission');
      case 'candidate.search': {
        const email = input.email?.toLowerCase();
        const wanted = input.name?.toLowerCase();
        const found = this.candidates.filter(
          (entry) =>
            (email === undefined || entry.emails.some((address) => address.toLowerCase() === email)) &&
            (wanted === undefined || entry.name.toLowerCase() === wanted),
        );
        return this.ok(found.map((entry) => this.view(entry)));
      }
      case 'candidate.info': {
        const found = candidate(input.id);
        return found ? this.ok(this.view(found)) : this.refuse(200, 'candidate_not_found', 'Candidate not found');
      }
      case 'candidate.create': {
        const socialLinks = [
          ...(input.githubUrl ? [{ type: 'GitHub', url: input.githubUrl }] : []),
          ...(input.linkedInUrl ? [{ type: 'LinkedIn', url: input.linkedInUrl }] : []),
          ...(input.website ? [{ type: 'Website', url: input.website }] : []),
        ];
        const created = this.seed({ name: input.name ?? '', emails: input.email ? [input.email] : [], socialLinks });
        return this.ok(this.view(created));
      }
      case 'candidate.createNote': {
        if (!candidate(input.candidateId)) return this.refuse(200, 'candidate_not_found', 'Candidate not found');
        this.notes.push({ candidateId: input.candidateId ?? '', note: input.note ?? '' });
        return this.ok({ id: this.id('note'), content: input.note });
      }
      case 'candidateTag.list': {
        const start = input.cursor ? Number(input.cursor) : 0;
        const page = this.tags.slice(start, start + this.tagPageSize);
        const more = start + this.tagPageSize < this.tags.length;
        return this.ok(page, { moreDataAvailable: more, ...(more ? { nextCursor: String(start + this.tagPageSize) } : {}) });
      }
      case 'candidateTag.create': {
        const tag = { id: this.id('tag'), title: input.title ?? '' };
        this.tags.push(tag);
        return this.ok({ ...tag, isArchived: false });
      }
      case 'candidate.addTag': {
        const found = candidate(input.candidateId);
        if (!found) return this.refuse(200, 'candidate_not_found', 'Candidate not found');
        if (!this.tags.some((tag) => tag.id === input.tagId)) return this.refuse(200, 'tag_not_found', 'Tag not found');
        if (!found.tagIds.includes(input.tagId ?? '')) found.tagIds.push(input.tagId ?? '');
        return this.ok(this.view(found));
      }
    }
  }
}

// ─── Lever ───────────────────────────────────────────────────────────────────

export interface FakeLeverOpportunity {
  id: string;
  contact: string;
  name: string;
  headline: string;
  emails: string[];
  links: string[];
  tags: string[];
  sources: string[];
  origin: string;
}

const LEVER_ORIGINS = ['agency', 'applied', 'internal', 'referred', 'sourced', 'university'] as const;
const LeverBodies = {
  create: z
    .object({
      name: z.string().min(1),
      headline: z.string().optional(),
      emails: z.array(z.email()).optional(),
      links: z.array(z.url()).optional(),
      tags: z.array(z.string().min(1)).optional(),
      sources: z.array(z.string().min(1)).optional(),
      origin: z.enum(LEVER_ORIGINS).optional(),
    })
    .strict(),
  note: z.object({ value: z.string().min(1), secret: z.boolean().optional(), score: z.number().optional() }).strict(),
  addTags: z.object({ tags: z.array(z.string().min(1)).min(1) }).strict(),
};
const LIST_PARAMETERS = new Set(['email', 'tag', 'limit', 'offset']);

export class FakeLever extends FakeAtsServer {
  readonly opportunities: FakeLeverOpportunity[] = [];
  readonly notes: { opportunityId: string; value: string; performAs: string }[] = [];
  readonly users = [{ id: 'user-rita', name: 'Rita Recruiter', email: 'rita@example.com' }];
  /** The most a list page holds whatever `limit` asks (Lever's maximum is 100). */
  pageSize = 100;

  constructor(clock?: () => number) {
    super('lever', clock);
  }

  /** An opportunity already in Lever. */
  seed(opportunity: Partial<FakeLeverOpportunity> & { name: string }): FakeLeverOpportunity {
    const stored: FakeLeverOpportunity = {
      id: this.id('opportunity'),
      contact: this.id('contact'),
      headline: '',
      emails: [],
      links: [],
      tags: [],
      sources: [],
      origin: 'sourced',
      ...opportunity,
    };
    this.opportunities.push(stored);
    return stored;
  }

  /** Tags added to an opportunity after it was made (addTags), in order. */
  readonly tags: { opportunityId: string; tags: string[] }[] = [];

  protected localPath(pathname: string): string {
    return pathname.replace(/^\/v1(?=\/)/, '');
  }

  protected refuse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
    return json(status, { code, message }, headers);
  }

  private view(opportunity: FakeLeverOpportunity) {
    return { ...opportunity, urls: { list: 'https://hire.lever.co/candidates', show: `https://hire.lever.co/candidates/${opportunity.id}` } };
  }

  protected route(method: string, url: URL, body: Json, readOnly: boolean): Response {
    const segments = this.localPath(url.pathname).split('/').filter(Boolean);
    const notFound = () => this.refuse(404, 'ResourceNotFound', `${url.pathname} not found`);
    if (method === 'GET') return this.read(segments, url.searchParams) ?? notFound();
    if (method !== 'POST' || segments[0] !== 'opportunities') return notFound();
    if (readOnly) return this.refuse(403, 'Forbidden', 'This API key may not write opportunities');
    const performAs = url.searchParams.get('perform_as');
    if (!performAs) return this.refuse(400, 'BadRequestError', 'perform_as is required');
    if (!this.users.some((user) => user.id === performAs)) return this.refuse(400, 'BadRequestError', `perform_as: no user ${performAs}`);

    if (segments.length === 1) {
      const parsed = LeverBodies.create.safeParse(body);
      if (!parsed.success) return this.refuse(400, 'BadRequestError', FakeAtsServer.problem(parsed.error));
      const input = parsed.data;
      const emails = input.emails ?? [];
      const sameContact = this.opportunities.find((entry) => entry.emails.some((email) => emails.includes(email)));
      const created = this.seed({
        name: input.name,
        headline: input.headline ?? '',
        emails,
        links: input.links ?? [],
        tags: input.tags ?? [],
        sources: input.sources ?? [],
        origin: input.origin ?? 'sourced',
        ...(sameContact ? { contact: sameContact.contact } : {}),
      });
      return json(201, { data: this.view(created) });
    }
    const opportunity = this.opportunities.find((entry) => entry.id === segments[1]);
    if (!opportunity || segments.length !== 3) return notFound();
    if (segments[2] === 'notes') {
      const parsed = LeverBodies.note.safeParse(body);
      if (!parsed.success) return this.refuse(400, 'BadRequestError', FakeAtsServer.problem(parsed.error));
      this.notes.push({ opportunityId: opportunity.id, value: parsed.data.value, performAs });
      return json(201, { data: { noteId: this.id('note') } });
    }
    if (segments[2] === 'addTags') {
      const parsed = LeverBodies.addTags.safeParse(body);
      if (!parsed.success) return this.refuse(400, 'BadRequestError', FakeAtsServer.problem(parsed.error));
      for (const tag of parsed.data.tags) if (!opportunity.tags.includes(tag)) opportunity.tags.push(tag);
      this.tags.push({ opportunityId: opportunity.id, tags: parsed.data.tags });
      return json(200, { data: this.view(opportunity) });
    }
    return notFound();
  }

  private read(segments: string[], query: URLSearchParams): Response | null {
    const [collection, id] = segments;
    if (collection === 'users' && id && segments.length === 2) {
      const user = this.users.find((entry) => entry.id === id);
      return user ? json(200, { data: user }) : null;
    }
    if (collection !== 'opportunities') return null;
    if (id) {
      const opportunity = this.opportunities.find((entry) => entry.id === id);
      return opportunity && segments.length === 2 ? json(200, { data: this.view(opportunity) }) : null;
    }
    const unknown = [...query.keys()].find((name) => !LIST_PARAMETERS.has(name));
    if (unknown) return this.refuse(400, 'BadRequestError', `Unknown query parameter ${unknown}`);
    const limit = Number(query.get('limit') ?? 100);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return this.refuse(400, 'BadRequestError', 'limit must be 1-100');
    const email = query.get('email')?.toLowerCase();
    const tag = query.get('tag');
    const matching = this.opportunities.filter(
      (entry) =>
        (email === undefined || entry.emails.some((address) => address.toLowerCase() === email)) &&
        (tag === null || entry.tags.includes(tag)),
    );
    const offset = query.get('offset');
    const start = offset ? Number(offset.replace(/^page-/, '')) : 0;
    const size = Math.min(limit, this.pageSize);
    const hasNext = start + size < matching.length;
    return json(200, {
      data: matching.slice(start, start + size).map((entry) => this.view(entry)),
      hasNext,
      ...(hasNext ? { next: `page-${start + size}` } : {}),
    });
  }
}
