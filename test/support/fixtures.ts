import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared real fixtures (`../shared/fixtures`) and the project's synthetic ones (`test/fixtures`). */
export // A plain path, not import.meta.dirname: vitest, tsx and happy-dom all agree on this one.
const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED_FIXTURES = resolve(HERE, '../../../shared/fixtures');
export const OWN_FIXTURES = resolve(HERE, '../fixtures');

export function readSharedFixture(path: string): string {
  return readFileSync(resolve(SHARED_FIXTURES, path), 'utf8');
}

export function readOwnFixture(path: string): string {
  return readFileSync(resolve(OWN_FIXTURES, path), 'utf8');
}

/** A recorded API interaction from `../shared/fixtures/github-api` (see its SOURCES.md). */
export interface RecordedInteraction {
  request: { method: string; uri: string };
  status: number;
  headers: Record<string, string | string[]>;
  body: unknown;
}

export function readRecording(name: string): RecordedInteraction {
  return JSON.parse(readSharedFixture(`github-api/${name}`)) as RecordedInteraction;
}

/** Parses an HTML page the way a browser would hand it to a reader. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
