import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalyzeAccount } from '@/components/candidate/GitHubAnalysis';
import { Sidebar, type SidebarProps } from '@/components/sidebar/Sidebar';
import type { AnalysisStep } from '@/lib/analysis/account-snapshot';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import type { AnalysisOutcome } from '@/lib/github/outcome';
import { CandidateStore } from '@/lib/store/candidates';
import { fixtureReport } from '../../support/reports';
import { storeSaving } from '../../support/candidate-saving';
import { fakeRoleServices } from '../../support/role-services';

const NOW = Date.parse('2026-11-26T10:00:00Z');
let defunkt: CandidateReport;

beforeAll(async () => {
  defunkt = await fixtureReport('defunkt', NOW);
});

const ok = (report: CandidateReport): AnalysisOutcome => ({ status: 'ok', report, rateLimit: null });

function renderSidebar(analyze: AnalyzeAccount, overrides: Partial<SidebarProps> = {}) {
  const onCollapsedChange = vi.fn();
  render(
    <Sidebar
      login="defunkt"
      displayNameOnPage="Chris (page)"
      couldNotRead={[]}
      colorMode="auto"
      initiallyCollapsed={false}
      onCollapsedChange={onCollapsedChange}
      analyze={analyze}
      profileReading={null}
      roles={fakeRoleServices(NOW)}
      saving={storeSaving(NOW).saving}
      now={() => NOW + 5 * 60_000}
      {...overrides}
    />,
  );
  return { onCollapsedChange };
}

/** An analysis the test drives by hand, to look at the panel while it runs. */
function manualAnalysis() {
  let progress!: (step: AnalysisStep) => void;
  let settle!: (outcome: AnalysisOutcome) => void;
  const analyze = vi.fn<AnalyzeAccount>(
    (_request, onProgress) =>
      new Promise<AnalysisOutcome>((resolve) => {
        progress = onProgress;
        settle = resolve;
      }),
  );
  return {
    analyze,
    step: (step: AnalysisStep) => act(() => progress(step)),
    settle: (outcome: AnalysisOutcome) => act(() => settle(outcome)),
  };
}

