// `npm run bench` part 4: the shortlists page with 10 000 saved candidates, in
// real Chromium with the built extension: opening it (IndexedDB read, schema
// check of every record, first rows on screen) and filtering it (a search typed).
import { EXTENSION_DIR, launchWithExtension } from '../test/e2e/extension-browser';
import { startFakeGitHub } from '../test/e2e/fake-github';
import { syntheticCandidates } from './synthetic-shortlist';

const COUNT = 10_000;
const RUNS = 5;
const NOW = Date.parse('2026-11-26T10:00:00Z');

/** Page-side helpers, as text (tsx would wrap functions in helpers the page lacks). */
const PAGE_HELPERS = `
  // ms from navigation start to the frame after an element is on the page.
  const shown = (selector) => new Promise((done) => {
    const check = () => document.querySelector(selector)
      ? requestAnimationFrame(() => done(performance.now()))
      : requestAnimationFrame(check);
    requestAnimationFrame(check);
  });
  // The first screen (the most recent candidates), then every candidate read (search appears).
  window.__pyvetOpened = shown('[data-testid="candidate-row"]');
  window.__pyvetComplete = shown('[data-testid="search"]');
  // Types into the search field; resolves with ms until the count of candidates shown has changed on screen.
  window.__pyvetFilter = (text) => new Promise((done) => {
    const count = document.querySelector('[data-testid="view-count"]');
    const before = count.textContent;
    const field = document.querySelector('[data-testid="search"]');
    const start = performance.now();
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setValue.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const check = () => count.textContent !== before
      ? requestAnimationFrame(() => done({ ms: performance.now() - start, shown: count.textContent }))
      : requestAnimationFrame(check);
    requestAnimationFrame(check);
  });
`;

/** Writes the candidates and shortlists straight into pyvet's IndexedDB (as Dexie laid it out). */
const SEED = `async ({ candidates, shortlists }) => {
  const db = await new Promise((done, fail) => {
    const request = indexedDB.open('pyvet');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  await new Promise((done, fail) => {
    const transaction = db.transaction(['candidates', 'shortlists'], 'readwrite');
    for (const candidate of candidates) transaction.objectStore('candidates').put(candidate);
    for (const shortlist of shortlists) transaction.objectStore('shortlists').put(shortlist);
    transaction.oncomplete = done;
    transaction.onerror = () => fail(transaction.error);
  });
  db.close();
}`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const github = await startFakeGitHub();
const browser = await launchWithExtension(github, EXTENSION_DIR);
try {
  const url = `chrome-extension://${browser.extensionId}/shortlists.html`;
  const seeding = await browser.context.newPage();
  await seeding.goto(url);
  await seeding.getByTestId('shortlists-empty').waitFor();
  await seeding.evaluate(`(${SEED})(${JSON.stringify(syntheticCandidates(COUNT, NOW))})`);
  await seeding.close();

  const open: number[] = [];
  const complete: number[] = [];
  const filter: number[] = [];
  let shown = '';
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.addInitScript(PAGE_HELPERS);
    await page.goto(url);
    open.push((await page.evaluate('window.__pyvetOpened')) as number);
    complete.push((await page.evaluate('window.__pyvetComplete')) as number);
    const result = (await page.evaluate(`window.__pyvetFilter('ana')`)) as { ms: number; shown: string };
    filter.push(result.ms);
    shown = result.shown;
    await page.close();
  }
  console.log(`Shortlists page with ${COUNT} candidates in Chromium (${RUNS} runs; goal: open + filter ≤ 200 ms)`);
  console.table([
    { what: 'open: navigation start → first rows on screen', 'median ms': +median(open).toFixed(1), 'max ms': +Math.max(...open).toFixed(1) },
    {
      what: 'open: navigation start → all candidates read, search ready',
      'median ms': +median(complete).toFixed(1),
      'max ms': +Math.max(...complete).toFixed(1),
    },
    { what: `filter: type "ana" → ${shown}`, 'median ms': +median(filter).toFixed(1), 'max ms': +Math.max(...filter).toFixed(1) },
  ]);
} finally {
  await browser.close();
  await github.close();
}
