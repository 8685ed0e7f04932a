import { z } from 'zod';
import { AssessmentSchema } from '../judgement/assessment';
import { KitIdSchema, StageOutcomeSchema, StageSchema } from '../judgement/funnel';

/**
 * What pyvet keeps in IndexedDB. Every record is parsed with these schemas
 * when it crosses into or out of storage, so a future schema change shows up
 * as a clear error rather than a half-read record.
 */

// The funnel is judgement's (its kits are built per stage); records keep using it from here.
export { StageSchema, STAGE_LABELS, type Stage } from '../judgement/funnel';

/** The reviewer's quick score of one must-have: 1 (no) to 5 (clearly yes). */
export const QuickScoreSchema = z.number().int().min(1).max(5);
/** Quick scores by must-have skill, as the role names it. */
export const QuickScoresSchema = z.record(z.string().min(1).max(100), QuickScoreSchema);
export type QuickScores = z.infer<typeof QuickScoresSchema>;

/** The limits of a candidate record; a merge or an import stops adding once it reaches them. */
export const CANDIDATE_LIMITS = { profileUrls: 50, tags: 30, history: 10_000, merged: 50 } as const;

export const TagSchema = z.string().trim().min(1).max(50);
export const TagsSchema = z.array(TagSchema).max(CANDIDATE_LIMITS.tags);

/** A reviewer's decision at one stage kit, with the checklist items they ticked. */
export const StageOutcomeRecordSchema = z.object({
  kit: KitIdSchema,
  result: StageOutcomeSchema,
  checks: z.array(z.string().max(300)).max(60),
});
export type StageOutcomeRecord = z.infer<typeof StageOutcomeRecordSchema>;

/** One change of a candidate: a save, a stage change, a stage outcome, an import or a merge; oldest first. */
export const CandidateEventSchema = z.object({
  at: z.number(),
  stage: StageSchema,
  note: z.string().max(5000),
  /** The quick scores given in this save, when there were any. Since schema version 4. */
  scores: QuickScoresSchema.optional(),
  /** The stage outcome this entry records; a kit's current outcome is its latest such entry. Since schema version 7. */
  outcome: StageOutcomeRecordSchema.optional(),
});
export type CandidateEvent = z.infer<typeof CandidateEventSchema>;

/** The applicant tracking systems pyvet can send candidates to (README, "Send to your ATS"). */
export const AtsVendorSchema = z.enum(['ashby', 'lever']);
export type AtsVendor = z.infer<typeof AtsVendorSchema>;
export const ATS_VENDOR_NAMES: Record<AtsVendor, string> = { ashby: 'Ashby', lever: 'Lever' };

/** Where a candidate is in one ATS: a second send links or updates this record instead of making another. */
export const AtsLinkSchema = z.object({
  id: z.string().min(1).max(200),
  url: z.url({ protocol: /^https$/ }).max(2000),
  sentAt: z.number(),
});
export type AtsLink = z.infer<typeof AtsLinkSchema>;
export const AtsLinksSchema = z.object({ ashby: AtsLinkSchema.optional(), lever: AtsLinkSchema.optional() });
export type AtsLinks = z.infer<typeof AtsLinksSchema>;

/** The `ats` field of a record, left out when there are no links (records that never met an ATS stay as they were). */
export const withAtsLinks = (links: AtsLinks | undefined): { ats?: AtsLinks } => (links ? { ats: links } : {});

/** Two records' ATS links as one (a merge, an import): per vendor, the one sent last. */
export function combineAtsLinks(a: AtsLinks | undefined, b: AtsLinks | undefined): AtsLinks | undefined {
  if (!a || !b) return a ?? b;
  const combined: AtsLinks = {};
  for (const vendor of AtsVendorSchema.options) {
    const [first, second] = [a[vendor], b[vendor]];
    const latest = first && second ? (second.sentAt > first.sentAt ? second : first) : (first ?? second);
    if (latest) combined[vendor] = latest;
  }
  return combined;
}

const candidateFields = {
  id: z.string().min(1).max(200),
  githubLogin: z.string().max(100).nullable(),
  displayName: z.string().max(200).nullable(),
  profileUrls: z.array(z.string().max(2000)).max(CANDIDATE_LIMITS.profileUrls),
  /** Since schema version 3. */
  stage: StageSchema,
  note: z.string().max(5000),
  tags: TagsSchema,
  /** Every save, oldest first. */
  history: z.array(CandidateEventSchema).max(CANDIDATE_LIMITS.history),
  /** Since schema version 4. */
  scores: QuickScoresSchema,
  assessment: AssessmentSchema.nullable(),
  /** The candidate's records in the team's ATS, by vendor; absent until first sent. */
  ats: AtsLinksSchema.optional(),
  createdAt: z.number(),
  updatedAt: z.number(),
};

/** A record merged into another by hand, kept whole with its shortlists so un-merge can put it back. */
export const MergedRecordSchema = z.object({
  ...candidateFields,
  shortlistIds: z.array(z.string()).max(1000),
  mergedAt: z.number(),
});
export type MergedRecord = z.infer<typeof MergedRecordSchema>;

/** A person being considered; one record per person, across GitHub and marketplaces. */
export const CandidateSchema = z.object({
  ...candidateFields,
  /** Records merged into this one by hand (schema version 4). */
  merged: z.array(MergedRecordSchema).max(CANDIDATE_LIMITS.merged),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/**
 * Schema version 1's scorecard record (skills nested in buckets). Version 2
 * stores RoleScorecard (lib/judgement/scorecard.ts); the upgrade in db.ts
 * converts any version-1 record it finds.
 */
export const ScorecardV1Schema = z.object({
  id: z.string(),
  name: z.string(),
  skills: z.object({
    mustHave: z.array(z.string()),
    niceToHave: z.array(z.string()),
    notRequired: z.array(z.string()),
  }),
  updatedAt: z.number(),
});

export const ShortlistSchema = z.object({
  id: z.string(),
  name: z.string(),
  candidateIds: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Shortlist = z.infer<typeof ShortlistSchema>;

/** What a reviewer saves from a sidebar or the popup. */
export const SaveCandidateSchema = z.object({
  githubLogin: z.string().max(100).nullable(),
  displayName: z.string().max(200).nullable(),
  /** The profile the reviewer is on (GitHub or marketplace). */
  profileUrl: z.url({ protocol: /^https$/ }).max(2000),
  stage: StageSchema,
  note: z.string().max(5000),
  shortlist: z.string().trim().min(1).max(120),
  /** Quick scores of must-haves, 1-5; skills left unscored keep their earlier score. */
  scores: QuickScoresSchema.optional(),
  /** Replaces the candidate's tags when given. */
  tags: TagsSchema.optional(),
  /** pyvet's verdict at the time of saving, when the analysis had finished. */
  assessment: AssessmentSchema.nullable().optional(),
});
export type SaveCandidate = z.infer<typeof SaveCandidateSchema>;

/** A stage outcome as the reviewer records it: the decision, its ticked checks, and why (the history entry's note). */
export const StageOutcomeInputSchema = StageOutcomeRecordSchema.extend({ note: z.string().max(5000) });
export type StageOutcomeInput = z.infer<typeof StageOutcomeInputSchema>;

/** A stage outcome from a sidebar or the popup, which know the person by login and profile address. */
export const RecordStageOutcomeSchema = StageOutcomeInputSchema.extend({
  githubLogin: SaveCandidateSchema.shape.githubLogin,
  profileUrl: SaveCandidateSchema.shape.profileUrl,
});
export type RecordStageOutcome = z.infer<typeof RecordStageOutcomeSchema>;
