import { z } from 'zod';
import { profileUrlsOf, type AtsPerson } from '../shortlists/export/ats-person';
import { AtsRequestFailed } from './errors';
import { AtsConnection, type AtsProtocol, type AtsRequestOptions } from './request';
import { recordPage, shareAProfile, type AtsRecordRef, type AtsVendorClient } from './vendor-client';

/*
 * Ashby's public API, as documented at (checked November 2026):
 * - https://developers.ashbyhq.com/docs/authentication: HTTP Basic, the API key as user name and an empty password.
 * - https://developers.ashbyhq.com/docs/responses: every endpoint is a POST with a JSON body, answering
 *   `{ success: true, results }` or `{ success: false, errors, errorInfo? }`.
 * - https://developers.ashbyhq.com/reference/apikeyinfo (needs the API keys read permission, so a 403 falls back to candidateTag.list)
 * - https://developers.ashbyhq.com/reference/candidatecreate: `name` required; `email`, `githubUrl`, `linkedInUrl`, `website`, `sourceId` optional.
 * - https://developers.ashbyhq.com/reference/candidatesearch: by `email` and/or `name`.
 * - https://developers.ashbyhq.com/reference/candidateinfo: by `id`.
 * - https://developers.ashbyhq.com/reference/candidatecreatenote: `candidateId`, `note`.
 * - https://developers.ashbyhq.com/reference/candidatetaglist, …/candidatetagcreate (`title`), …/candidateaddtag (`candidateId`, `tagId`).
 * The candidate page address is the candidate's `profileUrl` when given, else https://app.ashbyhq.com/candidates/<id>.
 */

export const ASHBY_API_URL = 'https://api.ashbyhq.com';

const AshbyErrorBodySchema = z.object({
  success: z.literal(false),
  errors: z.array(z.string()).optional(),
  errorInfo: z.object({ code: z.string().optional(), message: z.string().optional() }).optional(),
});

function ashbyReason(body: unknown): { reason: string; code: string | null } | null {
  const parsed = AshbyErrorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { errors, errorInfo } = parsed.data;
  const reason = errorInfo?.message ?? errors?.join('; ') ?? 'no reason given';
  return { reason, code: errorInfo?.code ?? errors?.[0] ?? null };
}

const ASHBY_PROTOCOL: AtsProtocol = {
  vendor: 'ashby',
  defaultApiUrl: ASHBY_API_URL,
  minIntervalMs: 0,
  // List answers carry their cursor beside `results`, so the whole body goes on to its schema.
  unwrap(body) {
    const refused = ashbyReason(body);
    return refused ? { ok: false, ...refused } : { ok: true, value: body };
  },
  reasonOf: ashbyReason,
};

const AshbyCandidateSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  primaryEmailAddress: z.object({ value: z.string() }).nullish(),
  emailAddresses: z.array(z.object({ value: z.string() })).nullish(),
  socialLinks: z.array(z.object({ type: z.string().nullish(), url: z.string() })).nullish(),
  profileUrl: z.string().nullish(),
});
type AshbyCandidate = z.infer<typeof AshbyCandidateSchema>;

const AshbyTagSchema = z.object({ id: z.string().min(1), title: z.string() });
const TagPageSchema = z.object({
  success: z.literal(true),
  results: z.array(AshbyTagSchema),
  moreDataAvailable: z.boolean().optional(),
  nextCursor: z.string().nullish(),
});

function candidatePage(candidate: AshbyCandidate): AtsRecordRef {
  return { id: candidate.id, url: recordPage(candidate.profileUrl, `https://app.ashbyhq.com/candidates/${encodeURIComponent(candidate.id)}`) };
}

export class AshbyClient implements AtsVendorClient {
  readonly vendor = 'ashby' as const;
  readonly createCarriesTags = false;
  private readonly connection: AtsConnection;
  /** Tag ids by lower-cased title, listed once per run and grown as tags are created. */
  private tagIds: Map<string, string> | null = null;

