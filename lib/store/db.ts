import Dexie, { type EntityTable } from 'dexie';
import type { CachedResponse, Candidate, Scorecard, Shortlist } from './records';

export const DATABASE_NAME = 'pyvet';

/**
 * pyvet's IndexedDB database. Schema changes add a new `this.version(n)` with
 * an upgrade function; data is never wiped to change shape.
 */
export class PyvetDatabase extends Dexie {
  apiCache!: EntityTable<CachedResponse, 'key'>;
  candidates!: EntityTable<Candidate, 'id'>;
  scorecards!: EntityTable<Scorecard, 'id'>;
  shortlists!: EntityTable<Shortlist, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      apiCache: '&key, fetchedAt',
      candidates: '&id, githubLogin, updatedAt',
      scorecards: '&id, name',
      shortlists: '&id, name, updatedAt',
    });
  }
}
