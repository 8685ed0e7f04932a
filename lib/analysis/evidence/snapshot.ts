import { z } from 'zod';

/**
 * What pyvet gathered about one repository it examined closely: its file
 * tree and the few small files it downloaded. Produced by the REST gatherer
 * (anonymous) or the GraphQL gatherer (with a token); read by the pure
 * evidence detectors in this folder.
 */
export const TreeEntrySchema = z.object({
  path: z.string(),
  type: z.enum(['blob', 'tree']),
  /** Bytes, for blobs. */
  size: z.number().optional(),
});
export type TreeEntry = z.infer<typeof TreeEntrySchema>;

export const RepoSnapshotSchema = z.object({
  /** "owner/name". */
  fullName: z.string(),
  htmlUrl: z.string(),
  defaultBranch: z.string(),
  tree: z.array(TreeEntrySchema),
  /** GitHub cut the tree short (very large repositories): evidence from it is partial. */
  treeTruncated: z.boolean(),
  /** Text of the small files that were downloaded, by path. Absent = not downloaded. */
  files: z.record(z.string(), z.string()),
});
export type RepoSnapshot = z.infer<typeof RepoSnapshotSchema>;

/** One piece of evidence a hiring manager can click to check. */
export const EvidenceSchema = z.object({
  kind: z.string(),
  /** "owner/name". */
  repo: z.string(),
  /** File or folder inside the repository; null for the repository itself. */
  path: z.string().nullable(),
  url: z.string(),
  /** One short sentence: what this shows. */
  detail: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** The link to a file or folder of a snapshot on github.com. */
export function evidenceUrl(snapshot: RepoSnapshot, path: string | null, type: 'blob' | 'tree' = 'blob'): string {
  if (path === null) return snapshot.htmlUrl;
  const encodedPath = path.split('/').map(encodeURIComponent).join('/');
  return `${snapshot.htmlUrl}/${type}/${encodeURIComponent(snapshot.defaultBranch)}/${encodedPath}`;
}

/** An evidence maker bound to one repository: `evidenceIn(snapshot)('test-dir', 'tests', '…', 'tree')`. */
export function evidenceIn(snapshot: RepoSnapshot) {
  return (kind: string, path: string, detail: string, type: 'blob' | 'tree' = 'blob'): Evidence => ({
    kind,
    repo: snapshot.fullName,
    path,
    url: evidenceUrl(snapshot, path, type),
    detail,
  });
}

/** A repository as the account's repository list describes it (REST or GraphQL). */
export const RepoFactsSchema = z.object({
  name: z.string(),
  fullName: z.string(),
  htmlUrl: z.string(),
  description: z.string().nullable(),
  fork: z.boolean(),
  /** For a fork, the repository it was forked from ("owner/name"), when known. */
  parentFullName: z.string().nullable(),
  archived: z.boolean(),
  /** Main language as GitHub detects it ("Python", "Jupyter Notebook", …), null when none. */
  language: z.string().nullable(),
  stars: z.number(),
  /** GitHub's size figure, in KB. */
  sizeKb: z.number(),
  defaultBranch: z.string(),
  createdAt: z.string(),
  /** Null for a repository never pushed to. */
  pushedAt: z.string().nullable(),
  topics: z.array(z.string()),
});
export type RepoFacts = z.infer<typeof RepoFactsSchema>;
