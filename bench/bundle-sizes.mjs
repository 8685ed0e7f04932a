// Prints the size of each script in the built Chrome extension, raw and gzipped.
// Run `npm run build` first (npm run bench does).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../.output/chrome-mv3/', import.meta.url).pathname;

function* scripts(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* scripts(path);
    else if (/\.(js|css)$/.test(name)) yield path;
  }
}

const rows = [...scripts(root)]
  .map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), kB: +(bytes.length / 1024).toFixed(1), 'gzip kB': +(gzipSync(bytes).length / 1024).toFixed(1) };
  })
  .sort((a, b) => b['gzip kB'] - a['gzip kB']);
console.log('Bundle sizes, .output/chrome-mv3 (production build)');
console.table(rows);
