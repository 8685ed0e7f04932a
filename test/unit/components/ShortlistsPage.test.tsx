import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ShortlistsPage } from '@/components/shortlists/ShortlistsPage';
import { ShortlistExportSchema, shortlistJson } from '@/lib/shortlists/export/shortlist-export';
import type { SaveCandidate } from '@/lib/shortlists/records';
import { summarizeStored } from '@/lib/shortlists/summary';
import { storeShortlistsData } from '../../support/shortlists-data';
import type { AtsSending } from '@/lib/ui/ats-sending';
import { takeOverPageFrame } from '@/lib/ui/page-frame';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const NOW = Date.parse('2026-11-26T10:00:00Z');

const person = (login: string, fields: Partial<SaveCandidate> = {}): SaveCandidate => ({
  githubLogin: login,
  displayName: login[0]!.toUpperCase() + login.slice(1),
  profileUrl: `https://github.com/${login}`,
  stage: 'profile-filter',
  note: '',
  shortlist: 'Backend',
  ...fields,
});

const assessment = (evidenced: number, flags: ('no-tests' | 'thin-docs')[] = []) => ({
  role: { id: 'template-backend', name: 'Product backend' },
  mustHaves: ['FastAPI', 'PostgreSQL', 'pytest'].map((skill, index) => ({ skill, status: index < evidenced ? ('evidenced' as const) : ('not-found' as const) })),
  flags,
  summary: `${evidenced} of 3 must-haves evidenced`,
  at: NOW,
});

/** No ATS connected: the page offers no send. */
const noAts = {
  connection: async () => null,
  preview: () => Promise.reject(new Error('no ATS')),
  send: () => Promise.reject(new Error('no ATS')),
};

async function openPage(saves: SaveCandidate[] = [], ats: AtsSending = noAts) {
  const { data, store, db } = storeShortlistsData(NOW);
  for (const [index, save] of saves.entries()) await store.save(save, NOW - (saves.length - index) * 60_000);
  const download = vi.fn();
  render(<ShortlistsPage data={data} download={download} ats={ats} now={() => NOW} />);
  // The actions appear once every candidate is read (the first screen comes before).
  await screen.findByTestId('view-count');
  return { store, db, download };
}

const names = () => screen.queryAllByTestId('candidate-row').map((row) => within(row).getByRole('rowheader').textContent);
const select = (name: string) => fireEvent.click(screen.getByRole('checkbox', { name: `Select ${name}` }));

