import { useEffect, useState } from 'react';
import type { PyvetDatabase } from '@/lib/store/db';
import type { Shortlist } from '@/lib/store/records';

/** The shortlists workspace. Saving candidates arrives in a later version; this lists what is saved. */
export function ShortlistsPage({ db }: { db: PyvetDatabase }) {
  const [shortlists, setShortlists] = useState<Shortlist[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    db.shortlists
      .orderBy('updatedAt')
      .reverse()
      .toArray()
      .then(setShortlists, (error: unknown) => setProblem(`Could not open pyvet’s database: ${String(error)}`));
  }, [db]);

  return (
    <main className="pyvet-page" aria-labelledby="pyvet-shortlists-title">
      <h1 id="pyvet-shortlists-title">Shortlists</h1>
      {problem && <p role="alert">{problem}</p>}
      {shortlists === null && !problem && <p role="status">Opening your shortlists…</p>}
      {shortlists?.length === 0 && (
        <p data-testid="shortlists-empty">No shortlists yet. Candidates you save while browsing will appear here.</p>
      )}
      {shortlists && shortlists.length > 0 && (
        <ul data-testid="shortlists">
          {shortlists.map((shortlist) => (
            <li key={shortlist.id}>
              {shortlist.name} ({shortlist.candidateIds.length})
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
