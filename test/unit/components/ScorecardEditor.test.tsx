import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScorecardEditor } from '@/components/options/ScorecardEditor';
import { ThresholdSettings } from '@/components/options/ThresholdSettings';
import { DEFAULT_THRESHOLDS } from '@/lib/judgement/scorecard';
import { PyvetDatabase } from '@/lib/store/db';
import { ScorecardStore } from '@/lib/store/scorecards';

let counter = 0;
const databases: PyvetDatabase[] = [];
afterEach(async () => {
  // Unmount first: a mounted editor may still be reading the database being deleted.
  cleanup();
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

function renderEditor() {
  const db = new PyvetDatabase(`pyvet-editor-${++counter}`);
  databases.push(db);
  const store = new ScorecardStore(db);
  let active = 'template-backend';
  let ids = 0;
  const setActiveId = vi.fn(async (id: string) => {
    active = id;
  });
  render(
    <ScorecardEditor
      list={() => store.list()}
      save={(scorecard) => store.save(scorecard)}
      remove={(id) => store.remove(id)}
      getActiveId={async () => active}
      setActiveId={setActiveId}
      thresholds={DEFAULT_THRESHOLDS}
      newId={() => `role-${++ids}`}
    />,
  );
  return { store, setActiveId };
}

describe('ScorecardEditor', () => {
  it('lists the three templates in DOMAIN order with the backend one active', async () => {
    renderEditor();
    const list = await screen.findByTestId('role-list');
    await within(list).findByText('Product backend');
    expect(within(list).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).checked)).toEqual([true, false, false]);
    expect(list.textContent).toContain('Data pipeline');
    expect(list.textContent).toContain('AI application');
  });

  it('creates a role, warns about a kitchen sink, and makes a role active', async () => {
    const { store, setActiveId } = renderEditor();
    await screen.findByText('Product backend');
    fireEvent.click(screen.getByRole('button', { name: 'New role' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Platform' } });
    fireEvent.change(screen.getByLabelText('Must-have (one per line)'), {
      target: { value: 'Django\nFastAPI\nAirflow\nSpark\nTensorFlow\nLangChain\nKubernetes\nDevOps\nmobile\n' },
    });
    expect(screen.getByTestId('kitchen-sink-warning').textContent).toContain('first milestone');
    fireEvent.click(screen.getByRole('button', { name: 'Save role' }));
    await waitFor(() => expect(screen.getByTestId('roles-status').textContent).toBe('Saved “Platform”.'));
    expect((await store.get('role-1'))?.mustHave).toHaveLength(9);
    fireEvent.click(await screen.findByRole('radio', { name: 'Platform' }));
    expect(setActiveId).toHaveBeenCalledWith('role-1');
  });

  it('duplicates and renames, deletes with undo, and resets a template instead of losing it', async () => {
    const { store } = renderEditor();
    fireEvent.click(await screen.findByRole('button', { name: 'Duplicate Data pipeline' }));
    expect((await screen.findByTestId('roles-status')).textContent).toBe('Duplicated as “Data pipeline (copy)”.');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Data pipeline (copy)' }));
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Analytics' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save role' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Analytics' }));
    await waitFor(() => expect(screen.getByTestId('roles-status').textContent).toContain('Deleted “Analytics”.'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Analytics' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('button', { name: 'Delete Analytics' })).toBeTruthy();

    const backend = (await store.get('template-backend'))!;
    await store.save({ ...backend, mustHave: ['COBOL'] });
    fireEvent.click(screen.getByRole('button', { name: 'Reset Product backend' }));
    await waitFor(() => expect(screen.getByTestId('roles-status').textContent).toContain('Reset “Product backend” to its template.'));
    expect((await store.get('template-backend'))?.mustHave).toContain('FastAPI');
    expect(screen.getByRole('button', { name: 'Reset Product backend' })).toBeTruthy();
  });
});

describe('ThresholdSettings', () => {
  it('saves valid thresholds and names the field that is out of range', async () => {
    const save = vi.fn(async () => {});
    render(<ThresholdSettings load={async () => DEFAULT_THRESHOLDS} save={save} />);
    const stale = await screen.findByLabelText('Python work counts as stale after (months)');
    fireEvent.change(stale, { target: { value: '6' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save thresholds' }));
    expect((await screen.findByTestId('thresholds-status')).textContent).toMatch(/^Thresholds saved/);
    expect(save).toHaveBeenCalledWith({ ...DEFAULT_THRESHOLDS, staleMonths: 6 });
    fireEvent.change(stale, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save thresholds' }));
    expect((await screen.findByTestId('thresholds-status')).textContent).toMatch(/^Not saved: “Python work counts as stale after \(months\)”/);
    expect(save).toHaveBeenCalledTimes(1);
  });
});
