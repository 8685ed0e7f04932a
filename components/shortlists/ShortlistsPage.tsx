import { lazy, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { plural } from '@/lib/text/plural';
import { buildRows, DEFAULT_QUERY, filterOptions, queryRows, type Comparison, type SortKey, type TableQuery } from '@/lib/shortlists/table';
import type { ShortlistsData } from '@/lib/ui/shortlists-data';
import type { PipelineSnapshot } from '@/lib/store/watch-pipeline';
import type { Candidate } from '@/lib/shortlists/records';
import type { CandidateSummary } from '@/lib/shortlists/summary';
import { ShortlistFilters } from './ShortlistFilters';
import { ShortlistTable } from './ShortlistTable';
import { NoticeBar, type Notice, type RunAction } from './NoticeBar';
import { ShortlistManager } from './ShortlistManager';
import { SelectionActions } from './SelectionActions';
import type { AtsSending } from '@/lib/ui/ats-sending';
import { ATS_VENDOR_NAMES } from '@/lib/shortlists/records';
import type { AtsConnectionSummary } from '@/lib/messaging/protocol';
import { continueFrameSearch, type FrameSearch } from '@/lib/ui/page-frame';

export interface ShortlistsPageProps {
  data: ShortlistsData;
  /** Offers a file to the user (a download in the extension page). */
  download: (fileName: string, mimeType: string, content: string) => void;
  /** Sending to the team's ATS, when one is connected in the options. */
  ats: AtsSending;
  now?: () => number;
  /** Removes the frame the page's HTML painted, returning what was typed into its search field (lib/ui/page-frame.ts). */
  takeOverFrame?: () => FrameSearch | null;
}

/** The panels and exports the first screen does not need (later-panels.ts), loaded once it is shown. */
const loadLaterPanels = () => import('./later-panels');
const AtsCsvExport = lazy(() => loadLaterPanels().then((panels) => ({ default: panels.AtsCsvExport })));
const AtsSendPanel = lazy(() => loadLaterPanels().then((panels) => ({ default: panels.AtsSendPanel })));
const CandidateDetails = lazy(() => loadLaterPanels().then((panels) => ({ default: panels.CandidateDetails })));
const CompareCandidates = lazy(() => loadLaterPanels().then((panels) => ({ default: panels.CompareCandidates })));
const ImportPanel = lazy(() => loadLaterPanels().then((panels) => ({ default: panels.ImportPanel })));

/** A page without a frame in its HTML (tests, say). */
const NO_FRAME = () => null;

/** How a message names a saved record: its name or login, else its id (a record that fails the schema may have neither). */
function recordLabel(record: Pick<CandidateSummary, 'id' | 'displayName' | 'githubLogin'>): string {
  return record.displayName ?? record.githubLogin ?? record.id;
}

/** The pipeline: every saved candidate, by shortlist, to search, filter, sort, change in bulk, compare, export and import. */
export function ShortlistsPage({ data, download, ats, now = Date.now, takeOverFrame = NO_FRAME }: ShortlistsPageProps) {
  const [pipeline, setPipeline] = useState<PipelineSnapshot | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [query, setQuery] = useState<TableQuery>(DEFAULT_QUERY);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [openId, setOpenId] = useState<string | null>(null);
  const [opened, setOpened] = useState<{ candidate: Candidate } | { id: string; problem: string } | null>(null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [atsConnection, setAtsConnection] = useState<AtsConnectionSummary | null>(null);
  /** The candidates being sent to the ATS, fixed when the panel opened. */
  const [sendingIds, setSendingIds] = useState<string[] | null>(null);
  const searchField = useRef<HTMLDivElement>(null);

  // Before the first paint: the frame goes, and its search goes on in the page's field, as typed.
  useLayoutEffect(() => {
    continueFrameSearch(takeOverFrame(), searchField.current?.querySelector('input'), (search) => setQuery((previous) => ({ ...previous, search })));
  }, [takeOverFrame]);

  useEffect(
    () => data.watch(setPipeline, (error) => setProblem(`Could not open pyvet’s database: ${error instanceof Error ? error.message : String(error)}`)),
    [data],
  );

  // Once the first screen is shown, fetch what the rest of the page needs.
  const firstScreenShown = pipeline !== null;
  useEffect(() => {
    if (firstScreenShown) loadLaterPanels().catch(() => undefined);
  }, [firstScreenShown]);

  useEffect(() => {
    ats.connection().then(setAtsConnection, () => setAtsConnection(null));
  }, [ats]);

  // "/" jumps to the search field, as on GitHub.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName);
      if (event.key !== '/' || typing) return;
      event.preventDefault();
      searchField.current?.querySelector('input')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const rows = useMemo(() => (pipeline ? buildRows(pipeline.summaries, pipeline.shortlists) : []), [pipeline]);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const visible = useMemo(() => queryRows(rows, query), [rows, query]);
  // Selection follows the data: people deleted or merged elsewhere drop out of it.
  const selectedIds = useMemo(() => visible.filter((row) => selected.has(row.summary.id)).map((row) => row.summary.id), [visible, selected]);
  const byId = useMemo(() => new Map(pipeline?.summaries.map((summary) => [summary.id, summary])), [pipeline]);
  const currentShortlist = pipeline?.shortlists.find((shortlist) => shortlist.id === query.shortlistId) ?? null;
  const unreadable = useMemo(() => pipeline?.summaries.filter((summary) => summary.problem !== null) ?? [], [pipeline]);
  // The open record is read whole, and checked, when opened and whenever its summary changes.
  const openedVersion = openId ? byId.get(openId) : undefined;
  useEffect(() => {
    if (!openedVersion) return;
    let current = true;
    data.read([openedVersion.id]).then(({ candidates: [candidate], unreadable: [problem] }) => {
      if (current) setOpened(candidate ? { candidate } : problem ? problem : null);
    }, (error: unknown) => current && setOpened({ id: openedVersion.id, problem: error instanceof Error ? error.message : String(error) }));
    return () => {
      current = false;
    };
  }, [data, openedVersion]);
  const shownRecord = openedVersion && opened && ('candidate' in opened ? opened.candidate.id : opened.id) === openedVersion.id ? opened : null;

  /** The full records of these candidates; fails, naming each that cannot be read and why, when one cannot be. */
  const readWhole = async (ids: string[]): Promise<Candidate[]> => {
    const { candidates, unreadable: failed } = await data.read(ids);
    if (failed.length > 0) {
      const names = failed.map(({ id, problem }) => {
        const listed = byId.get(id);
        return `${listed ? recordLabel(listed) : id} (${problem})`;
      });
      throw new Error(`${plural(failed.length, 'saved record')} could not be read and ${failed.length === 1 ? 'is' : 'are'} kept as stored: ${names.join('; ')}.`);
    }
    return candidates;
  };

  /** Runs an action and says how it went; true when it was done. */
  const run: RunAction = async (action) => {
    try {
      const result = await action();
      setNotice(typeof result === 'string' ? { text: result } : result);
      return true;
    } catch (error) {
      setNotice({ text: `Not done: ${error instanceof Error ? error.message : String(error)}` });
      return false;
    }
  };

  const changeQuery = (change: Partial<TableQuery>) => setQuery((previous) => ({ ...previous, ...change }));
  // Another list is another set of people: what was selected in the last one is not carried over.
  const showShortlist = (shortlistId: string | null) => {
    setSelected(new Set());
    changeQuery({ shortlistId });
  };
  const sortBy = (key: SortKey) =>
    changeQuery({ sort: { key, direction: query.sort.key === key && query.sort.direction === 'desc' ? 'asc' : 'desc' } });
  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const toggleAll = () =>
    setSelected(selectedIds.length === visible.length ? new Set() : new Set(visible.map((row) => row.summary.id)));

  const exportName = currentShortlist?.name ?? 'All candidates';
  const visibleIds = useMemo(() => visible.map((row) => row.summary.id), [visible]);
  /** Downloads the candidates in view, read whole, as a file of this kind. */
  const exportVisible = (extension: 'csv' | 'json') =>
    void run(async () => {
      const [candidates, exports] = await Promise.all([readWhole(visibleIds), loadLaterPanels()]);
      const contents =
        extension === 'csv'
          ? exports.shortlistCsv(candidates)
          : // One shortlist's file holds that shortlist; "All candidates" keeps every shortlist the people are on.
            currentShortlist
            ? exports.shortlistJson(currentShortlist, candidates, now())
            : exports.candidatesJson(candidates, pipeline?.shortlists ?? [], now());
      download(exports.exportFileName(exportName, extension), extension === 'csv' ? 'text/csv' : 'application/json', contents);
      return `Exported ${plural(candidates.length, 'candidate')} as ${extension.toUpperCase()}.`;
    });

  return (
    <main className="pyvet-page pyvet-wide" aria-labelledby="pyvet-shortlists-title">
      <h1 id="pyvet-shortlists-title">Shortlists</h1>
      {problem && <p role="alert">{problem}</p>}
      {pipeline === null && !problem && <p role="status">Opening your shortlists…</p>}
      {unreadable.length > 0 && (
        <p role="alert" data-testid="unreadable">
          {plural(unreadable.length, 'saved record')} {unreadable.length === 1 ? 'does' : 'do'} not fit pyvet’s schema and{' '}
          {unreadable.length === 1 ? 'is' : 'are'} kept as stored, marked “unreadable” below:{' '}
          {unreadable.map((summary) => `${recordLabel(summary)} (${summary.problem})`).join('; ')}.
        </p>
      )}
      {pipeline && !pipeline.complete && (
        <p role="status" data-testid="loading-rest">
          Listed {pipeline.summaries.length} of {pipeline.total} candidates, the most recent first; search covers those while the rest load…
        </p>
      )}
      {pipeline?.total === 0 && (
        <p data-testid="shortlists-empty">No candidates yet. Candidates you save while browsing will appear here, or import a pyvet JSON file.</p>
      )}

      {/* Search works at once, on what is listed so far; the actions wait for everyone, so none acts on part of a view. */}
      {!problem && (
        <div ref={searchField}>
          <ShortlistFilters query={query} options={options} onChange={changeQuery} />
        </div>
      )}

      {pipeline && (
        <>
          <nav className="pyvet-shortlist-tabs" aria-label="Shortlists">
            <button type="button" aria-pressed={query.shortlistId === null} onClick={() => showShortlist(null)}>
              All candidates ({pipeline.total})
            </button>
            {pipeline.shortlists.map((shortlist) => (
              <button
                key={shortlist.id}
                type="button"
                aria-pressed={query.shortlistId === shortlist.id}
                onClick={() => showShortlist(shortlist.id)}
                data-testid="shortlist"
              >
                {shortlist.name} ({shortlist.candidateIds.length})
              </button>
            ))}
          </nav>
          {currentShortlist && (
            <ShortlistManager
              key={currentShortlist.id}
              shortlist={currentShortlist}
              onRename={(name) => run(async () => `Renamed to “${(await data.renameShortlist(currentShortlist.id, name)).name}”.`)}
              onDelete={() =>
                run(async () => {
                  const deleted = await data.deleteShortlist(currentShortlist.id);
                  showShortlist(null);
                  return {
                    text: `Deleted the shortlist “${deleted.name}”; its candidates are still saved.`,
                    undo: async () => (await data.restoreShortlist(deleted), `Restored the shortlist “${deleted.name}”.`),
                  };
                })
              }
            />
          )}

          {pipeline.complete && (
            <div className="pyvet-toolbar" role="toolbar" aria-label="Actions on candidates">
              <span data-testid="view-count">
                {plural(visible.length, 'candidate')} shown{selectedIds.length > 0 && `, ${selectedIds.length} selected`}
              </span>
              <SelectionActions
                selected={selectedIds.map((id) => byId.get(id)).filter((candidate) => candidate !== undefined)}
                shortlists={pipeline.shortlists}
                currentShortlist={currentShortlist}
                data={data}
                run={run}
                onSelect={(ids) => setSelected(new Set(ids))}
                onCompare={setComparison}
                readWhole={readWhole}
              />
              <button type="button" disabled={visible.length === 0} onClick={() => exportVisible('csv')}>
                Export CSV
              </button>
              <button type="button" disabled={visible.length === 0} onClick={() => exportVisible('json')}>
                Export JSON
              </button>
              <Suspense fallback={null}>
                <AtsCsvExport
                  candidateIds={selectedIds.length > 0 ? selectedIds : visibleIds}
                  listName={exportName}
                  readWhole={readWhole}
                  download={download}
                  run={run}
                />
                <ImportPanel current={data.everything} apply={data.applyImport} now={now} />
              </Suspense>
              {atsConnection && (
                <button type="button" disabled={selectedIds.length === 0} title="Select the candidates to send" onClick={() => setSendingIds(selectedIds)}>
                  Send to {ATS_VENDOR_NAMES[atsConnection.vendor]}…
                </button>
              )}
            </div>
          )}

          {notice && <NoticeBar notice={notice} run={run} />}

          <Suspense fallback={<p role="status">Opening…</p>}>
            {atsConnection && sendingIds && (
              <AtsSendPanel
                key={sendingIds.join()}
                vendorName={ATS_VENDOR_NAMES[atsConnection.vendor]}
                candidateIds={sendingIds}
                sending={ats}
                onClose={() => setSendingIds(null)}
              />
            )}
            {comparison && <CompareCandidates comparison={comparison} onClose={() => setComparison(null)} />}
            {shownRecord && 'candidate' in shownRecord && (
              <CandidateDetails
                candidate={shownRecord.candidate}
                onClose={() => setOpenId(null)}
                onUnmerge={(mergedId) =>
                  void run(async () => (await data.unmerge(shownRecord.candidate.id, mergedId), 'Un-merged: the record is on its own again.'))
                }
              />
            )}
          </Suspense>
          {shownRecord && 'problem' in shownRecord && (
            <section className="pyvet-panel" data-testid="candidate-unreadable" aria-label="Unreadable record">
              <p role="alert">
                This record does not fit pyvet’s schema, so it cannot be shown: {shownRecord.problem}. It is kept as stored; nothing was changed.
              </p>
              <button type="button" onClick={() => setOpenId(null)}>
                Close
              </button>
            </section>
          )}

          {pipeline.summaries.length > 0 && (
            <ShortlistTable
              rows={visible}
              sort={query.sort}
              onSort={sortBy}
              selected={selected}
              onToggle={toggle}
              onToggleAll={toggleAll}
              onOpen={setOpenId}
            />
          )}
        </>
      )}
    </main>
  );
}
