import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared real fixtures (`../shared/fixtures`) and the project's synthetic ones (`test/fixtures`). */
export const SHARED_FIXTURES = resolve(__dirname, '../../../shared/fixtures');
export const OWN_FIXTURES = resolve(__dirname, '../fixtures');

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
