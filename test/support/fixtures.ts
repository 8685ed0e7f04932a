import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own synthetic fixtures (`test/fixtures`). Real material is read through ./corpus.ts. */
// A plain path, not import.meta.dirname: vitest, tsx and happy-dom all agree on this one.
const HERE = dirname(fileURLToPath(import.meta.url));
const OWN_FIXTURES = resolve(HERE, '../fixtures');

export function readOwnFixture(path: string): string {
  return readFileSync(resolve(OWN_FIXTURES, path), 'utf8');
}

/** Parses an HTML page the way a browser would hand it to a reader. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