describe('Sidebar', () => {
  it('holds the report against the active role and follows a role change at once', async () => {
    renderSidebar(async () => ok(defunkt));
    expect((await screen.findByTestId('verdict-summary')).textContent).toMatch(/^\d+ of 6 must-haves evidenced/);
    const fastapi = within(screen.getByTestId('must-haves')).getByText('FastAPI').closest('tr');
    expect(fastapi?.dataset.status).toBe('evidenced');
    fireEvent.change(screen.getByTestId('role-select'), { target: { value: 'template-data' } });
    await waitFor(() => expect(screen.getByText('Against “Data pipeline”')).toBeTruthy());
    expect(screen.getByTestId('verdict-summary').textContent).toMatch(/^\d+ of 7 must-haves evidenced/);
  });

  it('saves the candidate to a shortlist at a stage, and shows it as saved', async () => {
    const { saving, db } = storeSaving(NOW);
    renderSidebar(async () => ok(defunkt), { saving });
    const form = await screen.findByTestId('save-candidate');
    fireEvent.change(within(form).getByLabelText('Stage'), { target: { value: 'technical-screen' } });
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'Ask about pystache-lite tests.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await screen.findByTestId('save-status')).textContent).toBe('Saved to “Shortlist” at Technical screen.');
    expect(screen.getByTestId('saved-state').textContent).toMatch(/^Saved · Technical screen · .+ · 1 save$/);
    expect(await db.candidates.toArray()).toMatchObject([
      { githubLogin: 'defunkt', displayName: 'Chris Wanstrath', stage: 'technical-screen', note: 'Ask about pystache-lite tests.' },
    ]);
  });

  it('follows a change made elsewhere (the shortlists page moves the candidate on)', async () => {
    const { saving, db } = storeSaving(NOW);
    renderSidebar(async () => ok(defunkt), { saving });
    const form = await screen.findByTestId('save-candidate');
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await screen.findByTestId('save-status');
    const [saved] = await db.candidates.toArray();
    await new CandidateStore(db).setStage([saved!.id], 'close', NOW + 60_000);
    await waitFor(() => expect(screen.getByTestId('saved-state').textContent).toMatch(/^Saved · Close · .+ · 2 saves$/));
  });

  it('copies the interview plan as Markdown', async () => {
    const roles = fakeRoleServices(NOW);
    renderSidebar(async () => ok(defunkt), { roles });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy interview plan' }));
    expect((await screen.findByTestId('copy-status')).textContent).toBe('Interview plan copied as Markdown.');
    expect(roles.copy).toHaveBeenCalledWith(expect.stringContaining('Product backend'));
  });

  it('shows each analysis step, then the report', async () => {
    const run = manualAnalysis();
    renderSidebar(run.analyze);
    const status = screen.getByRole('status');
    expect(within(status).getByText(/Reading defunkt’s account/).getAttribute('aria-current')).toBe('step');
    await run.step({ step: 'trees', repos: 4 });
    expect(within(status).getByText('Opening the 4 most relevant repositories').getAttribute('aria-current')).toBe('step');
    await run.settle(ok(defunkt));
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Chris Wanstrath' })).toBeTruthy();
    expect(screen.getByTestId('public-repos').textContent).toBe('107');
    expect(screen.getByTestId('python-repos').textContent).toBe('3 (1 of them forks) among the 6 most recently pushed');
    expect(screen.getByTestId('source').textContent).toBe(
      `From GitHub, fetched 5 minutes ago (${defunkt.cost.apiRequests} API requests, ${defunkt.cost.rawRequests} file downloads).`,
    );
  });

  it('shows the examined repositories with tests, docs and stack linked to their evidence', async () => {
    renderSidebar(async () => ok(defunkt));
    const repos = await screen.findAllByTestId('repo');
    const lite = repos.find((repo) => repo.textContent?.includes('pystache-lite'));
    const old = repos.find((repo) => repo.textContent?.startsWith('pystache') && !repo.textContent.includes('lite'));
    if (!lite || !old) throw new Error('expected both pystache repositories');
    expect(within(lite).getByTestId('repo-tests').dataset.present).toBe('true');
    expect(within(lite).getByTestId('repo-tests').querySelector('a')?.getAttribute('href')).toMatch(
      /^https:\/\/github\.com\/defunkt\/pystache-lite\/blob\/main\/\.github\/workflows\/tests\.yml$/,
    );
    expect(within(within(lite).getByTestId('repo-stack')).getByRole('link', { name: 'FastAPI' })).toBeTruthy();
    // What the project only tests with is shown apart from what it runs on.
    expect(within(within(lite).getByTestId('repo-tooling')).getByRole('link', { name: 'pytest' })).toBeTruthy();
    expect(within(within(lite).getByTestId('repo-stack')).queryByRole('link', { name: 'pytest' })).toBeNull();
    expect(within(old).getByTestId('repo-tests').dataset.present).toBe('false');
    expect(screen.getByTestId('outdated').textContent).toContain('Programming Language :: Python :: 2');
    expect(screen.getByTestId('activity').querySelector('svg')?.getAttribute('aria-label')).toMatch(
      /^\d+ of \d+ activity counts in the last 12 months were in Python repositories\.$/,
    );
  });

  it('says next to a repository when its stack is unknown because a manifest was not read', async () => {
    const unread = {
      ...defunkt,
      repos: defunkt.repos.map((repo, index) =>
        index === 0 ? { ...repo, stack: { ...repo.stack, skills: [], manifestsRead: [], manifestsUnread: ['backend/pyproject.toml'] } } : repo,
      ),
    };
    renderSidebar(async () => ok(unread));
    const [first] = await screen.findAllByTestId('repo');
    expect(within(first!).getByTestId('repo-stack-unread').textContent).toBe('Stack unknown: backend/pyproject.toml not read.');
  });

  it('shows the avatar from GitHub’s avatar host only, and drops one that fails to load', async () => {
    renderSidebar(async () => ok(defunkt));
    const avatar = (await screen.findByTestId('avatar')) as HTMLImageElement;
    expect(avatar.getAttribute('src')).toMatch(/^https:\/\/avatars\.githubusercontent\.com\//);
    expect(avatar.getAttribute('alt')).toBe('');
    fireEvent.error(avatar);
    expect(screen.queryByTestId('avatar')).toBeNull();
  });

  it('shows no avatar from any other address', async () => {
    renderSidebar(async () => ok({ ...defunkt, avatarUrl: 'javascript:alert(1)' }));
    await screen.findByTestId('candidate-name');
    expect(screen.queryByTestId('avatar')).toBeNull();
  });

  it('says when the data came from the cache', async () => {
    renderSidebar(async () => ok({ ...defunkt, cost: { mode: 'anonymous', apiRequests: 0, rawRequests: 0 } }));
    expect((await screen.findByTestId('source')).textContent).toContain('(cached, no new requests)');
  });

  it('falls back to the page’s name when GitHub has none', async () => {
    renderSidebar(async () => ok({ ...defunkt, name: null }));
    expect((await screen.findByTestId('candidate-name')).textContent).toBe('Chris (page)');
  });

  it('explains an error with its next step, and retries', async () => {
    const analyze = vi
      .fn<AnalyzeAccount>()
      .mockResolvedValueOnce({ status: 'error', error: { kind: 'network', detail: 'offline' } })
      .mockResolvedValueOnce(ok(defunkt));
    renderSidebar(analyze);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not reach GitHub.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Chris Wanstrath' })).toBeTruthy();
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('refreshes on request and keeps the last report visible when the refresh fails', async () => {
    const analyze = vi
      .fn<AnalyzeAccount>()
      .mockResolvedValueOnce(ok(defunkt))
      .mockResolvedValueOnce({ status: 'error', error: { kind: 'rate-limited', resetAt: NOW + 30 * 60_000 } });
    renderSidebar(analyze);
    await screen.findByRole('heading', { name: 'Chris Wanstrath' });
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect((await screen.findByRole('alert')).textContent).toContain('rate limit is used up');
    expect(screen.getByRole('heading', { name: 'Chris Wanstrath' })).toBeTruthy();
    expect(analyze).toHaveBeenLastCalledWith({ login: 'defunkt', refresh: true }, expect.any(Function));
  });

  it('shows a broken messaging channel as an error, never a blank panel', async () => {
    renderSidebar(async () => {
      throw new Error('pyvet’s background stopped before the analysis finished');
    });
    expect((await screen.findByRole('alert')).textContent).toContain('background stopped');
  });

  it('says an organization is not a candidate', async () => {
    renderSidebar(async () => ok({ ...defunkt, isOrganization: true, name: 'Python' }));
    expect((await screen.findByTestId('organization')).textContent).toBe(
      'Python is an organization, not a person: pyvet vets individual developers.',
    );
  });

  it('lists what the reader could not read from the page', async () => {
    renderSidebar(async () => ok(defunkt), { couldNotRead: ['display name'] });
    expect(screen.getByTestId('could-not-read').textContent).toBe('Couldn’t read display name from this page.');
  });

  it('collapses and expands from the keyboard-reachable toggle, reporting the new state', async () => {
    const { onCollapsedChange } = renderSidebar(async () => ok(defunkt));
    const toggle = screen.getByRole('button', { name: /Hide pyvet/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.getByTestId('sidebar-body').hidden).toBe(true);
    expect(onCollapsedChange).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: /Show pyvet/ }));
    expect(screen.getByTestId('sidebar-body').hidden).toBe(false);
    expect(onCollapsedChange).toHaveBeenLastCalledWith(false);
  });

  it('follows collapse changes made elsewhere (the keyboard shortcut, another tab)', async () => {
    let notify: (collapsed: boolean) => void = () => {};
    const unsubscribe = vi.fn();
    renderSidebar(async () => ok(defunkt), {
      watchCollapsed: (onChange) => {
        notify = onChange;
        return unsubscribe;
      },
    });
    await screen.findByTestId('verdict-summary');
    act(() => notify(true));
    expect(screen.getByTestId('sidebar-body').hidden).toBe(true);
    act(() => notify(false));
    expect(screen.getByTestId('sidebar-body').hidden).toBe(false);
    cleanup();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('renders hostile names as text and drops links that are not https github.com', async () => {
    const hostile = '<img src=x onerror="alert(1)">';
    renderSidebar(async () =>
      ok({
        ...defunkt,
        name: hostile,
        profileUrl: 'javascript:alert(1)',
        repos: defunkt.repos.map((repo) => ({ ...repo, url: 'https://evil.example/x' })),
      }),
    );
    expect((await screen.findByTestId('candidate-name')).textContent).toBe(hostile);
    expect(document.querySelector('img:not([data-testid="avatar"])')).toBeNull();
    expect(screen.getByText('@defunkt').tagName).toBe('SPAN');
    expect(screen.queryAllByRole('link').some((link) => link.getAttribute('href')?.startsWith('javascript'))).toBe(false);
    expect(screen.queryAllByRole('link').some((link) => link.getAttribute('href')?.includes('evil.example'))).toBe(false);
  });
});
