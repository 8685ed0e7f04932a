import { DATABASE_NAME } from './db';

/**
 * Whether a Dexie "storagemutated" notice touches saved candidates or
 * shortlists (and not just the GitHub response cache, which every analysis
 * writes). Its keys look like `idb://pyvet/candidates/updatedAt`.
 */
export function touchesCandidates(parts: Record<string, unknown>, databaseName: string = DATABASE_NAME): boolean {
  const prefix = `idb://${databaseName}/`;
  return Object.keys(parts).some((key) => key === 'all' || /^(candidates|shortlists)\//.test(key.startsWith(prefix) ? key.slice(prefix.length) : ''));
}
