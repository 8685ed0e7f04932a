import { z } from 'zod';

/**
 * The parts of GitHub's REST responses pyvet reads. Unknown fields are
 * dropped; a missing or mistyped field we rely on makes the response
 * "malformed" rather than silently wrong.
 */
export const GitHubUserSchema = z.object({
  login: z.string(),
  id: z.number(),
  type: z.string(), // "User" or "Organization" (also "Bot")
  name: z.string().nullable().optional(),
  avatar_url: z.string(),
  html_url: z.string(),
  public_repos: z.number(),
});
export type GitHubUser = z.infer<typeof GitHubUserSchema>;

export const GitHubRepoSchema = z.object({
  name: z.string(),
  full_name: z.string(),
  html_url: z.string(),
  fork: z.boolean(),
  language: z.string().nullable(),
  // Null for a repository that has never been pushed to; absent in some old recordings.
  pushed_at: z.string().nullable().optional(),
});
export type GitHubRepo = z.infer<typeof GitHubRepoSchema>;

export const GitHubRepoListSchema = z.array(GitHubRepoSchema);
