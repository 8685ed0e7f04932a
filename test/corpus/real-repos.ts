import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The real-repository corpus: the hand-written manifest in this folder
 * (real-repos.json, facts defined in FACTS.md), and what `npm run
 * corpus:record` records of each repository under $PYVET_CORPUS/real-repos.
 */
export const FactSchema = z.discriminatedUnion('fact', [
  z.object({ fact: z.literal('tests-present'), value: z.boolean(), reason: z.string() }),
  z.object({ fact: z.literal('test-framework'), value: z.enum(['pytest', 'unittest', 'tox', 'nox']), reason: z.string() }),
  z.object({ fact: z.literal('ci-runs-tests'), value: z.enum(['yes', 'no', 'no-ci']), reason: z.string() }),
  z.object({ fact: z.literal('stack-has'), value: z.string(), reason: z.string() }),
  z.object({ fact: z.literal('stack-lacks'), value: z.string(), reason: z.string() }),
  z.object({ fact: z.literal('python2-markers'), value: z.boolean(), reason: z.string() }),
  z.object({ fact: z.literal('eol'), value: z.string(), reason: z.string() }),
  z.object({ fact: z.literal('notebooks-dominant'), value: z.boolean(), reason: z.string() }),
  z.object({ fact: z.literal('readme-substantial'), value: z.boolean(), reason: z.string() }),
  z.object({ fact: z.literal('tutorial-clone'), value: z.boolean(), reason: z.string() }),
]);
export type Fact = z.infer<typeof FactSchema>;

export const ManifestEntrySchema = z.object({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  committedAt: z.string().nullable(),
  description: z.string().nullable(),
  why: z.string(),
  facts: z.array(FactSchema),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z.object({ about: z.string(), asOf: z.string(), repos: z.array(ManifestEntrySchema) });

/** The manifest in this folder, or another file of the same shape (a new batch measured before it joins). */
export function readManifest(file = join(import.meta.dirname, 'real-repos.json')): z.infer<typeof ManifestSchema> {
  return ManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** What the recorder writes for one repository: `repo.json`, `tree.json` and the files under `files/`. */
export const RecordedRepoSchema = z.object({
  repo: z.string(),
  commit: z.string(),
  branch: z.string(),
  committedAt: z.string(),
  description: z.string().nullable(),
  /** Paths of the files recorded under files/. */
  files: z.array(z.string()),
});
export type RecordedRepo = z.infer<typeof RecordedRepoSchema>;

export const RecordedTreeSchema = z.array(z.object({ path: z.string(), type: z.enum(['blob', 'tree']), size: z.number().optional() }));

/** The folder of one repository's recording, e.g. real-repos/fastapi__full-stack-fastapi-template. */
export const recordingFolder = (corpus: string, repo: string) => join(corpus, 'real-repos', repo.replace('/', '__'));
