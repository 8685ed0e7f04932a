import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CachedResponseSchema, type CachedResponse, type ResponseCache } from '../github/response-cache';

/** The command line's cache folder: $XDG_CACHE_HOME/pyvet, else ~/.cache/pyvet. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pyvet');
}

/**
 * GitHub answers kept as one JSON file each, so a batch stopped by the rate
 * limit resumes without asking again for what it already has.
 */
export class FileResponseCache implements ResponseCache {
  constructor(private readonly dir: string) {}

  private fileFor(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.json`);
  }

  async get(key: string): Promise<CachedResponse | undefined> {
    try {
      const parsed = CachedResponseSchema.safeParse(JSON.parse(await readFile(this.fileFor(key), 'utf8')));
      return parsed.success && parsed.data.key === key ? parsed.data : undefined;
    } catch {
      // Missing or unreadable entries are misses; the next answer overwrites them.
      return undefined;
    }
  }

  async put(entry: CachedResponse): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const file = this.fileFor(entry.key);
    // Write then rename, so an interrupted run never leaves half a file behind.
    await writeFile(`${file}.tmp`, JSON.stringify(entry));
    await rename(`${file}.tmp`, file);
  }
}
