import { sameLogin, uniqueTags } from '../shortlists/people';
import { stageAfterOutcome } from '../shortlists/stage-outcomes';
import { describeProblem, summarize, type CandidateSummary } from '../shortlists/summary';
import type { PyvetDatabase } from './db';
import {
  CandidateSchema,
  MergedRecordSchema,
  ShortlistSchema,
  combineAtsLinks,
  withAtsLinks,
  SaveCandidateSchema,
  StageOutcomeInputSchema,
  type AtsLink,
  type AtsVendor,
  type Candidate,
  type MergedRecord,
  type Shortlist,
  type SaveCandidate,
  type Stage,
  type StageOutcomeInput,
} from '../shortlists/records';

export const DEFAULT_SHORTLIST = 'Shortlist';

/** What a delete removed, enough to put it back exactly ("Undo"). */
export interface DeletedCandidates {
  candidates: Candidate[];
  /** The shortlists as they were before the delete. */
  shortlists: Shortlist[];
}

/** A saved record that does not fit the schema: kept as it is, and said so. */
export interface UnreadableRecord {
  id: string;
  problem: string;
}

/** The login stays with the target unless it came with the record taken out (no GitHub profile of it is left). */
function loginAfterUnmerge(targetLogin: string | null, keptLogin: string | null, remainingUrls: readonly string[]): string | null {
  if (!targetLogin || !sameLogin(targetLogin, keptLogin)) return targetLogin;
  const stillOnGitHub = remainingUrls.some((url) => url.toLowerCase() === `https://github.com/${targetLogin.toLowerCase()}`);
  return stillOnGitHub ? targetLogin : null;
}


/**
 * Saved candidates: one record per person. A save finds the person by
 * GitHub login or by a profile address already on record, so the GitHub
 * profile and the marketplace profile of one developer stay one candidate.
 *
 * Every write is a read-modify-write inside one IndexedDB transaction, so
 * the popup, a sidebar and the shortlists page writing the same candidate
 * at once are serialized and no update is lost.
 */
