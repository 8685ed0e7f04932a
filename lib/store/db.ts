import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { RoleScorecard } from '../judgement/scorecard';
import type { CachedResponse } from '../github/response-cache';
import { ScorecardV1Schema, type Candidate, type Shortlist } from '../shortlists/records';
import { summarizeStored, type CandidateSummary } from '../shortlists/summary';

export const DATABASE_NAME = 'pyvet';

/**
 * pyvet's IndexedDB database. Schema changes add a new `this.version(n)` with
 * an upgrade function; data is never wiped to change shape.
 */
export class PyvetDatabase extends Dexie {
  apiCache!: EntityTable<CachedResponse, 'key'>;
  candidates!: EntityTable<Candidate, 'id'>;
  /** One per candidate, written with it (CandidateStore): what the shortlists table reads. */
  candidateSummaries!: EntityTable<CandidateSummary, 'id'>;
  scorecards!: EntityTable<RoleScorecard, 'id'>;
  shortlists!: EntityTable<Shortlist, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      apiCache: '&key, fetchedAt',
      candidates: '&id, githubLogin, updatedAt',
      scorecards: '&id, name',
      shortlists: '&id, name, updatedAt',
    });
    // 2: scorecards become RoleScorecard (flat buckets, the template they came from).
    this.version(2)
      .stores({ scorecards: '&id, name, templateId' })
      .upgrade(upgradeScorecardsToV2);
    // 3: candidates gain their funnel stage, note, tags and history.
    this.version(3)
      .stores({ candidates: '&id, githubLogin, updatedAt, stage' })
      .upgrade(upgradeCandidatesToV3);
    // 4: candidates gain quick scores, the assessment they were saved with, and merged records.
    this.version(4).stores({}).upgrade(upgradeCandidatesToV4);
    // 5: profile addresses indexed, so finding the person on a page is a look-up, not a scan.
    this.version(5).stores({ candidates: '&id, githubLogin, updatedAt, stage, *profileUrls' });
    // 6: a summary beside each candidate, so the shortlists page opens without reading every full record.
    // Its summaries are made by version 7's upgrade, which every database below 7 runs: once, not twice.
    this.version(6).stores({ candidateSummaries: '&id, updatedAt' });
    // 7: history entries may carry a stage outcome; summaries gain each kit's latest one, so every summary is made (again).
    this.version(7).stores({}).upgrade(summarizeEveryCandidate);
  }
}

/** Version 7 (and so any older database): a summary of every candidate, from its record; those that fail the schema included (with what is wrong). */
async function summarizeEveryCandidate(transaction: Transaction): Promise<void> {
  const records: unknown[] = await transaction.table('candidates').toArray();
  const summaries = records.map(summarizeStored).filter((summary) => summary !== null);
  await transaction.table('candidateSummaries').bulkPut(summaries);
}

/** Version 3 → 4: no scores, no assessment and nothing merged yet; nothing is dropped. */
async function upgradeCandidatesToV4(transaction: Transaction): Promise<void> {
  await transaction
    .table('candidates')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      record.scores ??= {};
      record.assessment ??= null;
      record.merged ??= [];
    });
}

/** Version 2 → 3: a candidate saved before stages existed starts at the first stage; nothing is dropped. */
async function upgradeCandidatesToV3(transaction: Transaction): Promise<void> {
  await transaction
    .table('candidates')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      record.stage ??= 'profile-filter';
      record.note ??= '';
      record.tags ??= [];
      record.history ??= [];
    });
}

/** Version 1 → 2: flatten each scorecard's skill buckets; nothing is dropped. */
async function upgradeScorecardsToV2(transaction: Transaction): Promise<void> {
  await transaction
    .table('scorecards')
    .toCollection()
    .modify((record: Record<string, unknown>) => {
      const old = ScorecardV1Schema.safeParse(record);
      if (!old.success) return;
      const { skills } = old.data;
      Object.assign(record, {
        templateId: null,
        mustHave: skills.mustHave,
        niceToHave: skills.niceToHave,
        notRequired: skills.notRequired,
      });
      delete record.skills;
    });
}
