import { useEffect, useState, type FormEvent } from 'react';
import type { CandidateSaving } from '@/lib/ui/candidate-saving';
import { assessmentOf, scorableMustHaves } from '@/lib/judgement/assessment';
import type { Verdict } from '@/lib/judgement/verdict';
import { DEFAULT_SHORTLIST } from '@/lib/store/candidates';
import { STAGE_LABELS, StageSchema, type Candidate, type QuickScores, type Stage } from '@/lib/shortlists/records';
import { formatTimeAgo } from '@/lib/text/time';
import { CandidateHistory } from './CandidateHistory';
import { QuickScore } from './QuickScore';
import { StageOptions } from '../common/StageOptions';

/** Tags as typed: comma-separated, trimmed, empty ones dropped. */
export const parseTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);

/**
 * "Save": puts the person on a shortlist at a funnel stage, with quick
 * scores of the role's must-haves, a note and tags; shows what was saved
 * before. Two clicks from an open sidebar or popup: score (optional), Save.
 */
export function SaveCandidate(props: {
  githubLogin: string | null;
  displayName: string | null;
  profileUrl: string;
  saving: CandidateSaving;
  /** The verdict against the active role: its must-haves are scored, and it is saved with the candidate. */
  verdict: Verdict | null;
  now?: () => number;
}) {
  const { githubLogin, profileUrl, saving, verdict } = props;
  const [saved, setSaved] = useState<Candidate | null>(null);
  const [shortlists, setShortlists] = useState<string[]>([]);
  const [stage, setStage] = useState<Stage>('profile-filter');
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [scores, setScores] = useState<QuickScores>({});
  const [shortlist, setShortlist] = useState(DEFAULT_SHORTLIST);
  const [status, setStatus] = useState<string | null>(null);
  const now = props.now ?? Date.now;

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
          setTags(found.candidate.tags.join(', '));
          setScores(found.candidate.scores);
        }
      },
      () => live && setStatus('Could not read saved candidates.'),
    );
    return () => {
      live = false;
    };
  }, [saving, githubLogin, profileUrl]);

  // A save, stage change or merge made elsewhere shows here at once; what is being typed stays.
  useEffect(
    () =>
      saving.watch(() => {
        saving.load(githubLogin, profileUrl).then(
          (found) => setSaved(found.candidate),
          () => undefined, // The next change tries again; the form keeps working meanwhile.
        );
      }),
    [saving, githubLogin, profileUrl],
  );

  const skills = verdict ? scorableMustHaves(verdict) : [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const result = await saving.save({
        githubLogin,
        displayName: props.displayName,
        profileUrl,
        stage,
        note,
        shortlist,
        // Only the active role's must-haves: a score kept from another role stays as it was.
        scores: Object.fromEntries(Object.entries(scores).filter(([skill]) => skills.includes(skill))),
        tags: parseTags(tags),
        assessment: verdict ? assessmentOf(verdict, now()) : null,
      });
      setSaved(result.candidate);
      setStatus(`Saved to “${result.shortlist.name}” at ${STAGE_LABELS[stage]}.`);
    } catch (error) {
      setStatus(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return (
    <form className="pyvet-save" onSubmit={(event) => void submit(event)} aria-labelledby="pyvet-save-title" data-testid="save-candidate">
      <h3 id="pyvet-save-title" className="pyvet-section-title">
        Save
      </h3>
      {saved && (
        <p className="pyvet-note" data-testid="saved-state">
          Saved · {STAGE_LABELS[saved.stage]} · {formatTimeAgo(saved.updatedAt, now())} · {saved.history.length}{' '}
          {saved.history.length === 1 ? 'save' : 'saves'}
        </p>
      )}
      <QuickScore skills={skills} scores={scores} onChange={setScores} idPrefix="pyvet-save" />
      <p className="pyvet-login-field">
        <label htmlFor="pyvet-save-stage">Stage</label>
        <select id="pyvet-save-stage" value={stage} onChange={(event) => setStage(StageSchema.parse(event.target.value))}>
          <StageOptions />
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
      <p className="pyvet-login-field">
        <label htmlFor="pyvet-save-tags">Tags, comma-separated</label>
        <input id="pyvet-save-tags" value={tags} maxLength={600} onChange={(event) => setTags(event.target.value)} placeholder="async, remote" />
      </p>
      <button type="submit" className="pyvet-button">
        Save
      </button>
      {status && (
        <p role="status" className="pyvet-note" data-testid="save-status">
          {status}
        </p>
      )}
      {saved && saved.history.length > 0 && <CandidateHistory history={saved.history} />}
    </form>
  );
}
