import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { kitchenSinkWarning } from '@/lib/judgement/kitchen-sink';
import type { RoleScorecard, Thresholds } from '@/lib/judgement/scorecard';
import { isBuiltInRole } from '@/lib/judgement/templates';

export interface ScorecardEditorProps {
  list: () => Promise<RoleScorecard[]>;
  save: (scorecard: RoleScorecard) => Promise<void>;
  /** Deletes (a template: resets) and returns what was there, for undo. */
  remove: (id: string) => Promise<RoleScorecard | undefined>;
  getActiveId: () => Promise<string>;
  setActiveId: (id: string) => Promise<void>;
  thresholds: Thresholds;
  newId: () => string;
  now?: () => number;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line, index, all) => line !== '' && all.indexOf(line) === index);

type Draft = { id: string; name: string; templateId: RoleScorecard['templateId']; mustHave: string; niceToHave: string; notRequired: string };

const toDraft = (scorecard: RoleScorecard): Draft => ({
  id: scorecard.id,
  name: scorecard.name,
  templateId: scorecard.templateId,
  mustHave: scorecard.mustHave.join('\n'),
  niceToHave: scorecard.niceToHave.join('\n'),
  notRequired: scorecard.notRequired.join('\n'),
});

/** The role scorecards: pick the active one; create, duplicate, edit, rename, delete (with undo), reset templates. */
export function ScorecardEditor(props: ScorecardEditorProps) {
  const { list, getActiveId } = props;
  const now = props.now ?? Date.now;
  const [roles, setRoles] = useState<RoleScorecard[] | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [undo, setUndo] = useState<RoleScorecard | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  // Bumped after every write; the effect below reads the roles again.
  const [revision, setRevision] = useState(0);
  const reload = useCallback(async () => setRevision((count) => count + 1), []);

  useEffect(() => {
    let live = true;
    Promise.all([list(), getActiveId()]).then(
      ([all, active]) => {
        if (!live) return;
        setRoles(all);
        setActiveId(active);
      },
      (error: unknown) => live && setStatus(`Could not read the saved roles: ${String(error)}`),
    );
    return () => {
      live = false;
    };
  }, [list, getActiveId, revision]);

  const draftScorecard = (value: Draft): RoleScorecard => ({
    id: value.id,
    name: value.name.trim() || 'Untitled role',
    templateId: value.templateId,
    mustHave: lines(value.mustHave),
    niceToHave: lines(value.niceToHave),
    notRequired: lines(value.notRequired),
    updatedAt: now(),
  });

  /** Runs one change; a failure is said in the status line, never lost. */
  const attempt = (action: () => Promise<void>) => {
    action().catch((error: unknown) => setStatus(`That did not work: ${String(error)}`));
  };

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    await props.save(draftScorecard(draft));
    setStatus(`Saved “${draft.name.trim() || 'Untitled role'}”.`);
    setDraft(null);
    await reload();
  };

  const onDuplicate = async (role: RoleScorecard) => {
    const copy = { ...role, id: props.newId(), name: `${role.name} (copy)`, templateId: null, updatedAt: now() };
    await props.save(copy);
    setStatus(`Duplicated as “${copy.name}”.`);
    await reload();
  };

  const onRemove = async (role: RoleScorecard) => {
    const removed = await props.remove(role.id);
    setUndo(removed ?? null);
    setStatus(isBuiltInRole(role) ? `Reset “${role.name}” to its template.` : `Deleted “${role.name}”.`);
    await reload();
  };

  const onUndo = async () => {
    if (!undo) return;
    await props.save(undo);
    setStatus(`Restored “${undo.name}”.`);
    setUndo(null);
    await reload();
  };

  const onActivate = async (id: string) => {
    // Shown at once; every open sidebar follows when the setting lands in storage.
    setActiveId(id);
    await props.setActiveId(id);
  };

  const warning = draft ? kitchenSinkWarning(draftScorecard(draft), props.thresholds) : null;

  return (
    <section aria-labelledby="pyvet-roles-title">
      <h2 id="pyvet-roles-title">Roles</h2>
      <p>
        The active role is what every profile is held against. A must-have is a skill whose absence would force a
        redesign of the first milestone; “not required” skills never count against a candidate.
      </p>
      {roles === null && <p role="status">Loading roles…</p>}
      <ul className="pyvet-role-list" data-testid="role-list">
        {(roles ?? []).map((role) => (
          <li key={role.id} data-role-id={role.id}>
            <label>
              <input type="radio" name="pyvet-active-role" checked={role.id === activeId} onChange={() => attempt(() => onActivate(role.id))} />{' '}
              {role.name}
            </label>{' '}
            <span className="pyvet-hint">
              {role.mustHave.length} must-have, {role.niceToHave.length} nice-to-have
            </span>{' '}
            <button type="button" onClick={() => setDraft(toDraft(role))} aria-label={`Edit ${role.name}`}>
              Edit
            </button>{' '}
            <button type="button" onClick={() => attempt(() => onDuplicate(role))} aria-label={`Duplicate ${role.name}`}>
              Duplicate
            </button>{' '}
            <button type="button" onClick={() => attempt(() => onRemove(role))} aria-label={`${isBuiltInRole(role) ? 'Reset' : 'Delete'} ${role.name}`}>
              {isBuiltInRole(role) ? 'Reset' : 'Delete'}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => setDraft({ id: props.newId(), name: '', templateId: null, mustHave: '', niceToHave: '', notRequired: '' })}
      >
        New role
      </button>
      {status && (
        <p role="status" data-testid="roles-status">
          {status}
          {undo && (
            <>
              {' '}
              <button type="button" onClick={() => attempt(() => onUndo())}>
                Undo
              </button>
            </>
          )}
        </p>
      )}

      {draft && (
        <form className="pyvet-role-form" onSubmit={(event) => attempt(() => onSave(event))} aria-label="Edit role">
          <p>
            <label htmlFor="pyvet-role-name">Name</label>
            <input id="pyvet-role-name" value={draft.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} required />
          </p>
          {(
            [
              ['mustHave', 'Must-have (one per line)'],
              ['niceToHave', 'Nice-to-have'],
              ['notRequired', 'Not required'],
            ] as const
          ).map(([bucket, label]) => (
            <p key={bucket}>
              <label htmlFor={`pyvet-role-${bucket}`}>{label}</label>
              <textarea
                id={`pyvet-role-${bucket}`}
                rows={5}
                value={draft[bucket]}
                onChange={(event) => setDraft({ ...draft, [bucket]: event.target.value })}
              />
            </p>
          ))}
          {warning?.message && (
            <p role="alert" data-testid="kitchen-sink-warning">
              {warning.message}
            </p>
          )}
          <button type="submit">Save role</button>{' '}
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      )}
    </section>
  );
}
