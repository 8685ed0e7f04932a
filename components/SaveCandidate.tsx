import { useEffect, useState, type FormEvent } from 'react';
import type { CandidateSaving } from '@/lib/candidate-saving';
import { DEFAULT_SHORTLIST } from '@/lib/store/candidates';
import { STAGE_LABELS, StageSchema, type Candidate, type Stage } from '@/lib/store/records';
import { formatTimeAgo } from '@/lib/time';

/** "Save": puts the person on a shortlist at a funnel stage, with a note; shows what was saved before. */
export function SaveCandidate(props: {
  githubLogin: string | null;
  displayName: string | null;
  profileUrl: string;
  saving: CandidateSaving;
  now?: () => number;
}) {
  const { githubLogin, profileUrl, saving } = props;
  const [saved, setSaved] = useState<Candidate | null>(null);
  const [shortlists, setShortlists] = useState<string[]>([]);
  const [stage, setStage] = useState<Stage>('profile-filter');
  const [note, setNote] = useState('');
  const [shortlist, setShortlist] = useState(DEFAULT_SHORTLIST);
  const [status, setStatus] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    saving.load(githubLogin, profileUrl).then(
      (found) => {
        if (!live) return;
        setShortlists(found.shortlists);
        if (found.shortlists[0]) setShortlist(found.shortlists[0]);
        if (found.candidate) {
          setSaved(found.candidate);
          setStage(found.candidate.stage);
          setNote(found.candidate.note);
        }
      },
      () => live && setStatus('Could not read saved candidates.'),
    );
    return () => {
      live = false;
    };
  }, [saving, githubLogin, profileUrl]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await saving.save({ githubLogin, displayName: props.displayName, profileUrl, stage, note, shortlist });
      setSaved(result.candidate);
      setStatus(`Saved to “${result.shortlist.name}” at ${STAGE_LABELS[stage]}.`);
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const now = (props.now ?? Date.now)();
  return (
    <form className="pyvet-save" onSubmit={(event) => void submit(event)} aria-labelledby="pyvet-save-title" data-testid="save-candidate">
      <h3 id="pyvet-save-title" className="pyvet-section-title">
        Save
      </h3>
      {saved && (
        <p className="pyvet-note" data-testid="saved-state">
          Saved · {STAGE_LABELS[saved.stage]} · {formatTimeAgo(saved.updatedAt, now)} · {saved.history.length}{' '}
          {saved.history.length === 1 ? 'save' : 'saves'}
        </p>
      )}
      <p className="pyvet-login-field">
        <label htmlFor="pyvet-save-stage">Stage</label>
        <select id="pyvet-save-stage" value={stage} onChange={(event) => setStage(StageSchema.parse(event.target.value))}>
          {StageSchema.options.map((option) => (
            <option key={option} value={option}>
              {STAGE_LABELS[option]}
            </option>
          ))}
        </select>
      </p>
      <p className="pyvet-login-field">
        <label htmlFor="pyvet-save-shortlist">Shortlist</label>
        <input id="pyvet-save-shortlist" list="pyvet-shortlist-names" value={shortlist} onChange={(event) => setShortlist(event.target.value)} />
        <datalist id="pyvet-shortlist-names">
          {shortlists.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </p>
      <p className="pyvet-login-field">
        <label htmlFor="pyvet-save-note">Note</label>
        <textarea id="pyvet-save-note" rows={2} value={note} maxLength={5000} onChange={(event) => setNote(event.target.value)} />
      </p>
      <button type="submit" className="pyvet-button">
        Save
      </button>
      {status && (
        <p role="status" className="pyvet-note" data-testid="save-status">
          {status}
        </p>
      )}
    </form>
  );
}
