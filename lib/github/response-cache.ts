import { CachedResponseSchema, type CachedResponse } from '../store/records';
import type { PyvetDatabase } from '../store/db';

/** Where the GitHub client keeps responses: IndexedDB in the extension, memory in tests and the CLI. */
export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  put(entry: CachedResponse): Promise<void>;
}

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

export class MemoryResponseCache implements ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  async get(key: string): Promise<CachedResponse | undefined> {
    return this.entries.get(key);
  }

  async put(entry: CachedResponse): Promise<void> {
    this.entries.set(entry.key, entry);
  }
}