export class CandidateStore {
  constructor(
    private readonly db: PyvetDatabase,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** The saved candidate for this login (any case) or profile address, if any: the rule of lib/shortlists/people.ts, by index. */
  async find(githubLogin: string | null, profileUrl: string): Promise<Candidate | undefined> {
    const byLogin = githubLogin ? await this.db.candidates.where('githubLogin').equalsIgnoreCase(githubLogin).first() : undefined;
    const found = byLogin ?? (await this.db.candidates.where('profileUrls').equals(profileUrl).first());
    return found ? CandidateSchema.parse(found) : undefined;
  }

  /** The most recently changed candidates, newest first. */
  async recent(limit: number): Promise<Candidate[]> {
    return parsedCandidates(await this.db.candidates.orderBy('updatedAt').reverse().limit(limit).toArray());
  }

  /** Names of every shortlist, most recently changed first. */
  async shortlistNames(): Promise<string[]> {
    const shortlists = await this.db.shortlists.orderBy('updatedAt').reverse().toArray();
    return shortlists.map((shortlist) => shortlist.name);
  }

  /** Saves in one transaction: the candidate (created or updated, with a history entry) and its shortlist. */
  async save(request: SaveCandidate, now: number): Promise<{ candidate: Candidate; shortlist: Shortlist }> {
    const input = SaveCandidateSchema.parse(request);
    return this.db.transaction('rw', this.db.candidates, this.db.candidateSummaries, this.db.shortlists, async () => {
      const existing = await this.find(input.githubLogin, input.profileUrl);
      const scores = input.scores ?? {};
      const scored = Object.keys(scores).length > 0;
      const candidate: Candidate = CandidateSchema.parse({
        id: existing?.id ?? this.newId(),
        githubLogin: existing?.githubLogin ?? input.githubLogin,
        displayName: input.displayName ?? existing?.displayName ?? null,
        profileUrls: [...new Set([...(existing?.profileUrls ?? []), input.profileUrl])],
        stage: input.stage,
        note: input.note,
        tags: uniqueTags(input.tags ?? existing?.tags ?? []),
        history: [
          ...(existing?.history ?? []),
          { at: now, stage: input.stage, note: input.note, ...(scored ? { scores } : {}) },
        ],
        scores: { ...existing?.scores, ...scores },
        assessment: input.assessment ?? existing?.assessment ?? null,
        ...withAtsLinks(existing?.ats),
        merged: existing?.merged ?? [],
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      });
      await this.putCandidates([candidate]);

      const named = await this.db.shortlists.where('name').equals(input.shortlist).first();
      const shortlist: Shortlist = named
        ? { ...named, candidateIds: [...new Set([...named.candidateIds, candidate.id])], updatedAt: now }
        : { id: this.newId(), name: input.shortlist, candidateIds: [candidate.id], createdAt: now, updatedAt: now };
      await this.db.shortlists.put(shortlist);
      return { candidate, shortlist };
    });
  }

  /** Moves candidates to a stage, each with a history entry; returns how many changed. */
  async setStage(ids: readonly string[], stage: Stage, now: number): Promise<number> {
    return this.db.transaction('rw', this.db.candidates, this.db.candidateSummaries, async () => {
      const moved = (await this.db.candidates.bulkGet([...ids]))
        .filter((record) => record !== undefined && record.stage !== stage)
        .map((record) => {
          const candidate = CandidateSchema.parse(record);
          return { ...candidate, stage, history: [...candidate.history, { at: now, stage, note: candidate.note }], updatedAt: now };
        });
      await this.putCandidates(moved);
      return moved.length;
    });
  }

  /**
   * Keeps where a candidate now is in an ATS, as soon as the vendor answered,
   * so a send cut short part-way still links (not duplicates) when resumed.
   */
  async recordAtsLink(id: string, vendor: AtsVendor, link: AtsLink, now: number): Promise<Candidate | null> {
    return this.db.transaction('rw', this.db.candidates, this.db.candidateSummaries, async () => {
      const record = await this.db.candidates.get(id);
      if (!record) return null;
      const candidate = CandidateSchema.parse(record);
      const updated = { ...candidate, ats: { ...candidate.ats, [vendor]: link }, updatedAt: now };
      await this.putCandidates([updated]);
      return updated;
    });
  }

  /**
   * Records a reviewer's decision at a stage kit for the person on a profile
   * (the sidebar's and popup's way), as a history entry; an advance moves the
   * candidate on (stageAfterOutcome). The candidate's own note stays: the
   * outcome's note belongs to the entry. Null when they are not saved.
   */
  async recordStageOutcomeFor(githubLogin: string | null, profileUrl: string, outcome: StageOutcomeInput, now: number): Promise<Candidate | null> {
    return this.db.transaction('rw', this.db.candidates, this.db.candidateSummaries, async () => {
      const candidate = await this.find(githubLogin, profileUrl);
      return candidate ? this.appendOutcome(candidate, outcome, now) : null;
    });
  }

  /** Puts candidates on the shortlist of that name, made if there is none; returns it. */
  async addToShortlist(ids: readonly string[], name: string, now: number): Promise<Shortlist> {
    const listName = SaveCandidateSchema.shape.shortlist.parse(name);
    return this.db.transaction('rw', this.db.candidates, this.db.shortlists, async () => {
      const existing = new Set((await this.db.candidates.bulkGet([...ids])).flatMap((record) => (record ? [record.id] : [])));
      const named = await this.db.shortlists.where('name').equals(listName).first();
      const shortlist: Shortlist = named
        ? { ...named, candidateIds: [...new Set([...named.candidateIds, ...existing])], updatedAt: now }
        : { id: this.newId(), name: listName, candidateIds: [...existing], createdAt: now, updatedAt: now };
      await this.db.shortlists.put(shortlist);
      return shortlist;
    });
  }

  /** Takes candidates off one shortlist; they stay saved, and on their other shortlists. */
  async removeFromShortlist(shortlistId: string, ids: readonly string[], now: number): Promise<number> {
    const leaving = new Set(ids);
    return this.db.transaction('rw', this.db.shortlists, async () => {
      const shortlist = await this.db.shortlists.get(shortlistId);
      if (!shortlist) throw new Error('That shortlist no longer exists.');
      const candidateIds = shortlist.candidateIds.filter((id) => !leaving.has(id));
      await this.db.shortlists.put({ ...shortlist, candidateIds, updatedAt: now });
      return shortlist.candidateIds.length - candidateIds.length;
    });
  }

  /** Renames a shortlist; two shortlists never share a name. */
  async renameShortlist(shortlistId: string, name: string, now: number): Promise<Shortlist> {
    const listName = SaveCandidateSchema.shape.shortlist.parse(name);
    return this.db.transaction('rw', this.db.shortlists, async () => {
      const shortlist = await this.db.shortlists.get(shortlistId);
      if (!shortlist) throw new Error('That shortlist no longer exists.');
      const clash = await this.db.shortlists.where('name').equals(listName).first();
      if (clash && clash.id !== shortlistId) throw new Error(`There is already a shortlist called “${listName}”.`);
      const renamed = { ...shortlist, name: listName, updatedAt: now };
      await this.db.shortlists.put(renamed);
      return renamed;
    });
  }

  /** Deletes a shortlist, not the candidates on it; the result puts it back. */
  async deleteShortlist(shortlistId: string): Promise<Shortlist> {
    return this.db.transaction('rw', this.db.shortlists, async () => {
      const shortlist = await this.db.shortlists.get(shortlistId);
      if (!shortlist) throw new Error('That shortlist no longer exists.');
      await this.db.shortlists.delete(shortlistId);
      return ShortlistSchema.parse(shortlist);
    });
  }

  /** Undoes deleteShortlist, keeping only the candidates still saved. */
  async restoreShortlist(shortlist: Shortlist): Promise<void> {
    await this.db.transaction('rw', this.db.candidates, this.db.shortlists, async () => {
      const present = (await this.db.candidates.bulkGet(shortlist.candidateIds)).flatMap((record) => (record ? [record.id] : []));
      await this.db.shortlists.put(ShortlistSchema.parse({ ...shortlist, candidateIds: present }));
    });
  }

  /** Deletes candidates and takes them off every shortlist; the result restores them. */
  async delete(ids: readonly string[], now: number): Promise<DeletedCandidates> {
    const doomed = new Set(ids);
    return this.db.transaction('rw', this.db.candidates, this.db.candidateSummaries, this.db.shortlists, async () => {
      const candidates = (await this.db.candidates.bulkGet([...ids])).filter((record) => record !== undefined);
      const shortlists = (await this.db.shortlists.toArray()).filter((shortlist) => shortlist.candidateIds.some((id) => doomed.has(id)));
      await this.deleteCandidates([...ids]);
      await this.db.shortlists.bulkPut(
        shortlists.map((shortlist) => ({ ...shortlist, candidateIds: shortlist.candidateIds.filter((id) => !doomed.has(id)), updatedAt: now })),
      );
      return { candidates, shortlists };
    });
  }

  /** Undoes a delete: the candidates come back, and onto the shortlists they were on. */
  async restore(deleted: DeletedCandidates): Promise<void> {
    const restoredIds = new Set(deleted.candidates.map((candidate) => candidate.id));
    await this.db.transaction('rw', this.db.candidates, this.db.candidateSummaries, this.db.shortlists, async () => {
      await this.putCandidates(deleted.candidates.map((candidate) => CandidateSchema.parse(candidate)));
      for (const before of deleted.shortlists) {
        const current = await this.db.shortlists.get(before.id);
        const now = new Set(current?.candidateIds ?? []);
        // The old order, without anyone removed since, then anyone added since.
        const candidateIds = [
          ...before.candidateIds.filter((id) => restoredIds.has(id) || now.has(id)),
          ...[...now].filter((id) => !before.candidateIds.includes(id)),
        ];
        await this.db.shortlists.put(ShortlistSchema.parse({ ...(current ?? before), candidateIds }));
      }
    });
  }

  /**
   * Merges `sourceId` into `targetId` (two records of one person, e.g. a
   * marketplace profile saved before its GitHub account was known). The
   * source is kept whole inside the target so `unmerge` can put it back.
   */
  async merge(targetId: string, sourceId: string, now: number): Promise<Candidate> {
    if (targetId === sourceId) throw new Error('A candidate cannot be merged into itself.');
    return this.db.transaction('rw', this.db.candidates, this.db.candidateSummaries, this.db.shortlists, async () => {
      const [targetRecord, sourceRecord] = await this.db.candidates.bulkGet([targetId, sourceId]);
      if (!targetRecord || !sourceRecord) throw new Error('One of the candidates to merge no longer exists.');
      const target = CandidateSchema.parse(targetRecord);
      const source = CandidateSchema.parse(sourceRecord);
      if (source.githubLogin && target.githubLogin && !sameLogin(source.githubLogin, target.githubLogin)) {
        throw new Error(`@${source.githubLogin} and @${target.githubLogin} are different GitHub accounts; pyvet keeps them apart.`);
      }
      const shortlists = await this.db.shortlists.filter((shortlist) => shortlist.candidateIds.includes(sourceId)).toArray();
      const { merged: sourceMerged, ...sourceFields } = source;
      const kept: MergedRecord = MergedRecordSchema.parse({
        ...sourceFields,
        shortlistIds: shortlists.map((shortlist) => shortlist.id),
        mergedAt: now,
      });
      const newer = source.updatedAt > target.updatedAt ? source : target;
      const candidate = CandidateSchema.parse({
        ...target,
        githubLogin: target.githubLogin ?? source.githubLogin,
        displayName: target.displayName ?? source.displayName,
        profileUrls: [...new Set([...target.profileUrls, ...source.profileUrls])],
        stage: newer.stage,
        note: newer.note,
        tags: uniqueTags([...target.tags, ...source.tags]),
        history: [...target.history, ...source.history].sort((a, b) => a.at - b.at),
        scores: { ...source.scores, ...target.scores },
        assessment: target.assessment ?? source.assessment,
        ...withAtsLinks(combineAtsLinks(target.ats, source.ats)),
        merged: [...target.merged, ...sourceMerged, kept],
        createdAt: Math.min(target.createdAt, source.createdAt),
        updatedAt: now,
      });
      await this.putCandidates([candidate]);
      await this.deleteCandidates([sourceId]);
      await this.db.shortlists.bulkPut(
        shortlists.map((shortlist) => ({
          ...shortlist,
          candidateIds: [...new Set(shortlist.candidateIds.map((id) => (id === sourceId ? targetId : id)))],
          updatedAt: now,
        })),
      );
      return candidate;
    });
  }

  /**
   * Takes a merged record back out: it returns as it was when merged, onto
   * its shortlists, and its profile addresses and saves leave the target.
   */
  async unmerge(targetId: string, mergedId: string, now: number): Promise<{ target: Candidate; restored: Candidate }> {
    return this.db.transaction('rw', this.db.candidates, this.db.candidateSummaries, this.db.shortlists, async () => {
      const record = await this.db.candidates.get(targetId);
      if (!record) throw new Error('That candidate no longer exists.');
      const target = CandidateSchema.parse(record);
      const kept = target.merged.find((entry) => entry.id === mergedId);
      if (!kept) throw new Error('That record is not merged into this candidate.');
      const remaining = target.merged.filter((entry) => entry.id !== mergedId);
      const othersUrls = new Set(remaining.flatMap((entry) => entry.profileUrls));
      const remainingUrls = target.profileUrls.filter((url) => !kept.profileUrls.includes(url) || othersUrls.has(url));
      const keptEvents = new Set(kept.history.map((event) => JSON.stringify(event)));
      // The schema drops the merge bookkeeping (shortlistIds, mergedAt).
      const restored = CandidateSchema.parse({ ...kept, merged: [] });
      const updatedTarget = CandidateSchema.parse({
        ...target,
        githubLogin: loginAfterUnmerge(target.githubLogin, kept.githubLogin, remainingUrls),
        profileUrls: remainingUrls,
        history: target.history.filter((event) => !keptEvents.has(JSON.stringify(event))),
        merged: remaining,
        updatedAt: now,
      });
      await this.putCandidates([updatedTarget, restored]);
      for (const shortlistId of kept.shortlistIds) {
        const shortlist = await this.db.shortlists.get(shortlistId);
        if (shortlist) {
          await this.db.shortlists.put({ ...shortlist, candidateIds: [...new Set([...shortlist.candidateIds, restored.id])], updatedAt: now });
        }
      }
      return { target: updatedTarget, restored };
    });
  }

  /** Writes an import plan (lib/shortlists/import) all or nothing: any failure leaves the database as it was. */
  async applyImport(plan: { candidatesToPut: Candidate[]; shortlistsToPut: Shortlist[] }): Promise<void> {
    const candidates = plan.candidatesToPut.map((candidate) => CandidateSchema.parse(candidate));
    const shortlists = plan.shortlistsToPut.map((shortlist) => ShortlistSchema.parse(shortlist));
    await this.db.transaction('rw', this.db.candidates, this.db.candidateSummaries, this.db.shortlists, async () => {
      await this.putCandidates(candidates);
      await this.db.shortlists.bulkPut(shortlists);
    });
  }

  /**
   * The most recent candidates' summaries, every shortlist and the total
   * count: enough for the shortlists page's first screen while `summaries` loads.
   */
  async firstScreen(limit: number): Promise<{ summaries: CandidateSummary[]; shortlists: Shortlist[]; total: number }> {
    const [summaries, shortlists, total] = await Promise.all([
      this.db.candidateSummaries.orderBy('updatedAt').reverse().limit(limit).toArray(),
      this.shortlists(),
      this.db.candidateSummaries.count(),
    ]);
    return { summaries, shortlists, total };
  }

  /** These candidates' summaries, those still saved; trusted as read, since every write makes them from a parsed record. */
  async summaries(ids: readonly string[]): Promise<CandidateSummary[]> {
    return (await this.db.candidateSummaries.bulkGet([...ids])).filter((summary) => summary !== undefined);
  }

  /** Up to `limit` summaries in id order, after the id given (from the start when null): every one, a page at a time. */
  async summaryPage(after: string | null, limit: number): Promise<CandidateSummary[]> {
    const table = this.db.candidateSummaries;
    return (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(limit).toArray();
  }

  /** Every shortlist that fits the schema. */
  async shortlists(): Promise<Shortlist[]> {
    return (await this.db.shortlists.toArray()).flatMap((record) => {
      const parsed = ShortlistSchema.safeParse(record);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Full records, checked against the schema now (they were not when the page listed them); those that fail say why. */
  async read(ids: readonly string[]): Promise<{ candidates: Candidate[]; unreadable: UnreadableRecord[] }> {
    const records = await this.db.candidates.bulkGet([...ids]);
    const candidates: Candidate[] = [];
    const unreadable: UnreadableRecord[] = [];
    records.forEach((record, index) => {
      if (record === undefined) return;
      const parsed = CandidateSchema.safeParse(record);
      if (parsed.success) candidates.push(parsed.data);
      else unreadable.push({ id: ids[index]!, problem: describeProblem(parsed.error) });
    });
    return { candidates, unreadable };
  }

  /** The name of the database, for following its changes (candidate-changes.ts). */
  get databaseName(): string {
    return this.db.name;
  }

  /** Every candidate and shortlist, as stored; records that fail the schema are skipped. */
  async everything(): Promise<{ candidates: Candidate[]; shortlists: Shortlist[] }> {
    const [candidates, shortlists] = await Promise.all([this.db.candidates.toArray(), this.shortlists()]);
    return { candidates: parsedCandidates(candidates), shortlists };
  }

  /** The candidate with the outcome's history entry, written; callers run it inside a transaction over candidates and summaries. */
  private async appendOutcome(candidate: Candidate, input: StageOutcomeInput, now: number): Promise<Candidate> {
    const { note, ...outcome } = StageOutcomeInputSchema.parse(input);
    const stage = stageAfterOutcome(candidate.stage, outcome.kit, outcome.result);
    const updated = CandidateSchema.parse({
      ...candidate,
      stage,
      history: [...candidate.history, { at: now, stage, note, outcome }],
      updatedAt: now,
    });
    await this.putCandidates([updated]);
    return updated;
  }

  /** Writes candidates and their summaries; callers run it inside a transaction over both tables. */
  private async putCandidates(candidates: readonly Candidate[]): Promise<void> {
    await this.db.candidates.bulkPut([...candidates]);
    await this.db.candidateSummaries.bulkPut(candidates.map(summarize));
  }

  private async deleteCandidates(ids: readonly string[]): Promise<void> {
    await this.db.candidates.bulkDelete([...ids]);
    await this.db.candidateSummaries.bulkDelete([...ids]);
  }
}

/** Stored records that pass the schema; one that doesn't (written by a future version, say) is left out, not deleted. */
function parsedCandidates(records: readonly unknown[]): Candidate[] {
  return records.flatMap((record) => {
    const parsed = CandidateSchema.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}
