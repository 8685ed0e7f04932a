import { z } from 'zod';
import { CandidateReportSchema } from '../analysis/candidate-report';
import { ProfileReadingSchema } from '../readers/profile-reading';
import { VerdictSchema } from '../judgement/verdict';
import { StageKitSchema } from '../judgement/kits/kit-schema';
import { AtsLinkSchema, AtsVendorSchema, CandidateSchema, RecordStageOutcomeSchema, SaveCandidateSchema } from '../shortlists/records';
import { GitHubErrorSchema } from '../github/errors';
import { RateLimitStatusSchema } from '../github/outcome';
import { WAKE_MESSAGE_TYPE } from './wake';

/** The most candidates one send takes: Lever's 10 requests a second makes 500 about three minutes. */
export const MAX_ATS_BATCH = 500;

const AtsConnectionSummarySchema = z.object({
  vendor: AtsVendorSchema,
  account: z.string(),
  performAs: z.string().nullable(),
  checkedAt: z.number(),
});
export type AtsConnectionSummary = z.infer<typeof AtsConnectionSummarySchema>;

const AtsCandidatesSchema = z.object({ candidateIds: z.array(z.string().min(1).max(200)).min(1).max(MAX_ATS_BATCH) });

/** One candidate in a preview or a send, named as the page shows them; `reason` says why skipped or failed. */
const AtsRowSchema = z.object({ candidateId: z.string(), name: z.string(), reason: z.string().optional() });

/** An answer, or the one-line reason it could not be had (no ATS key, key refused, network down, candidate not saved). */
const Answer = <T extends z.ZodRawShape>(ok: z.ZodObject<T>) =>
  z.discriminatedUnion('status', [ok.extend({ status: z.literal('ok') }), z.object({ status: z.literal('error'), message: z.string() })]);

/**
 * Every message the content script, popup and extension pages send to the
 * background, with zod schemas for both directions. Both sides parse: the
 * sender its reply, the background the request. Analyses, which report
 * progress, go over a port instead (analysis-port.ts).
 */
export const messageProtocol = {
  /** Starts a stopped service worker; nothing else (see wake.ts). */
  [WAKE_MESSAGE_TYPE]: {
    request: z.object({}),
    response: z.object({}),
  },
  /** Checks a token with GitHub (GET /rate_limit, which costs nothing) before it is saved. */
  'check-github-token': {
    request: z.object({ token: z.string().min(1).max(255) }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), rateLimit: RateLimitStatusSchema }),
      z.object({ status: z.literal('error'), error: GitHubErrorSchema }),
    ]),
  },
  /** The rate limit left for the saved token, or for anonymous use. */
  'get-rate-limit': {
    request: z.object({}),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('ok'), rateLimit: RateLimitStatusSchema, withToken: z.boolean() }),
      z.object({ status: z.literal('error'), error: GitHubErrorSchema }),
    ]),
  },
  /** The saved roles and which one is active, for role selectors. */
  'list-roles': {
    request: z.object({}),
    response: z.object({
      roles: z.array(z.object({ id: z.string(), name: z.string() })),
      activeId: z.string(),
    }),
  },
  /**
   * Holds a candidate against the active role. Pure work on data the page
   * already has: no GitHub request is made.
   */
  'evaluate-candidate': {
    request: z.object({
      report: CandidateReportSchema.nullable(),
      reading: ProfileReadingSchema.nullable(),
    }),
    response: z.object({ verdict: VerdictSchema, interviewPlan: z.string(), kits: z.array(StageKitSchema) }),
  },
  /** Saves a candidate into a shortlist at a funnel stage. */
  'save-candidate': {
    request: SaveCandidateSchema,
    response: z.object({ candidate: CandidateSchema, shortlist: z.object({ id: z.string(), name: z.string() }) }),
  },
  /** The saved record of the person on this profile, if any, and the shortlists to offer. */
  'get-saved-candidate': {
    request: z.object({ githubLogin: z.string().nullable(), profileUrl: z.url({ protocol: /^https$/ }) }),
    response: z.object({ candidate: CandidateSchema.nullable(), shortlists: z.array(z.string()) }),
  },
  /** Records a reviewer's decision at a stage kit for the saved person on this profile; an advance moves them on. */
  'record-stage-outcome': {
    request: RecordStageOutcomeSchema,
    response: Answer(z.object({ candidate: CandidateSchema })),
  },
  /** The candidates saved most recently, for the popup. */
  'list-recent-candidates': {
    request: z.object({ limit: z.number().int().min(1).max(50) }),
    response: z.object({ candidates: z.array(CandidateSchema) }),
  },
  /** How many GitHub responses are cached, for the options page. */
  'get-cache-stats': {
    request: z.object({}),
    response: z.object({ entries: z.number() }),
  },
  /** Forget every cached GitHub response. */
  'clear-cache': {
    request: z.object({}),
    response: z.object({ removed: z.number() }),
  },
  /** The connected ATS, without its key: pages never see the key once saved. */
  'get-ats-connection': {
    request: z.object({}),
    response: z.object({ connection: AtsConnectionSummarySchema.nullable() }),
  },
  /** Checks a key with the vendor's cheapest authenticated call and saves it only when it works. */
  'connect-ats': {
    request: z.object({
      vendor: AtsVendorSchema,
      apiKey: z.string().trim().min(1).max(500),
      performAs: z.string().trim().min(1).max(200).nullable(),
    }),
    response: Answer(z.object({ connection: AtsConnectionSummarySchema })),
  },
  /** Forgets the ATS key. */
  'disconnect-ats': {
    request: z.object({}),
    response: z.object({}),
  },
  /** What sending these candidates would do, from read-only look-ups: create, link, update or skip each. */
  'preview-ats-send': {
    request: AtsCandidatesSchema,
    response: Answer(
      z.object({
        vendor: AtsVendorSchema,
        rows: z.array(AtsRowSchema.extend({ action: z.enum(['create', 'link', 'update', 'skip']) })).max(MAX_ATS_BATCH),
      }),
    ),
  },
  /** Sends the candidates; each link is saved on the candidate as soon as the vendor answers. */
  'send-to-ats': {
    request: AtsCandidatesSchema,
    response: Answer(
      z.object({
        vendor: AtsVendorSchema,
        results: z
          .array(AtsRowSchema.extend({ outcome: z.enum(['created', 'linked', 'updated', 'failed']), link: AtsLinkSchema.optional() }))
          .max(MAX_ATS_BATCH),
      }),
    ),
  },
} as const;

export type MessageType = keyof typeof messageProtocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof messageProtocol)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof messageProtocol)[T]['response']>;

/** The envelope on the wire. */
export const EnvelopeSchema = z.object({
  type: z.enum(Object.keys(messageProtocol) as [MessageType, ...MessageType[]]),
  payload: z.unknown(),
});

/** What the background answers when a message breaks the protocol. */
export const ProtocolFailureSchema = z.object({ protocolError: z.string() });