  constructor(apiKey: string, options: AtsRequestOptions) {
    this.connection = new AtsConnection(ASHBY_PROTOCOL, apiKey, options);
  }

  private async call<T>(endpoint: string, body: Record<string, unknown>, results: z.ZodType<T>): Promise<T> {
    const answer = await this.connection.request('POST', `/${endpoint}`, z.object({ success: z.literal(true), results }), body);
    return answer.results;
  }

  async account(): Promise<string> {
    try {
      const key = await this.call('apiKey.info', {}, z.object({ title: z.string() }));
      return `the Ashby API key “${key.title}”`;
    } catch (failure) {
      // A key without the API keys read permission can still send candidates: prove it can read them.
      if (!(failure instanceof AtsRequestFailed) || failure.error.kind !== 'forbidden') throw failure;
      await this.listTags();
      return 'an Ashby API key';
    }
  }

  async exists(id: string): Promise<boolean> {
    try {
      await this.call('candidate.info', { id }, AshbyCandidateSchema);
      return true;
    } catch (failure) {
      if (failure instanceof AtsRequestFailed && failure.error.kind === 'rejected' && isNotFound(failure.error)) return false;
      throw failure;
    }
  }

  async find(person: AtsPerson): Promise<AtsRecordRef | null> {
    if (person.email) {
      const byEmail = await this.search({ email: person.email });
      const first = byEmail[0];
      if (first) return candidatePage(first);
    }
    // A name alone is not a person: only a shared profile link (GitHub first) makes the match.
    const urls = profileUrlsOf(person);
    if (urls.length === 0) return null;
    const byName = await this.search({ name: person.fullName });
    const same = byName.find((candidate) => shareAProfile(urls, (candidate.socialLinks ?? []).map((link) => link.url)));
    return same ? candidatePage(same) : null;
  }

  private search(query: { email: string } | { name: string }): Promise<AshbyCandidate[]> {
    return this.call('candidate.search', query, z.array(AshbyCandidateSchema));
  }

  async create(person: AtsPerson): Promise<AtsRecordRef> {
    const website = person.otherUrls[0];
    const created = await this.call(
      'candidate.create',
      {
        name: person.fullName,
        ...(person.email ? { email: person.email } : {}),
        ...(person.githubUrl ? { githubUrl: person.githubUrl } : {}),
        ...(person.linkedInUrl ? { linkedInUrl: person.linkedInUrl } : {}),
        ...(website ? { website } : {}),
      },
      AshbyCandidateSchema,
    );
    return candidatePage(created);
  }

  async addNote(id: string, note: string): Promise<void> {
    await this.call('candidate.createNote', { candidateId: id, note }, z.unknown());
  }

  async addTags(id: string, tags: readonly string[]): Promise<void> {
    for (const title of tags) {
      const tagId = await this.tagId(title);
      await this.call('candidate.addTag', { candidateId: id, tagId }, z.unknown());
    }
  }

  /** The id of the tag with this title (any case), created when the account has none. */
  private async tagId(title: string): Promise<string> {
    const known = this.tagIds ?? (this.tagIds = await this.listTags());
    const id = known.get(title.toLowerCase());
    if (id) return id;
    const created = await this.call('candidateTag.create', { title }, AshbyTagSchema);
    known.set(title.toLowerCase(), created.id);
    return created.id;
  }

  private async listTags(): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    let cursor: string | null | undefined;
    do {
      const page = await this.connection.request('POST', '/candidateTag.list', TagPageSchema, cursor ? { cursor } : {});
      for (const tag of page.results) if (!ids.has(tag.title.toLowerCase())) ids.set(tag.title.toLowerCase(), tag.id);
      cursor = page.moreDataAvailable ? page.nextCursor : null;
    } while (cursor);
    return ids;
  }
}

function isNotFound(error: { status: number; code: string | null }): boolean {
  return error.status === 404 || /not[_ ]?found/i.test(error.code ?? '');
}
