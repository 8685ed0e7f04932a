import { z } from 'zod';

/** A GitHub API response kept to spare the rate limit. */
export const CachedResponseSchema = z.object({
  /** The request it answers, server included, e.g. `GET https://api.github.com/users/{username}/repos {"per_page":100,...}`. */
  key: z.string(),
  body: z.unknown(),
  etag: z.string().nullable(),
  lastModified: z.string().nullable(),
  /** When GitHub last confirmed the body (fetched or revalidated), epoch ms. */
  fetchedAt: z.number(),
});
export type CachedResponse = z.infer<typeof CachedResponseSchema>;

/** Where the GitHub client keeps responses: IndexedDB in the extension (lib/store), files for the CLI. */
export interface ResponseCache {
  get(key: string): Promise<CachedResponse | undefined>;
  put(entry: CachedResponse): Promise<void>;
}
