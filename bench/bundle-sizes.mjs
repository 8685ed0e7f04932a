// Prints the size of each script in the built Chrome extension, raw and gzipped,
// against pyvet's size budget. With --check (run by `npm test` after the build),
// exits 1 when a budgeted script is over its limit.
// Run `npm run build` first (npm run bench and npm test do).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('../.output/chrome-mv3/', import.meta.url).pathname;

/**
 * gzip kB. `goal` is issue 8's target; `limit` is what the check enforces.
 * Content scripts run on every page of their site and meet the goal. The
 * sidebar UI loads on profile pages only. The service worker's old 80 kB goal
 * is retired (issue 14) in favour of its start times, measured by
 * bench/sidebar-first-paint.ts; its limit guards against growth.
 * The limit went from 135 to 140 kB with the evidence engine of issue 13 (download
 * plan, end-of-life table, runtime vs tooling: +7.7 kB gzip), then to 142 kB with
 * the candidate summaries the store writes beside every record (issue 14: +1 kB), then
 * to 148 kB with the Ashby and Lever clients the background sends with (issue 15: +6.1 kB),
 * then to 155 kB with the stage kits it builds beside each verdict (issue 16: +6.5 kB).
 */
const BUDGET = {
  'content-scripts/github.js': { goal: 90, limit: 90 },
  'content-scripts/marketplace.js': { goal: 90, limit: 90 },
  'sidebar-ui.js': { goal: null, limit: 120 },
  'background.js': { goal: null, limit: 155 },
};

function* scripts(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* scripts(path);
    else if (/\.(js|css)$/.test(name)) yield path;
  }
}

if (!existsSync(root)) {
  console.error('No build in .output/chrome-mv3: run `npm run build` first.');
  process.exit(1);
}

const rows = [...scripts(root)]
  .map((path) => {
    const bytes = readFileSync(path);
    const file = relative(root, path);
    const budget = BUDGET[file];
    const gzipKb = +(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1);
    return {
      file,
      kB: +(bytes.length / 1024).toFixed(1),
      'gzip kB': gzipKb,
      'goal kB': budget?.goal ?? '',
      'limit kB': budget?.limit ?? '',
      budget: budget ? (gzipKb <= budget.limit ? 'ok' : 'OVER') : '',
    };
  })
  .sort((a, b) => b['gzip kB'] - a['gzip kB']);

const over = rows.filter((row) => row.budget === 'OVER');
if (process.argv.includes('--check')) {
  for (const file of Object.keys(BUDGET)) {
    if (!rows.some((row) => row.file === file)) {
      console.error(`Size budget: ${file} is missing from the build.`);
      process.exit(1);
    }
  }
  if (over.length > 0) {
    for (const row of over) console.error(`Size budget: ${row.file} is ${row['gzip kB']} kB gzip, over its ${row['limit kB']} kB limit.`);
    process.exit(1);
  }
  const budgeted = rows.filter((row) => row.budget).map((row) => `${row.file} ${row['gzip kB']}/${row['limit kB']} kB`);
  console.log(`Size budget ok (gzip): ${budgeted.join(', ')}`);
} else {
  console.log('Bundle sizes, .output/chrome-mv3 (production build)');
  console.table(rows);
}
