import { CachedResponseSchema, type CachedResponse, type ResponseCache } from '../github/response-cache';
import type { PyvetDatabase } from './db';

/** The extension's cache of GitHub responses, in IndexedDB. */
export class DexieResponseCache implements ResponseCache {
  constructor(private readonly db: PyvetDatabase) {}

  async get(key: string): Promise<CachedResponse | undefined> {
    const stored = await this.db.apiCache.get(key);
    const parsed = CachedResponseSchema.safeParse(stored);
    // A record that no longer parses is treated as a miss and overwritten on the next fetch.
    return parsed.success ? parsed.data : undefined;
  }

  async put(entry: CachedResponse): Promise<void> {
    await this.db.apiCache.put(CachedResponseSchema.parse(entry));
  }
}
