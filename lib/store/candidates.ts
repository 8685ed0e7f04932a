import { z } from 'zod';
import type { PyvetDatabase } from './db';
import { CandidateSchema, StageSchema, type Candidate, type Shortlist } from './records';

/** What a reviewer saves from a sidebar. */
export const SaveCandidateSchema = z.object({
  githubLogin: z.string().nullable(),
  displayName: z.string().max(200).nullable(),
  /** The profile the reviewer is on (GitHub or marketplace). */
  profileUrl: z.url(),
  stage: StageSchema,
  note: z.string().max(5000),
  shortlist: z.string().trim().min(1).max(120),
});
export type SaveCandidate = z.infer<typeof SaveCandidateSchema>;

export const DEFAULT_SHORTLIST = 'Shortlist';

const sameLogin = (a: string | null, b: string | null) => a !== null && b !== null && a.toLowerCase() === b.toLowerCase();

/**
 * Saved candidates: one record per person. A save finds the person by
 * GitHub login or by a profile address already on record, so the GitHub
 * profile and the marketplace profile of one developer stay one candidate.
 */
export class CandidateStore {
  constructor(
    private readonly db: PyvetDatabase,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** The saved candidate for this login or profile address, if any. */
  async find(githubLogin: string | null, profileUrl: string): Promise<Candidate | undefined> {
    const byLogin = githubLogin
      ? await this.db.candidates.filter((candidate) => sameLogin(candidate.githubLogin, githubLogin)).first()
      : undefined;
    const found = byLogin ?? (await this.db.candidates.filter((candidate) => candidate.profileUrls.includes(profileUrl)).first());
    return found ? CandidateSchema.parse(found) : undefined;
  }

  /** Saves in one transaction: the candidate (created or updated, with a history entry) and its shortlist. */
  async save(request: SaveCandidate, now: number): Promise<{ candidate: Candidate; shortlist: Shortlist }> {
    const input = SaveCandidateSchema.parse(request);
    return this.db.transaction('rw', this.db.candidates, this.db.shortlists, async () => {
      const existing = await this.find(input.githubLogin, input.profileUrl);
      const candidate: Candidate = CandidateSchema.parse({
        id: existing?.id ?? this.newId(),
        githubLogin: existing?.githubLogin ?? input.githubLogin,
        displayName: input.displayName ?? existing?.displayName ?? null,
        profileUrls: [...new Set([...(existing?.profileUrls ?? []), input.profileUrl])],
        stage: input.stage,
        note: input.note,
        tags: existing?.tags ?? [],
        history: [...(existing?.history ?? []), { at: now, stage: input.stage, note: input.note }],
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      await this.db.candidates.put(candidate);

      const named = await this.db.shortlists.where('name').equals(input.shortlist).first();
      const shortlist: Shortlist = named
        ? { ...named, candidateIds: [...new Set([...named.candidateIds, candidate.id])], updatedAt: now }
        : { id: this.newId(), name: input.shortlist, candidateIds: [candidate.id], createdAt: now, updatedAt: now };
      await this.db.shortlists.put(shortlist);
      return { candidate, shortlist };
    });
  }

  /** Every shortlist with its candidates, most recently changed first. */
  async shortlistsWithCandidates(): Promise<{ shortlist: Shortlist; candidates: Candidate[] }[]> {
    const shortlists = await this.db.shortlists.orderBy('updatedAt').reverse().toArray();
    return Promise.all(
      shortlists.map(async (shortlist) => {
        const stored = await this.db.candidates.bulkGet(shortlist.candidateIds);
        const candidates = stored.flatMap((record) => {
          const parsed = CandidateSchema.safeParse(record);
          return parsed.success ? [parsed.data] : [];
        });
        return { shortlist, candidates: candidates.sort((a, b) => b.updatedAt - a.updatedAt) };
      }),
    );
  }
}
