import { z } from 'zod';
import { profileUrlsOf, type AtsPerson } from '../shortlists/export/ats-person';
import { AtsRequestFailed } from './errors';
import { AtsConnection, type AtsProtocol, type AtsRequestOptions } from './request';
import { PYVET_TAG, recordPage, shareAProfile, type AtsRecordRef, type AtsVendorClient } from './vendor-client';

/*
 * Lever's Data API reference is https://hire.lever.co/developer/documentation (checked November 2026 through
 * its published text; sections named as there):
 * - Authentication: HTTP Basic, the API key as user name and an empty password.
 * - Rate limits: 10 requests a second per key, bursts refused with 429 and Retry-After; requests are paced 100 ms apart.
 * - Pagination: list answers are `{ data: [...], hasNext, next }`; `offset=<next>` asks for the following page, `limit` is 1-100.
 * - List all opportunities: `email` and `tag` filters (tags are case-sensitive).
 * - Retrieve a single opportunity: GET /opportunities/:id.
 * - Create an opportunity: POST /opportunities?perform_as=<user id> with `name`, `headline`, `emails`, `links`, `tags`,
 *   `sources`, `origin`; only perform_as is required.
 * - Create a note: POST /opportunities/:id/notes?perform_as= with `value`.
 * - Update opportunity tags: POST /opportunities/:id/addTags?perform_as= with `tags`.
 * - Retrieve a single user: GET /users/:id (the key check, which also proves the perform_as user exists).
 * - Errors: error answers are `{ code, message }`.
 * An opportunity's page is its `urls.show`, else https://hire.lever.co/candidates/<id>.
 */

export const LEVER_API_URL = 'https://api.lever.co/v1';
/** Lever allows 10 requests a second per key. */
export const LEVER_MIN_INTERVAL_MS = 100;
const PAGE_SIZE = 100;

const LeverErrorBodySchema = z.object({ code: z.string().optional(), message: z.string() });

const LEVER_PROTOCOL: AtsProtocol = {
  vendor: 'lever',
  defaultApiUrl: LEVER_API_URL,
  minIntervalMs: LEVER_MIN_INTERVAL_MS,
  unwrap: (body) => ({ ok: true, value: body }),
  reasonOf(body) {
    const parsed = LeverErrorBodySchema.safeParse(body);
    return parsed.success ? { reason: parsed.data.message, code: parsed.data.code ?? null } : null;
  },
};

const OpportunitySchema = z.object({
  id: z.string().min(1),
  name: z.string().nullish(),
  emails: z.array(z.string()).nullish(),
  links: z.array(z.string()).nullish(),
  urls: z.object({ show: z.string().nullish() }).nullish(),
});
type Opportunity = z.infer<typeof OpportunitySchema>;

const OpportunityPageSchema = z.object({
  data: z.array(OpportunitySchema),
  hasNext: z.boolean().optional(),
  next: z.string().nullish(),
});

function opportunityPage(opportunity: Opportunity): AtsRecordRef {
  return {
    id: opportunity.id,
    url: recordPage(opportunity.urls?.show, `https://hire.lever.co/candidates/${encodeURIComponent(opportunity.id)}`),
  };
}

export class LeverClient implements AtsVendorClient {
  readonly vendor = 'lever' as const;
  readonly createCarriesTags = true;
  private readonly connection: AtsConnection;
  /** Everything tagged pyvet, read once per run (all pages) and grown as opportunities are created. */
  private tagged: Opportunity[] | null = null;

  constructor(
    apiKey: string,
    private readonly performAs: string,
    options: AtsRequestOptions,
  ) {
    this.connection = new AtsConnection(LEVER_PROTOCOL, apiKey, options);
  }

  private get actingUser(): string {
    return `perform_as=${encodeURIComponent(this.performAs)}`;
  }

  async account(): Promise<string> {
    try {
      const { data } = await this.connection.request(
        'GET',
        `/users/${encodeURIComponent(this.performAs)}`,
        z.object({ data: z.object({ id: z.string(), name: z.string().nullish(), email: z.string().nullish() }) }),
      );
      return `Lever, acting as ${data.name || data.email || data.id}`;
    } catch (failure) {
      if (failure instanceof AtsRequestFailed && failure.error.kind === 'rejected' && failure.error.status === 404) {
        throw new AtsRequestFailed({
          ...failure.error,
          reason: `Lever has no user ${this.performAs} to act as (LEVER_PERFORM_AS / the perform_as user id).`,
        });
      }
      throw failure;
    }
  }

  async exists(id: string): Promise<boolean> {
    try {
      await this.connection.request('GET', `/opportunities/${encodeURIComponent(id)}`, z.object({ data: OpportunitySchema }));
      return true;
    } catch (failure) {
      if (failure instanceof AtsRequestFailed && failure.error.kind === 'rejected' && failure.error.status === 404) return false;
      throw failure;
    }
  }

  async find(person: AtsPerson): Promise<AtsRecordRef | null> {
    if (person.email) {
      // Lever canonicalizes the address and answers the opportunities of the contact who has it.
      const [first] = await this.list(`email=${encodeURIComponent(person.email)}`);
      if (first) return opportunityPage(first);
    }
    const urls = profileUrlsOf(person);
    if (urls.length === 0) return null;
    this.tagged ??= await this.list(`tag=${encodeURIComponent(PYVET_TAG)}`);
    const same = this.tagged.find((opportunity) => shareAProfile(urls, opportunity.links ?? []));
    return same ? opportunityPage(same) : null;
  }

  /** Every page of a filtered opportunity list. */
  private async list(filter: string): Promise<Opportunity[]> {
    const found: Opportunity[] = [];
    let offset: string | null | undefined;
    do {
      const query = `${filter}&limit=${PAGE_SIZE}${offset ? `&offset=${encodeURIComponent(offset)}` : ''}`;
      const page = await this.connection.request('GET', `/opportunities?${query}`, OpportunityPageSchema);
      found.push(...page.data);
      offset = page.hasNext ? page.next : null;
    } while (offset);
    return found;
  }

  async create(person: AtsPerson, tags: readonly string[]): Promise<AtsRecordRef> {
    const { data } = await this.connection.request('POST', `/opportunities?${this.actingUser}`, z.object({ data: OpportunitySchema }), {
      name: person.fullName,
      ...(person.headline ? { headline: person.headline } : {}),
      emails: person.email ? [person.email] : [],
      links: profileUrlsOf(person),
      tags,
      sources: [PYVET_TAG],
      origin: 'sourced',
    });
    this.tagged?.push(data);
    return opportunityPage(data);
  }

  async addNote(id: string, note: string): Promise<void> {
    await this.connection.request('POST', `/opportunities/${encodeURIComponent(id)}/notes?${this.actingUser}`, z.unknown(), { value: note });
  }

  async addTags(id: string, tags: readonly string[]): Promise<void> {
    await this.connection.request('POST', `/opportunities/${encodeURIComponent(id)}/addTags?${this.actingUser}`, z.unknown(), { tags });
  }
}
