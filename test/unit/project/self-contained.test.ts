import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * pyvet stands on its own: a clone holds everything `npm test` needs. Real
 * third-party material lives in an external corpus (test/corpus/README.md)
 * that only `.ci/run` knows the place of, beside a developer's checkout.
 */
const ROOT = join(import.meta.dirname, '../../..');
const ONLY_FILE_THAT_KNOWS_THE_CORPUS = '.ci/run';
// Written in parts so this file does not match itself.
const SIBLING_FOLDER = new RegExp(['\\.\\.', 'shared'].join('/') + '(/|\\b)');
const BINARY = /\.(png|jpe?g|gif|ico|woff2?|zip)$/i;

function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
}

describe('the project stands on its own', () => {
  it(`no tracked file but ${ONLY_FILE_THAT_KNOWS_THE_CORPUS} reads or links the sibling shared folder`, () => {
    const offenders = trackedFiles()
      .filter((path) => path !== ONLY_FILE_THAT_KNOWS_THE_CORPUS && !BINARY.test(path))
      .filter((path) => SIBLING_FOLDER.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it(`${ONLY_FILE_THAT_KNOWS_THE_CORPUS} points the corpus tier at it`, () => {
    expect(readFileSync(join(ROOT, ONLY_FILE_THAT_KNOWS_THE_CORPUS), 'utf8')).toMatch(SIBLING_FOLDER);
  });
});
