import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ManifestEntrySchema, type ManifestEntry } from '../../corpus/real-repos';
import type { Recording } from './recorded-github';

/**
 * A small repository the project wrote (test/fixtures/repos/*.json) in a
 * real layout, with the facts a reviewer would write for it: the text of the
 * files pyvet may read, the other paths of its tree, and FACTS.md's facts.
 */
const SyntheticRepoSchema = ManifestEntrySchema.omit({ commit: true, committedAt: true }).extend({
  files: z.record(z.string(), z.string()),
  /** Other files of the tree, never read: a path, or a path with its size in bytes. */
  paths: z.array(z.union([z.string(), z.object({ path: z.string(), size: z.number() })])).default([]),
});

const FOLDER = join(import.meta.dirname, '../../fixtures/repos');
/** Bytes of a file listed without its text: a typical small module. */
const DEFAULT_SIZE = 1200;

export function syntheticRepos(): { name: string; entry: ManifestEntry; recording: Recording }[] {
  return readdirSync(FOLDER)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const repo = SyntheticRepoSchema.parse(JSON.parse(readFileSync(join(FOLDER, file), 'utf8')));
      const entry: ManifestEntry = { ...repo, commit: '0'.repeat(40), committedAt: '2026-10-01' };
      return { name: file.replace(/\.json$/, ''), entry, recording: recordingOf(repo) };
    });
}

function recordingOf(repo: z.infer<typeof SyntheticRepoSchema>): Recording {
  const blobs = new Map<string, number>(Object.entries(repo.files).map(([path, text]) => [path, Buffer.byteLength(text)]));
  for (const item of repo.paths) {
    if (typeof item === 'string') blobs.set(item, DEFAULT_SIZE);
    else blobs.set(item.path, item.size);
  }
  const folders = new Set([...blobs.keys()].flatMap((path) => path.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  return {
    meta: { repo: repo.repo, commit: '0'.repeat(40), branch: 'main', committedAt: '2026-10-01T12:00:00Z', description: repo.description, files: Object.keys(repo.files) },
    tree: [
      ...[...folders].sort().map((path) => ({ path, type: 'tree' as const })),
      ...[...blobs].sort(([a], [b]) => a.localeCompare(b)).map(([path, size]) => ({ path, type: 'blob' as const, size })),
    ],
    files: new Map(Object.entries(repo.files)),
  };
}
