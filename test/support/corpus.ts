import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FixturePages } from './github-fixture-routes';

/**
 * The corpus: real saved pages and real API recordings that pyvet does not
 * redistribute (test/corpus/README.md lists each file and where it comes
 * from). Only the corpus tier (`npm run test:corpus`) reads it, from the
 * folder `$PYVET_CORPUS` names.
 */
export const CORPUS_VARIABLE = 'PYVET_CORPUS';

export const CORPUS_MISSING =
  'npm run test:corpus needs the corpus of real saved pages and API recordings (see test/corpus/README.md): set PYVET_CORPUS to the folder that holds it.';

/** The corpus folder; throws the one-line explanation when it is not set or not there. */
export function corpusRoot(): string {
  const folder = process.env[CORPUS_VARIABLE];
  if (!folder || !existsSync(folder)) throw new Error(CORPUS_MISSING);
  return resolve(folder);
}

export function corpusPath(path: string): string {
  return join(corpusRoot(), path);
}

export function readCorpusFile(path: string): string {
  return readFileSync(corpusPath(path), 'utf8');
}

/** A recorded API interaction from the corpus's github-api/ folder. */
export interface RecordedInteraction {
  request: { method: string; uri: string };
  status: number;
  headers: Record<string, string | string[]>;
  body: unknown;
}

export function readRecording(name: string): RecordedInteraction {
  return JSON.parse(readCorpusFile(`github-api/${name}`)) as RecordedInteraction;
}

/** The real saved profiles, served by the fake at the paths the project's own pages use. */
export function corpusPages(): FixturePages {
  return {
    githubProfiles: {
      '/defunkt': corpusPath('github-profile/defunkt.html'),
      '/dingaanmanjate': corpusPath('github-profile/dingaanmanjate.html'),
    },
    upwork: {
      file: corpusPath('upwork/sergii-c-klaviyo.html'),
      id: '~01140923f209578a6b',
      name: 'Sergii C.',
      title: 'Klaviyo Email Marketing Expert',
    },
  };
}
