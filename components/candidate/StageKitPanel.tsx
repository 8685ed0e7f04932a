import { useState } from 'react';
import { KIT_LABELS, KitIdSchema, StageOutcomeSchema, type KitId, type StageOutcome } from '@/lib/judgement/funnel';
import { kitPlanMarkdown, stageKitMarkdown, taskBriefMarkdown } from '@/lib/judgement/kits/kit-markdown';
import type { StageKit } from '@/lib/judgement/kits/kit-schema';
import type { Candidate } from '@/lib/shortlists/records';
import { closedAt, describeOutcomes, latestOutcomes } from '@/lib/shortlists/stage-outcomes';
import type { CandidateSaving } from '@/lib/ui/candidate-saving';
import { downloadFile } from '@/lib/ui/download';

const OUTCOME_LABELS: Record<StageOutcome, string> = { advance: 'Advance', hold: 'Hold', reject: 'Reject' };

/** The kit a candidate needs next: the technical screen after the profile filter, the stage they are at, and the first 30 days once closed. */
export function kitToOffer(candidate: Pick<Candidate, 'stage' | 'history'> | null): KitId {
  if (!candidate || candidate.stage === 'profile-filter') return 'technical-screen';
  if (candidate.stage === 'close' && closedAt(candidate.history) !== null) return 'first-30-days';
  return candidate.stage;
}

/** "Prepare technical screen": the stage's kit, its checklist, and the outcome to record, once the candidate is saved. */
export function StageKitPanel(props: {
  /** The saved record of the person on the page; nothing to prepare until there is one. */
  saved: Candidate | null;
  githubLogin: string | null;
  profileUrl: string;
  candidateName: string;
  kits: StageKit[];
  saving: CandidateSaving;
  copy: (text: string) => Promise<void>;
}) {
  const { saved, githubLogin, profileUrl, saving, kits, candidateName } = props;
  // The reviewer may open another stage's kit; until then the one the candidate needs next is offered.
  const [chosen, setChosen] = useState<KitId | null>(null);
  const [open, setOpen] = useState(false);
  const [checks, setChecks] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<StageOutcome>('advance');
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<string | null>(null);

  if (!saved) return null;
  const kitId = chosen ?? kitToOffer(saved);
  const kit = kits.find((candidate) => candidate.id === kitId);
  if (!kit) return null;
  const outcomes = describeOutcomes(saved.history);

  // What was ticked when this stage was last recorded shows as done (the 30-day plan's progress, a screen resumed).
  const ticked = (id: KitId) => new Set(latestOutcomes(saved.history)[id]?.checks ?? []);
  const choose = (id: KitId) => {
    setChosen(id);
    setChecks(ticked(id));
    setStatus(null);
  };
  const toggle = (item: string) =>
    setChecks((previous) => {
      const next = new Set(previous);
      if (!next.delete(item)) next.add(item);
      return next;
    });
  const say = (action: () => Promise<unknown>, done: string) =>
    void action().then(
      () => setStatus(done),
      (error: unknown) => setStatus(`Not done: ${error instanceof Error ? error.message : String(error)}`),
    );
  const record = async () => {
    const answer = await saving.recordOutcome({
      githubLogin,
      profileUrl,
      kit: kit.id,
      result,
      // In the kit's own order, whatever order they were ticked in.
      checks: kit.checklist.filter((item) => checks.has(item)),
      note: note.trim(),
    });
    if (answer.status === 'error') throw new Error(answer.message);
    setChosen(null);
    setChecks(new Set());
    setNote('');
    setOpen(false);
  };

  return (
    <section className="pyvet-kit" aria-labelledby="pyvet-kit-title" data-testid="stage-kit">
      <h3 id="pyvet-kit-title" className="pyvet-section-title">
        Next stage
      </h3>
      {outcomes.length > 0 && (
        <ul className="pyvet-note" data-testid="stage-outcomes">
          {outcomes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p className="pyvet-login-field">
        <label htmlFor="pyvet-kit-choice">Stage kit</label>
        <select id="pyvet-kit-choice" value={kit.id} onChange={(event) => choose(KitIdSchema.parse(event.target.value))}>
          {KitIdSchema.options.map((id) => (
            <option key={id} value={id}>
              {KIT_LABELS[id]}
            </option>
          ))}
        </select>
      </p>
      {!open ? (
        <button
          type="button"
          className="pyvet-button"
          aria-expanded={false}
          onClick={() => {
            setChecks(ticked(kit.id));
            setOpen(true);
          }}
        >
          Prepare {KIT_LABELS[kit.id].toLowerCase()}
        </button>
      ) : (
        <div data-testid="kit-body">
          <h4 className="pyvet-kit-title">
            {kit.title}
            {kit.timeBox && <span className="pyvet-note"> · {kit.timeBox}</span>}
          </h4>
          {kit.sections.map((section) => (
            <div key={section.heading}>
              <h5 className="pyvet-kit-heading">
                {section.heading}
                {section.reviewerOnly && <span className="pyvet-note"> (for you only)</span>}
              </h5>
              <ul>
                {section.items.map((item, index) => (
                  <li key={index}>
                    {item.date && <strong>{item.date}: </strong>}
                    {item.text}
                    {item.detail && <span className="pyvet-note"> {item.detail}</span>}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <fieldset className="pyvet-kit-checklist">
            <legend>Checklist</legend>
            {kit.checklist.map((item) => (
              <label key={item}>
                <input type="checkbox" checked={checks.has(item)} onChange={() => toggle(item)} /> {item}
              </label>
            ))}
          </fieldset>
          <fieldset className="pyvet-kit-outcome">
            <legend>Outcome</legend>
            {StageOutcomeSchema.options.map((option) => (
              <label key={option}>
                <input type="radio" name="pyvet-kit-outcome" value={option} checked={result === option} onChange={() => setResult(option)} />{' '}
                {OUTCOME_LABELS[option]}
              </label>
            ))}
          </fieldset>
          <p className="pyvet-login-field">
            <label htmlFor="pyvet-kit-note">Note on this stage</label>
            <textarea id="pyvet-kit-note" rows={2} maxLength={5000} value={note} onChange={(event) => setNote(event.target.value)} />
          </p>
          <p className="pyvet-kit-actions">
            <button type="button" className="pyvet-button" onClick={() => say(record, `Recorded: ${KIT_LABELS[kit.id]}, ${result}.`)}>
              Record outcome
            </button>
            <button type="button" onClick={() => say(() => props.copy(stageKitMarkdown(kit, { candidateName })), 'Copied the kit as Markdown.')}>
              Copy kit
            </button>
            <button
              type="button"
              onClick={() => say(() => props.copy(kitPlanMarkdown(kits, candidateName, profileUrl)), 'Copied the whole plan as Markdown.')}
            >
              Copy whole plan
            </button>
            {kit.id === 'practical-task' && (
              <button
                type="button"
                onClick={() =>
                  say(async () => downloadFile(briefFileName(candidateName), 'text/markdown', taskBriefMarkdown(kit, candidateName)), 'Downloaded the task brief.')
                }
              >
                Download task brief
              </button>
            )}
          </p>
        </div>
      )}
      {status && (
        <p role="status" className="pyvet-note" data-testid="kit-status">
          {status}
        </p>
      )}
    </section>
  );
}

/** "practical-task-ada-lovelace.md" */
function briefFileName(candidateName: string): string {
  const slug = candidateName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `practical-task${slug ? `-${slug}` : ''}.md`;
}
