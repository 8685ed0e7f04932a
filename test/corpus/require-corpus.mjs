// First step of `npm run test:corpus`: stop at once, with one line, when the corpus is not there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A file every corpus has (test/corpus/README.md lists them all). */
const MARKER = 'github-profile/defunkt.html';
const folder = process.env.PYVET_CORPUS;

if (!folder || !existsSync(join(folder, MARKER))) {
  console.error(
    folder
      ? `PYVET_CORPUS=${folder} does not hold the corpus of real saved pages and API recordings (no ${MARKER}): see test/corpus/README.md.`
      : 'npm run test:corpus needs the corpus of real saved pages and API recordings (see test/corpus/README.md): set PYVET_CORPUS to the folder that holds it.',
  );
  process.exit(1);
}
