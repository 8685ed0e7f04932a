import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DataSettings } from '@/components/options/DataSettings';
import { FreshnessSetting } from '@/components/options/FreshnessSetting';
import { OptionsPage } from '@/components/options/OptionsPage';
import { PopupPanel, type PopupPanelProps } from '@/components/popup/PopupPanel';
import type { AnalysisOutcome } from '@/lib/github/outcome';
import { DEFAULT_THRESHOLDS } from '@/lib/judgement/scorecard';
import { githubCandidate } from '@/lib/messaging/page-reading';
import type { Candidate } from '@/lib/shortlists/records';
import { candidateRecord } from '../../support/candidates';
import { fakeRoleServices } from '../../support/role-services';
import { fixtureReport } from '../../support/reports';
import { storeSaving } from '../../support/candidate-saving';

const NOW = Date.parse('2026-11-26T10:00:00Z');

const savedCandidate = (fields: Partial<Candidate>): Candidate => candidateRecord({ id: 'c1', createdAt: NOW, updatedAt: NOW, ...fields });

describe('PopupPanel', () => {
  const notFound = (): AnalysisOutcome => ({ status: 'error', error: { kind: 'not-found' } });

  function renderPopup(url: string | null, overrides: Partial<PopupPanelProps> = {}) {
    const props: PopupPanelProps = {
      getActiveTab: async () => (url ? { id: 7, url } : null),
      findLinkedAccounts: vi.fn(async () => []),
      marketplaceEnabled: vi.fn(async () => false),
      enableMarketplace: vi.fn(async () => true),
      askCandidate: vi.fn(async () => null),
      listRecent: vi.fn(async () => []),
      analyze: vi.fn(async () => notFound()),
      roles: fakeRoleServices(NOW),
      saving: storeSaving(NOW).saving,
      ats: { connection: async () => null, preview: vi.fn(), send: vi.fn() },
      openShortlists: vi.fn(),
      openOptions: vi.fn(),
      ...overrides,
    };
    render(<PopupPanel {...props} />);
    return props;
  }

  it('points at the sidebar on a GitHub profile', async () => {
    renderPopup('https://github.com/defunkt');
    expect(await screen.findByText(/sidebar is on this profile/)).toBeTruthy();
  });

  it('scores and saves the profile’s candidate in two clicks, then shows the history', async () => {
    const defunkt = await fixtureReport('defunkt', NOW);
    const { saving, db } = storeSaving(NOW);
    const props = renderPopup('https://github.com/defunkt', {
      askCandidate: vi.fn(async () => githubCandidate('defunkt')),
      analyze: vi.fn(async (): Promise<AnalysisOutcome> => ({ status: 'ok', report: defunkt, rateLimit: null })),
      saving,
    });
    const form = await screen.findByTestId('save-candidate');
    expect(props.askCandidate).toHaveBeenCalledWith(7);
    expect(screen.getByRole('heading', { name: 'Chris Wanstrath' })).toBeTruthy();
    const fastapi = within(form).getByRole('group', { name: 'FastAPI' });
    fireEvent.click(within(fastapi).getByLabelText('4'));
    fireEvent.change(within(form).getByLabelText('Tags, comma-separated'), { target: { value: 'mustache, legacy ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('save-status')).textContent).toBe('Saved to “Shortlist” at Profile filter.');
    const [stored] = await db.candidates.toArray();
    expect(stored).toMatchObject({ githubLogin: 'defunkt', scores: { FastAPI: 4 }, tags: ['mustache', 'legacy'] });
    expect(stored?.assessment?.role.name).toBe('Product backend');
    expect(stored?.assessment?.mustHaves).toHaveLength(6);
    expect(within(screen.getByTestId('save-history')).getByText(/Profile filter · FastAPI 4\/5/)).toBeTruthy();
  });

  it('sends the saved candidate to the connected ATS from the popup, and says where they are now', async () => {
    const defunkt = await fixtureReport('defunkt', NOW);
    const { saving } = storeSaving(NOW);
    const link = { id: 'opp-9', url: 'https://hire.lever.co/candidates/opp-9', sentAt: NOW };
    const send = vi.fn(async (candidateIds: string[]) => ({
      status: 'ok' as const,
      vendor: 'lever' as const,
      results: [{ candidateId: candidateIds[0]!, name: 'Chris Wanstrath', outcome: 'linked' as const, link }],
    }));
    renderPopup('https://github.com/defunkt', {
      askCandidate: vi.fn(async () => githubCandidate('defunkt')),
      analyze: vi.fn(async (): Promise<AnalysisOutcome> => ({ status: 'ok', report: defunkt, rateLimit: null })),
      saving,
      ats: { connection: async () => ({ vendor: 'lever', account: 'Acme', performAs: 'u1', checkedAt: NOW }), preview: vi.fn(), send },
    });
    const ats = await screen.findByTestId('popup-ats');
    expect(ats.textContent).toBe('Save the candidate to send them to Lever.');
    fireEvent.click(within(await screen.findByTestId('save-candidate')).getByRole('button', { name: 'Save' }));
    fireEvent.click(await within(ats).findByRole('button', { name: 'Send to Lever' }));
    expect((await within(ats).findByRole('status')).textContent).toBe('Chris Wanstrath: linked to the existing record · open in Lever');
    expect(within(ats).getByRole('link', { name: 'open in Lever' }).getAttribute('href')).toBe(link.url);
    expect(send).toHaveBeenCalledWith([expect.any(String)]);
  });

  it('prepares the technical screen for a saved candidate, records "advance", and offers the practical task next', async () => {
    const defunkt = await fixtureReport('defunkt', NOW);
    const { saving, db } = storeSaving(NOW);
    const roles = fakeRoleServices(NOW);
    renderPopup('https://github.com/defunkt', {
      askCandidate: vi.fn(async () => githubCandidate('defunkt')),
      analyze: vi.fn(async (): Promise<AnalysisOutcome> => ({ status: 'ok', report: defunkt, rateLimit: null })),
      saving,
      roles,
    });
    // Nothing to prepare before the candidate is saved.
    fireEvent.click(within(await screen.findByTestId('save-candidate')).getByRole('button', { name: 'Save' }));
    const kit = await screen.findByTestId('stage-kit');
    fireEvent.click(within(kit).getByRole('button', { name: 'Prepare technical screen' }));
    const body = within(kit).getByTestId('kit-body');
    expect(within(body).getByRole('heading', { level: 4 }).textContent).toMatch(/^Technical screen/);
    const checklist = within(body).getByRole('group', { name: 'Checklist' });
    const [firstCheck] = within(checklist).getAllByRole('checkbox');
    fireEvent.click(firstCheck!);
    fireEvent.click(within(body).getByRole('button', { name: 'Copy kit' }));
    await waitFor(() => expect(roles.copy).toHaveBeenCalledWith(expect.stringMatching(/^## Technical screen/)));
    fireEvent.change(within(body).getByLabelText('Note on this stage'), { target: { value: 'Clear on async; ask about migrations.' } });
    fireEvent.click(within(body).getByRole('button', { name: 'Record outcome' }));
    await waitFor(() => expect(within(kit).getByTestId('kit-status').textContent).toBe('Recorded: Technical screen, advance.'));

    const [stored] = await db.candidates.toArray();
    expect(stored?.stage).toBe('practical-task');
    expect(stored?.history.at(-1)).toMatchObject({ note: 'Clear on async; ask about migrations.', outcome: { kit: 'technical-screen', result: 'advance', checks: [expect.any(String)] } });
    await waitFor(() => expect(within(kit).getByTestId('stage-outcomes').textContent).toBe('Technical screen: advance (2026-11-26)'));
    expect(within(kit).getByRole('button', { name: 'Prepare practical task' })).toBeTruthy();
    // Back to the screen: what was ticked when it was recorded shows as done.
    fireEvent.change(within(kit).getByLabelText('Stage kit'), { target: { value: 'technical-screen' } });
    fireEvent.click(within(kit).getByRole('button', { name: 'Prepare technical screen' }));
    const ticks = within(within(kit).getByRole('group', { name: 'Checklist' })).getAllByRole('checkbox') as HTMLInputElement[];
    expect(ticks.map((box) => box.checked)).toEqual(ticks.map((_, index) => index === 0));
  });

  it('clears a quick score with a second click on it', async () => {
    const defunkt = await fixtureReport('defunkt', NOW);
    renderPopup('https://github.com/defunkt', {
      askCandidate: vi.fn(async () => githubCandidate('defunkt')),
      analyze: vi.fn(async (): Promise<AnalysisOutcome> => ({ status: 'ok', report: defunkt, rateLimit: null })),
    });
    const fastapi = within(await screen.findByTestId('save-candidate')).getByRole('group', { name: 'FastAPI' });
    const four = within(fastapi).getByLabelText('4') as HTMLInputElement;
    fireEvent.click(four);
    expect(four.checked).toBe(true);
    fireEvent.click(four);
    expect(four.checked).toBe(false);
  });

  it('lists recent candidates on other pages and analyzes one on a click', async () => {
    const props = renderPopup('https://example.com/', {
      listRecent: vi.fn(async () => [savedCandidate({ githubLogin: 'ada', displayName: 'Ada Lovelace', stage: 'close' })]),
    });
    const recent = await screen.findByTestId('recent-candidates');
    expect(recent.textContent).toBe('Ada Lovelace Close');
    fireEvent.click(within(recent).getByRole('button', { name: 'Ada Lovelace' }));
    await screen.findByTestId('popup-candidate');
    expect(props.analyze).toHaveBeenCalledWith({ login: 'ada', refresh: false }, expect.any(Function));
  });

  it('lists the GitHub accounts a page links to and analyzes the one picked', async () => {
    const props = renderPopup('https://ada.dev/cv', {
      findLinkedAccounts: vi.fn(async () => [
        { login: 'ada', url: 'https://github.com/ada' },
        { login: 'adabot', url: 'https://github.com/adabot' },
      ]),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Analyze adabot' }));
    expect(await screen.findByText('GitHub has no account called “adabot”.')).toBeTruthy();
    expect(props.analyze).toHaveBeenCalledWith({ login: 'adabot', refresh: false }, expect.any(Function));
  });

  it('analyzes a login typed by hand, and refuses one that is not a login', async () => {
    const props = renderPopup('https://example.com/');
    const field = await screen.findByLabelText('Analyze a GitHub login');
    fireEvent.change(field, { target: { value: 'not a login!' } });
    fireEvent.submit(field.closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe('“not a login!” is not a GitHub login.');
    expect(props.analyze).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: 'https://github.com/ada/some-repo' } });
    fireEvent.submit(field.closest('form')!);
    await screen.findByTestId('popup-candidate');
    expect(props.analyze).toHaveBeenCalledWith({ login: 'ada', refresh: false }, expect.any(Function));
  });

  it('offers to enable a marketplace, and keeps working when the user declines', async () => {
    const props = renderPopup('https://www.upwork.com/freelancers/~01abc', { enableMarketplace: vi.fn(async () => false) });
    fireEvent.click(await screen.findByRole('button', { name: 'Enable pyvet on Upwork' }));
    expect((await screen.findByTestId('permission-note')).textContent).toBe(
      'Not enabled: pyvet stays off Upwork. Everything else works as before.',
    );
    expect(props.enableMarketplace).toHaveBeenCalledWith('upwork', 7);
    expect(screen.getByLabelText('Analyze a GitHub login')).toBeTruthy();
  });

  it('says so when a marketplace is enabled, and offers no button then', async () => {
    renderPopup('https://www.fiverr.com/someone', { marketplaceEnabled: vi.fn(async () => true) });
    expect(await screen.findByText(/pyvet reads Fiverr profiles/)).toBeTruthy();
    expect(screen.queryByTestId('enable-marketplace')).toBeNull();
  });

  it('opens its pages', async () => {
    const props = renderPopup(null);
    expect(await screen.findByText(/works on GitHub profiles/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Shortlists' }));
    fireEvent.click(screen.getByRole('button', { name: 'Options' }));
    expect(props.openShortlists).toHaveBeenCalledOnce();
    expect(props.openOptions).toHaveBeenCalledOnce();
  });
});

const noToken = {
  hasToken: async () => false,
  checkToken: async () => ({ status: 'error' as const, error: { kind: 'bad-token' as const } }),
  saveToken: async () => {},
  currentRateLimit: async () => null,
};

const noAts = {
  connection: async () => null,
  requestHost: async () => true,
  connect: async () => ({ status: 'error' as const, message: 'not used here' }),
  disconnect: async () => {},
};

describe('OptionsPage', () => {
  it('shows the cache size and clears it', async () => {
    let entries = 4;
    render(
      <OptionsPage
        token={noToken}
        ats={noAts}
        roles={null}
        thresholds={{ load: async () => DEFAULT_THRESHOLDS, save: async () => {} }}
        data={{ exportEverything: async () => ({ candidates: 0 }), wipeEverything: async () => {} }}
        freshness={{ getHours: async () => 24, setHours: async () => {} }}
        getCacheStats={async () => ({ entries })}
        clearCache={async () => {
          const removed = entries;
          entries = 0;
          return { removed };
        }}
        getGrantedHosts={async () => ['https://github.com/*', 'https://api.github.com/*']}
      />,
    );
    expect((await screen.findByText('4 cached GitHub responses.')).textContent).toBeTruthy();
    expect((await screen.findByText('https://api.github.com/*')).tagName).toBe('CODE');
    fireEvent.click(screen.getByRole('button', { name: 'Clear cached GitHub data' }));
    expect(await screen.findByText('Removed 4 cached GitHub responses.')).toBeTruthy();
    expect(await screen.findByText('0 cached GitHub responses.')).toBeTruthy();
  });

  it('says so when the background cannot be reached', async () => {
    render(
      <OptionsPage
        token={noToken}
        ats={noAts}
        roles={null}
        thresholds={{ load: async () => DEFAULT_THRESHOLDS, save: async () => {} }}
        data={{ exportEverything: async () => ({ candidates: 0 }), wipeEverything: async () => {} }}
        freshness={{ getHours: async () => 24, setHours: async () => {} }}
        getCacheStats={() => Promise.reject(new Error('no background'))}
        clearCache={() => Promise.reject(new Error('no background'))}
        getGrantedHosts={async () => []}
      />,
    );
    expect((await screen.findByText(/^Could not read the cache/)).textContent).toBe('Could not read the cache: Error: no background');
  });
});

describe('DataSettings', () => {
  it('exports everything, and wipes only after the confirmation word is typed', async () => {
    const exportEverything = vi.fn(async () => ({ candidates: 3 }));
    const wipeEverything = vi.fn(async () => {});
    render(<DataSettings exportEverything={exportEverything} wipeEverything={wipeEverything} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    expect((await screen.findByTestId('data-status')).textContent).toBe('Exported 3 candidates with shortlists, roles and settings.');

    fireEvent.click(screen.getByRole('button', { name: 'Wipe everything…' }));
    const wipe = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(wipe.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Type “delete”/), { target: { value: 'nope' } });
    expect(wipe.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Type “delete”/), { target: { value: 'Delete' } });
    fireEvent.click(wipe);
    await waitFor(() =>
      expect(screen.getByTestId('data-status').textContent).toBe('Everything pyvet kept in this browser has been deleted.'),
    );
    expect(wipeEverything).toHaveBeenCalledOnce();
  });
});

describe('FreshnessSetting', () => {
  it('saves a whole number of hours in range and refuses anything else', async () => {
    const setHours = vi.fn(async () => {});
    render(<FreshnessSetting getHours={async () => 24} setHours={setHours} />);
    const field = await screen.findByDisplayValue('24');
    fireEvent.change(field, { target: { value: '6' } });
    expect((await screen.findByTestId('freshness-note')).textContent).toBe(
      'Saved: profiles revisited within 6 hours cost no requests.',
    );
    expect(setHours).toHaveBeenCalledWith(6);
    for (const bad of ['0', '169', '2.5', '']) {
      fireEvent.change(field, { target: { value: bad } });
      expect(screen.getByTestId('freshness-note').textContent).toBe('Enter a whole number of hours from 1 to 168.');
    }
    expect(setHours).toHaveBeenCalledTimes(1);
  });
});
