import { useEffect, useState } from 'react';
import { exportFileName, shortlistCsv, shortlistJson } from '@/lib/export/shortlist-export';
import { STAGE_LABELS, type Candidate, type Shortlist } from '@/lib/store/records';
import { formatDate } from '@/lib/time';

export interface ShortlistsPageProps {
  load: () => Promise<{ shortlist: Shortlist; candidates: Candidate[] }[]>;
  /** Offers a file to the user (a download in the extension page). */
  download: (fileName: string, mimeType: string, content: string) => void;
  now?: () => number;
}

/** Saved candidates by shortlist, with their stage and note, and exports. */
export function ShortlistsPage({ load, download, now = Date.now }: ShortlistsPageProps) {
  const [lists, setLists] = useState<{ shortlist: Shortlist; candidates: Candidate[] }[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    load().then(setLists, (error: unknown) => setProblem(`Could not open pyvet’s database: ${String(error)}`));
  }, [load]);

  return (
    <main className="pyvet-page" aria-labelledby="pyvet-shortlists-title">
      <h1 id="pyvet-shortlists-title">Shortlists</h1>
      {problem && <p role="alert">{problem}</p>}
      {lists === null && !problem && <p role="status">Opening your shortlists…</p>}
      {lists?.length === 0 && (
        <p data-testid="shortlists-empty">No shortlists yet. Candidates you save while browsing will appear here.</p>
      )}
      {lists?.map(({ shortlist, candidates }) => (
        <section key={shortlist.id} aria-labelledby={`pyvet-list-${shortlist.id}`} data-testid="shortlist">
          <h2 id={`pyvet-list-${shortlist.id}`}>
            {shortlist.name} <span className="pyvet-hint">({candidates.length})</span>
          </h2>
          <p className="pyvet-actions">
            <button type="button" onClick={() => download(exportFileName(shortlist.name, 'csv'), 'text/csv', shortlistCsv(candidates))}>
              Export CSV
            </button>
            <button
              type="button"
              onClick={() => download(exportFileName(shortlist.name, 'json'), 'application/json', shortlistJson(shortlist, candidates, now()))}
            >
              Export JSON
            </button>
          </p>
          <table className="pyvet-table">
            <thead>
              <tr>
                <th scope="col">Candidate</th>
                <th scope="col">Stage</th>
                <th scope="col">Note</th>
                <th scope="col">Updated</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((candidate) => (
                <tr key={candidate.id} data-testid="candidate-row">
                  <th scope="row">
                    {candidate.displayName ?? candidate.githubLogin ?? 'Unnamed'}
                    {candidate.githubLogin && (
                      <>
                        {' '}
                        <a href={`https://github.com/${encodeURIComponent(candidate.githubLogin)}`} target="_blank" rel="noopener noreferrer">
                          @{candidate.githubLogin}
                        </a>
                      </>
                    )}
                  </th>
                  <td>{STAGE_LABELS[candidate.stage]}</td>
                  <td>{candidate.note}</td>
                  <td>{formatDate(candidate.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </main>
  );
}
