import { z } from 'zod';

/**
 * The parts of GitHub's REST responses pyvet reads. Unknown fields are
 * dropped; a missing or mistyped field we rely on makes the response
 * "malformed" rather than silently wrong. The account and its events are in
 * the analysis's own terms (lib/analysis/account-snapshot.ts).
 */
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
