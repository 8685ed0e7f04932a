import { useState, type FormEvent } from 'react';
import type { Shortlist } from '@/lib/shortlists/records';

/** Rename or delete the shortlist in view (deleting a list keeps its candidates). */
export function ShortlistManager(props: {
  shortlist: Shortlist;
  /** Resolves true once renamed; on false the form stays open with the name typed. */
  onRename: (name: string) => Promise<boolean>;
  onDelete: () => Promise<unknown>;
}) {
  const [name, setName] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name === null) return;
    void props.onRename(name).then((renamed) => renamed && setName(null));
  };
  if (name === null) {
    return (
      <p className="pyvet-actions" data-testid="shortlist-manager">
        <button type="button" onClick={() => setName(props.shortlist.name)}>
          Rename list
        </button>
        <button type="button" onClick={() => void props.onDelete()}>
          Delete list
        </button>
      </p>
    );
  }
  return (
    <form className="pyvet-actions" onSubmit={submit} data-testid="shortlist-manager">
      <label className="pyvet-field">
        New name
        <input value={name} onChange={(event) => setName(event.target.value)} maxLength={120} required autoFocus />
      </label>
      <button type="submit">Save name</button>
      <button type="button" onClick={() => setName(null)}>
        Cancel
      </button>
    </form>
  );
}
