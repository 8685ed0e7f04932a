import type { CachedResponse, ResponseCache } from '@/lib/github/response-cache';

/** A response cache that lives as long as a test or a benchmark run. */
export class MemoryResponseCache implements ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();

  async get(key: string): Promise<CachedResponse | undefined> {
    return this.entries.get(key);
  }

  async put(entry: CachedResponse): Promise<void> {
    this.entries.set(entry.key, entry);
  }
}
