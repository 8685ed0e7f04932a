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
  description: z.string().nullable().optional(),
  fork: z.boolean(),
  archived: z.boolean().optional(),
  language: z.string().nullable(),
  stargazers_count: z.number().optional(),
  // Stars were called watchers until 2012; the field is still sent with the same count.
  watchers: z.number().optional(),
  size: z.number().optional(),
  default_branch: z.string().optional(),
  created_at: z.string().optional(),
  // Null for a repository that has never been pushed to; absent in some old recordings.
  pushed_at: z.string().nullable().optional(),
  topics: z.array(z.string()).optional(),
});
export type GitHubRepo = z.infer<typeof GitHubRepoSchema>;

export const GitHubRepoListSchema = z.array(GitHubRepoSchema);

/** One event of `GET /users/{username}/events/public`; the payload is read by the activity analysis. */
export const GitHubEventSchema = z.object({
  type: z.string().nullable(),
  repo: z.object({ name: z.string() }),
  created_at: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()).optional(),
});
export type GitHubEvent = z.infer<typeof GitHubEventSchema>;
export const GitHubEventListSchema = z.array(GitHubEventSchema);

/** `GET /repos/{owner}/{repo}/git/trees/{sha}?recursive=1`. */
export const GitHubTreeSchema = z.object({
  sha: z.string(),
  tree: z.array(
    z.object({
      path: z.string(),
      type: z.string(), // "blob", "tree", or "commit" for submodules
      size: z.number().optional(),
    }),
  ),
  // Absent in old recordings: treat as not truncated.
  truncated: z.boolean().optional(),
});
export type GitHubTree = z.infer<typeof GitHubTreeSchema>;