describe('ShortlistsPage', () => {
  it('shows the most recent candidates first, searchable at once, then the actions once all are read', async () => {
    const { data, store } = storeShortlistsData(NOW);
    for (let index = 0; index < 60; index++) await store.save(person(`dev${index}`), NOW + index);
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    // The rest are held back; the first screen is not.
    const summaryPage = store.summaryPage.bind(store);
    store.summaryPage = async (after, limit) => {
      await held;
      return summaryPage(after, limit);
    };
    render(<ShortlistsPage data={data} download={vi.fn()} ats={noAts} now={() => NOW} />);
    expect((await screen.findByTestId('loading-rest')).textContent).toBe(
      'Listed 50 of 60 candidates, the most recent first; search covers those while the rest load…',
    );
    expect(names()[0]).toBe('Dev59 @dev59');
    // dev10 to dev19 are among the 50 most recent; dev1, saved earlier, is not read yet.
    fireEvent.change(screen.getByTestId('search'), { target: { value: 'dev1' } });
    await waitFor(() => expect(names()).toHaveLength(10));
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
    expect(screen.getByRole('button', { name: 'All candidates (60)' })).toBeTruthy();
    release();
    await screen.findByTestId('view-count');
    expect(screen.queryByTestId('loading-rest')).toBeNull();
    // The search typed while loading covers everyone once all are read.
    expect(names()).toHaveLength(11);
    expect(names()).toContain('Dev1 @dev1');
  });

  it('takes a search before the database has answered, and applies it to the first rows', async () => {
    const { data, store } = storeShortlistsData(NOW);
    for (const login of ['ana', 'bob', 'anaya']) await store.save(person(login), NOW);
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    const firstScreen = store.firstScreen.bind(store);
    store.firstScreen = async (limit) => {
      await held;
      return firstScreen(limit);
    };
    render(<ShortlistsPage data={data} download={vi.fn()} ats={noAts} now={() => NOW} />);
    expect(screen.getByRole('status').textContent).toBe('Opening your shortlists…');
    fireEvent.change(screen.getByTestId('search'), { target: { value: 'ana' } });
    expect(names()).toEqual([]);
    release();
    await screen.findByTestId('view-count');
    expect(names().sort()).toEqual(['Ana @ana', 'Anaya @anaya']);
    expect((screen.getByTestId('search') as HTMLInputElement).value).toBe('ana');
  });

  describe('the frame the page’s HTML paints before its scripts have run', () => {
    /** The frame from the page's own HTML, as the browser shows it before the scripts run. */
    const paintFrame = () => {
      const html = readFileSync(resolve('entrypoints/shortlists/index.html'), 'utf8');
      const frame = new DOMParser().parseFromString(html, 'text/html').getElementById('pyvet-page-frame')!;
      document.body.append(document.importNode(frame, true));
      return document.querySelector<HTMLInputElement>('#pyvet-page-frame input[type="search"]')!;
    };
    afterEach(() => document.getElementById('pyvet-page-frame')?.remove());

    it('goes on from a search typed into it: the text, the focus and the caret, then the rows it finds', async () => {
      const { data, store } = storeShortlistsData(NOW);
      for (const login of ['ana', 'bob', 'anaya']) await store.save(person(login), NOW);
      const typed = paintFrame();
      typed.focus();
      typed.value = 'ana';
      typed.setSelectionRange(1, 2);

      render(<ShortlistsPage data={data} download={vi.fn()} ats={noAts} now={() => NOW} takeOverFrame={() => takeOverPageFrame(document)} />);
      expect(document.getElementById('pyvet-page-frame')).toBeNull();
      const search = screen.getByTestId('search') as HTMLInputElement;
      expect([search.value, document.activeElement === search, search.selectionStart, search.selectionEnd]).toEqual(['ana', true, 1, 2]);
      await screen.findByTestId('view-count');
      expect(names().sort()).toEqual(['Ana @ana', 'Anaya @anaya']);
      expect(screen.getByTestId('view-count').textContent).toBe('2 candidates shown');
    });

    it('goes away untouched when nothing was typed: no search, the focus left where it was', async () => {
      const { data, store } = storeShortlistsData(NOW);
      await store.save(person('ana'), NOW);
      paintFrame();
      render(<ShortlistsPage data={data} download={vi.fn()} ats={noAts} now={() => NOW} takeOverFrame={() => takeOverPageFrame(document)} />);
      expect(document.getElementById('pyvet-page-frame')).toBeNull();
      expect(screen.getAllByTestId('search')).toHaveLength(1);
      expect(document.activeElement).toBe(document.body);
      await screen.findByTestId('view-count');
      expect(names()).toEqual(['Ana @ana']);
    });

    it('matches the page’s first render, so nothing moves when it is replaced', () => {
      const frame = paintFrame().closest('main')!;
      const { data } = storeShortlistsData(NOW);
      const { container } = render(<ShortlistsPage data={data} download={vi.fn()} ats={noAts} now={() => NOW} />);
      const page = container.querySelector('main')!;
      expect(frame.className).toBe(page.className);
      const outline = (root: Element) => [...root.children].map((child) => `${child.tagName} ${child.textContent?.replace(/\s+/g, ' ').trim().slice(0, 6)}`);
      expect(outline(frame)).toEqual(outline(page));
      // The search field in the same place, the same field; the page's filters add their selects after it.
      const place = (field: Element) => {
        const path: string[] = [];
        for (let at: Element | null = field; at && at.tagName !== 'MAIN'; at = at.parentElement) {
          path.push([at.tagName, at.className, at.getAttribute('role'), at.getAttribute('aria-label'), at.getAttribute('type'), at.getAttribute('placeholder')].join(' '));
        }
        return path;
      };
      expect(place(frame.querySelector('[data-testid="search"]')!)).toEqual(place(page.querySelector('[data-testid="search"]')!));
      expect(takeOverPageFrame(document)).toEqual({ text: '', focused: false, selection: null });
      expect(takeOverPageFrame(document)).toBeNull();
    });
  });

  it('shows an empty state', async () => {
    await openPage();
    expect((await screen.findByTestId('shortlists-empty')).textContent).toContain('No candidates yet');
  });

  it('lists everyone, newest first, and narrows to one shortlist', async () => {
    await openPage([person('ada'), person('bob', { shortlist: 'Data' }), person('cy')]);
    await waitFor(() => expect(names()).toEqual(['Cy @cy', 'Bob @bob', 'Ada @ada']));
    fireEvent.click(screen.getByRole('button', { name: 'Data (1)' }));
    expect(names()).toEqual(['Bob @bob']);
    expect(screen.getByRole('button', { name: 'Data (1)' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('searches, filters by stage, score, flags and tag, and sorts by a column', async () => {
    await openPage([
      person('ada', { note: 'async expert', scores: { FastAPI: 5 }, tags: ['remote'], assessment: assessment(3) }),
      person('bob', { stage: 'close', scores: { FastAPI: 2 }, assessment: assessment(1, ['no-tests']) }),
      person('cy', { note: 'knows async too', tags: ['remote', 'EU'] }),
    ]);
    await waitFor(() => expect(names()).toHaveLength(3));

    fireEvent.change(screen.getByTestId('search'), { target: { value: 'async' } });
    expect(names()).toEqual(['Cy @cy', 'Ada @ada']);
    fireEvent.change(screen.getByTestId('search'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'close' } });
    expect(names()).toEqual(['Bob @bob']);
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('Score'), { target: { value: '4' } });
    expect(names()).toEqual(['Ada @ada']);
    fireEvent.change(screen.getByLabelText('Score'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('Flags'), { target: { value: 'no-tests' } });
    expect(names()).toEqual(['Bob @bob']);
    fireEvent.change(screen.getByLabelText('Flags'), { target: { value: 'any' } });

    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'EU' } });
    expect(names()).toEqual(['Cy @cy']);
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: '' } });

    fireEvent.click(screen.getByRole('button', { name: /^Must-haves/ }));
    expect(names()).toEqual(['Ada @ada', 'Bob @bob', 'Cy @cy']);
    expect(screen.getByRole('columnheader', { name: /Must-haves/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('moves selected candidates to a stage, and the table follows the database', async () => {
    const { db } = await openPage([person('ada'), person('bob'), person('cy')]);
    await waitFor(() => expect(names()).toHaveLength(3));
    select('Ada');
    select('Bob');
    expect(screen.getByTestId('view-count').textContent).toBe('3 candidates shown, 2 selected');
    fireEvent.change(screen.getByLabelText('Move to'), { target: { value: 'practical-task' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move' }));
    expect((await screen.findByTestId('notice')).textContent).toBe('2 candidates moved to Practical task.');
    expect((await db.candidates.toArray()).filter((candidate) => candidate.stage === 'practical-task')).toHaveLength(2);
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'practical-task' } });
    await waitFor(() => expect(names().sort()).toEqual(['Ada @ada', 'Bob @bob']));
  });

  it('deletes with undo', async () => {
    const { db } = await openPage([person('ada'), person('bob')]);
    await waitFor(() => expect(names()).toHaveLength(2));
    select('Ada');
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect((await screen.findByTestId('notice')).textContent).toBe('Deleted 1 candidate.Undo');
    await waitFor(() => expect(names()).toEqual(['Bob @bob']));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(names()).toEqual(['Bob @bob', 'Ada @ada']));
    expect((await db.shortlists.toArray())[0]?.candidateIds).toHaveLength(2);
  });

  it('merges two records of one person and un-merges them from the details', async () => {
    await openPage([
      person('ada'),
      { ...person('ada'), githubLogin: null, displayName: 'Ada L.', profileUrl: 'https://www.upwork.com/freelancers/~01ada', shortlist: 'Upwork' },
    ]);
    await waitFor(() => expect(names()).toHaveLength(2));
    select('Ada');
    select('Ada L.');
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect((await screen.findByTestId('notice')).textContent).toBe('Merged into Ada.');
    await waitFor(() => expect(names()).toEqual(['Ada @ada']));

    fireEvent.click(screen.getByRole('button', { name: 'Ada' }));
    // The full record is read (and checked) when opened.
    const details = await screen.findByTestId('candidate-details');
    // Keyboard users land on the panel that opened.
    expect(document.activeElement).toBe(within(details).getByRole('heading', { level: 2 }));
    expect(within(details).getByRole('link', { name: 'https://www.upwork.com/freelancers/~01ada' })).toBeTruthy();
    fireEvent.click(within(details).getByRole('button', { name: 'Un-merge' }));
    await waitFor(() => expect(names()).toEqual(['Ada @ada', 'Ada L.']));
  });

  it('sends the selected candidates to the connected ATS after a preview, and shows each result with its link', async () => {
    const link = { id: 'ash-1', url: 'https://app.ashbyhq.com/candidates/ash-1', sentAt: NOW };
    const ats: AtsSending = {
      connection: async () => ({ vendor: 'ashby', account: 'Acme', performAs: null, checkedAt: NOW }),
      preview: vi.fn(async () => ({
        status: 'ok' as const,
        vendor: 'ashby' as const,
        rows: [
          { candidateId: await idOf('ada'), name: 'Ada', action: 'create' as const },
          { candidateId: await idOf('bob'), name: 'Bob', action: 'link' as const },
        ],
      })),
      send: vi.fn(async () => {
        // The background records each link on the candidate as the vendor answers.
        await store.recordAtsLink(await idOf('ada'), 'ashby', link, NOW);
        return {
          status: 'ok' as const,
          vendor: 'ashby' as const,
          results: [
            { candidateId: await idOf('ada'), name: 'Ada', outcome: 'created' as const, link },
            { candidateId: await idOf('bob'), name: 'Bob', outcome: 'failed' as const, reason: 'Ashby refused the request: email is invalid.' },
          ],
        };
      }),
    };
    const { store } = await openPage([person('ada'), person('bob')], ats);
    const idOf = async (login: string) => (await store.find(login, `https://github.com/${login}`))!.id;
    await waitFor(() => expect(names()).toHaveLength(2));
    const send = await screen.findByRole('button', { name: 'Send to Ashby…' });
    expect((send as HTMLButtonElement).disabled).toBe(true);
    select('Ada');
    select('Bob');
    fireEvent.click(send);
    const panel = await screen.findByTestId('ats-send');
    expect((await within(panel).findByTestId('ats-preview')).textContent).toBe(
      'Ada: new: will be createdBob: already there: will be linked, with the verdict as a note',
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'Send 2 candidates to Ashby' }));
    expect((await within(panel).findByTestId('ats-summary')).textContent).toBe('1 created, 1 failed.');
    expect(within(panel).getByRole('link', { name: 'open in Ashby' }).getAttribute('href')).toBe(link.url);
    expect(within(panel).getByText(/Bob: failed/).textContent).toBe('Bob: failed (Ashby refused the request: email is invalid.)');

    fireEvent.click(within(panel).getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ada' }));
    const details = await screen.findByTestId('candidate-details');
    expect((await within(details).findByTestId('ats-records')).textContent).toMatch(/^In Ashby: ash-1 \(sent /);
  });

  it('adds selected candidates to a shortlist and takes them off one, keeping them saved', async () => {
    const { db } = await openPage([person('ada'), person('bob', { shortlist: 'Data' })]);
    await waitFor(() => expect(names()).toHaveLength(2));
    select('Ada');
    fireEvent.change(screen.getByLabelText('Add to shortlist'), { target: { value: 'Final round' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('1 candidate on “Final round”.'));
    fireEvent.click(await screen.findByRole('button', { name: 'Final round (1)' }));
    expect(names()).toEqual(['Ada @ada']);
    select('Ada');
    fireEvent.click(screen.getByRole('button', { name: 'Remove from list' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('1 candidate taken off “Final round” (still saved).'));
    await screen.findByRole('button', { name: 'Final round (0)' });
    expect(await db.candidates.count()).toBe(2);
  });

  it('renames the shortlist in view, and deletes it with undo, candidates kept', async () => {
    const { db } = await openPage([person('ada'), person('bob', { shortlist: 'Data' })]);
    fireEvent.click(await screen.findByRole('button', { name: 'Data (1)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Rename list' }));
    fireEvent.change(screen.getByLabelText('New name'), { target: { value: 'Backend' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('Not done: There is already a shortlist called “Backend”.'));
    fireEvent.change(screen.getByLabelText('New name'), { target: { value: 'Data Q4' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save name' }));
    await screen.findByRole('button', { name: 'Data Q4 (1)' });

    fireEvent.click(screen.getByRole('button', { name: 'Delete list' }));
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('Deleted the shortlist “Data Q4”; its candidates are still saved.Undo'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Data Q4 (1)' })).toBeNull());
    expect(await db.candidates.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: 'Data Q4 (1)' });
  });

  it('filters by stage outcome, compares outcomes and shows them in the details', async () => {
    const { data, store } = storeShortlistsData(NOW);
    await store.save(person('ada', { stage: 'technical-screen' }), NOW - 3);
    await store.save(person('bob'), NOW - 2);
    await store.save(person('cy'), NOW - 1);
    await store.recordStageOutcomeFor('ada', 'https://github.com/ada', { kit: 'technical-screen', result: 'advance', checks: ['GIL', 'pytest'], note: 'Clear.' }, NOW);
    await store.recordStageOutcomeFor('bob', 'https://github.com/bob', { kit: 'technical-screen', result: 'reject', checks: [], note: '' }, NOW);
    render(<ShortlistsPage data={data} download={vi.fn()} ats={noAts} now={() => NOW} />);
    await screen.findByTestId('view-count');
    await waitFor(() => expect(names()).toHaveLength(3));

    const outcomeFilter = screen.getByLabelText('Stage outcome');
    expect([...outcomeFilter.querySelectorAll('option')].map((option) => option.textContent)).toEqual([
      'Any outcome',
      'Rejected at any stage',
      'No outcome yet',
      'Technical screen: advance',
      'Technical screen: reject',
    ]);
    fireEvent.change(outcomeFilter, { target: { value: 'technical-screen:advance' } });
    expect(names()).toEqual(['Ada @ada']);
    fireEvent.change(outcomeFilter, { target: { value: 'any-reject' } });
    expect(names()).toEqual(['Bob @bob']);
    fireEvent.change(outcomeFilter, { target: { value: 'none' } });
    expect(names()).toEqual(['Cy @cy']);
    fireEvent.change(outcomeFilter, { target: { value: 'any' } });
    expect(names()).toHaveLength(3);

    select('Ada');
    select('Bob');
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const compare = await screen.findByTestId('compare');
    const screenRow = within(compare).getByRole('rowheader', { name: 'Technical screen' }).closest('tr');
    expect([...(screenRow?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual(['reject (2026-11-26)', 'advance (2026-11-26)']);
    fireEvent.keyDown(compare, { key: 'Escape' });

    fireEvent.click(screen.getByRole('button', { name: 'Ada' }));
    const details = await screen.findByTestId('candidate-details');
    expect(within(details).getByTestId('stage-outcomes').textContent).toBe('Technical screen: advance (2026-11-26) · 2 checks ticked · “Clear.”');
    expect(within(details).getByTestId('save-history').textContent).toContain('2026-11-26 · Practical task · Technical screen: advance (2 checks ticked) · “Clear.”');
  });

  it('compares 2 to 4 candidates on the active role', async () => {
    await openPage([
      person('ada', { scores: { FastAPI: 5 }, assessment: assessment(3) }),
      person('bob', { assessment: assessment(1) }),
    ]);
    await waitFor(() => expect(names()).toHaveLength(2));
    expect(screen.getByRole('button', { name: 'Compare' }).hasAttribute('disabled')).toBe(true);
    select('Ada');
    select('Bob');
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const compare = await screen.findByTestId('compare');
    expect(within(compare).getByRole('heading').textContent).toBe('Compare on “Product backend”');
    const fastapi = within(compare).getByRole('rowheader', { name: 'FastAPI' }).closest('tr');
    expect(within(compare).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Must-have', 'Bob', 'Ada']);
    expect([...(fastapi?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual(['✓ evidenced', '✓ evidenced · 5/5']);
    const postgres = within(compare).getByRole('rowheader', { name: 'PostgreSQL' }).closest('tr');
    expect([...(postgres?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)).toEqual(['✗ not found', '✓ evidenced']);
    expect(document.activeElement).toBe(within(compare).getByRole('heading', { level: 2 }));
    fireEvent.keyDown(compare, { key: 'Escape' });
    expect(screen.queryByTestId('compare')).toBeNull();
  });

  it('exports the candidates in view as CSV and JSON', async () => {
    const { download } = await openPage([person('ada', { note: '=cmd|calc' }), person('bob', { shortlist: 'Data' })]);
    await waitFor(() => expect(names()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Backend (1)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    // The full records are read for the file.
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('notice').textContent).toBe('Exported 1 candidate as CSV.');
    const [fileName, mimeType, csv] = download.mock.calls[0] as [string, string, string];
    expect([fileName, mimeType]).toEqual(['pyvet-backend.csv', 'text/csv']);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv).toContain("Ada,ada,Profile filter,'=cmd|calc,https://github.com/ada,");
    fireEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const [, , json] = download.mock.calls[1] as [string, string, string];
    expect(ShortlistExportSchema.parse(JSON.parse(json)).candidates.map((candidate) => candidate.githubLogin)).toEqual(['ada']);
  });

  it('exports the selected candidates as an ATS import file, naming who was skipped and why', async () => {
    const { download } = await openPage([
      person('ada', { displayName: 'Ada Lovelace' }),
      person('bob'),
      person('cy', { displayName: 'Cy Young', shortlist: 'Data' }),
    ]);
    await waitFor(() => expect(names()).toHaveLength(3));
    select('Ada Lovelace');
    select('Bob');
    fireEvent.click(screen.getByRole('button', { name: 'Export for Greenhouse' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('notice').textContent).toBe(
      'Exported 1 candidate for Greenhouse. Skipped 1: Bob (Greenhouse requires First Name: the name is one word, and pyvet never invents a first name).',
    );
    const [fileName, mimeType, csv] = download.mock.calls[0] as [string, string, string];
    expect([fileName, mimeType]).toEqual(['pyvet-all-candidates-greenhouse.csv', 'text/csv']);
    expect(csv.split('\r\n')[0]).toBe('First Name,Last Name,Company,Title,Email,Phone,Social Media,Website,Notes,Source,Tags');
    expect(csv.split('\r\n')[1]).toMatch(/^Ada,Lovelace,/);

    // Nothing selected: everyone in view; Lever takes a one-word name as its full name.
    select('Ada Lovelace');
    select('Bob');
    fireEvent.change(screen.getByLabelText('ATS file'), { target: { value: 'lever' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export for Lever' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    expect(screen.getByTestId('notice').textContent).toBe('Exported 3 candidates for Lever.');
  });

  it('imports a JSON file after a preview, merging people already saved', async () => {
    const source = storeShortlistsData(NOW);
    await source.store.save(person('ada', { note: 'from the other laptop', stage: 'close' }), NOW + 1000);
    await source.store.save(person('grace'), NOW);
    const file = shortlistJson({ name: 'Backend' }, (await source.store.everything()).candidates, NOW);

    const { db } = await openPage([person('ada')]);
    await waitFor(() => expect(names()).toHaveLength(1));
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([file], 'backend.json', { type: 'application/json' })] } });
    const preview = await screen.findByTestId('import-preview');
    expect(preview.textContent).toContain('1 new candidate, 1 merged into someone you already have');
    expect(await db.candidates.count()).toBe(1);
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    expect((await screen.findByTestId('import-message')).textContent).toMatch(/^Imported backend\.json: /);
    await waitFor(() => expect(names()).toEqual(['Ada @ada', 'Grace @grace']));
    expect((await db.candidates.toArray()).find((candidate) => candidate.githubLogin === 'ada')?.note).toBe('from the other laptop');
  });

  it('refuses a bad file whole, says where it is wrong, and changes nothing', async () => {
    const { db } = await openPage([person('ada')]);
    await waitFor(() => expect(names()).toHaveLength(1));
    const bad = JSON.stringify({ format: 'pyvet-shortlist', version: 1, exportedAt: new Date(NOW).toISOString(), shortlist: { name: 'X' }, candidates: [{ id: 1 }] });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [new File([bad], 'bad.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Nothing imported from bad\.json: .*candidates\[0\]\.id/);
    expect(screen.queryByTestId('import-preview')).toBeNull();
    expect(await db.candidates.count()).toBe(1);
  });

  it('lists a record that fails the schema, says what is wrong, and refuses to export or show it rather than drop it', async () => {
    const { db, download } = await openPage([person('ada'), person('bob')]);
    await waitFor(() => expect(names()).toHaveLength(2));
    const bob = (await db.candidates.where('githubLogin').equals('bob').first())!;
    // As a future version might have written it: a stage this one does not know.
    const odd = { ...bob, stage: 'offer' };
    await db.transaction('rw', db.candidates, db.candidateSummaries, async () => {
      await db.candidates.put(odd as never);
      await db.candidateSummaries.put(summarizeStored(odd)!);
    });
    expect((await screen.findByTestId('unreadable')).textContent).toMatch(/^1 saved record does not fit pyvet’s schema .*: Bob \(stage: /);
    expect(names()).toContain('Bob (unreadable) @bob');

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect((await screen.findByTestId('notice')).textContent).toMatch(/^Not done: 1 saved record could not be read and is kept as stored: Bob \(stage: /);
    expect(download).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Bob' }));
    expect((await screen.findByTestId('candidate-unreadable')).textContent).toMatch(/does not fit pyvet’s schema, so it cannot be shown: stage: .*kept as stored/);
    expect(await db.candidates.get(bob.id)).toEqual(odd);
  });
});
