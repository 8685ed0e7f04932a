import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '@/components/Sidebar';
import type { AnalysisOutcome } from '@/lib/messaging/protocol';

const NOW = Date.parse('2026-11-26T10:00:00Z');

const firstLook = {
  login: 'ada',
  name: 'Ada Lovelace',
  avatarUrl: 'https://avatars.githubusercontent.com/u/1',
  profileUrl: 'https://github.com/ada',
  isOrganization: false,
  publicRepos: 140,
  reposExamined: 100,
  pythonRepos: 12,
  pythonForks: 2,
  lastPythonPush: { repo: 'ada/engine', url: 'https://github.com/ada/engine', pushedAt: '2026-08-20T12:00:00Z' },
  fetchedAt: NOW - 5 * 60_000,
  apiRequests: 2,
};

function renderSidebar(analyze: SidebarProps['analyze'], overrides: Partial<SidebarProps> = {}) {
  const onCollapsedChange = vi.fn();
  render(
    <Sidebar
      login="ada"
      displayNameOnPage="Ada (page)"
      couldNotRead={[]}
      colorMode="auto"
      initiallyCollapsed={false}
      onCollapsedChange={onCollapsedChange}
      analyze={analyze}
      now={() => NOW}
      {...overrides}
    />,
  );
  return { onCollapsedChange };
}

/** An analysis the test settles by hand, to look at the panel while it runs. */
function deferredAnalysis() {
  let settle!: (outcome: AnalysisOutcome) => void;
  const analyze = vi.fn(() => new Promise<AnalysisOutcome>((resolve) => (settle = resolve)));
  return { analyze, settle: (outcome: AnalysisOutcome) => act(() => settle(outcome)) };
}

describe('Sidebar', () => {
  it('shows progress while the analysis runs, then the first look', async () => {
    const { analyze, settle } = deferredAnalysis();
    renderSidebar(analyze);
    expect(screen.getByRole('status').textContent).toContain('Asking GitHub for ada’s account and repositories');
    await settle({ status: 'ok', firstLook });
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(screen.getByTestId('public-repos').textContent).toBe('140');
    expect(screen.getByTestId('python-repos').textContent).toBe('12 (2 of them forks) among the 100 most recently pushed');
    expect(screen.getByTestId('last-python-push').textContent).toBe('ada/engine 2026-08-20 (3 months ago)');
    expect(screen.getByRole('link', { name: 'ada/engine' }).getAttribute('href')).toBe('https://github.com/ada/engine');
    expect(screen.getByTestId('source').textContent).toBe('From GitHub’s public API, fetched 5 minutes ago (2 requests).');
  });

  it('says when the data came from the cache', async () => {
    renderSidebar(async () => ({ status: 'ok', firstLook: { ...firstLook, apiRequests: 0 } }));
    expect((await screen.findByTestId('source')).textContent).toContain('(cached, no new requests)');
  });

  it('falls back to the page’s name, then the login, when GitHub has none', async () => {
    renderSidebar(async () => ({ status: 'ok', firstLook: { ...firstLook, name: null } }));
    expect((await screen.findByTestId('candidate-name')).textContent).toBe('Ada (page)');
  });

  it('explains an error with its next step, and retries', async () => {
    const analyze = vi
      .fn<SidebarProps['analyze']>()
      .mockResolvedValueOnce({ status: 'error', error: { kind: 'network', detail: 'offline' } })
      .mockResolvedValueOnce({ status: 'ok', firstLook });
    renderSidebar(analyze);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not reach GitHub.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeTruthy();
    expect(analyze).toHaveBeenCalledTimes(2);
  });

  it('shows a broken messaging channel as an error, never a blank panel', async () => {
    renderSidebar(async () => {
      throw new Error('pyvet’s background did not answer');
    });
    expect((await screen.findByRole('alert')).textContent).toContain('pyvet’s background did not answer');
  });

  it('says an organization is not a candidate', async () => {
    renderSidebar(async () => ({ status: 'ok', firstLook: { ...firstLook, isOrganization: true, name: 'Python' } }));
    expect((await screen.findByTestId('organization')).textContent).toBe(
      'Python is an organization, not a person: pyvet vets individual developers.',
    );
  });

  it('lists what the reader could not read from the page', async () => {
    renderSidebar(async () => ({ status: 'ok', firstLook }), { couldNotRead: ['display name'] });
    expect(screen.getByTestId('could-not-read').textContent).toBe('Couldn’t read display name from this page.');
  });

  it('collapses and expands from the keyboard-reachable toggle, reporting the new state', async () => {
    const { onCollapsedChange } = renderSidebar(async () => ({ status: 'ok', firstLook }));
    const toggle = screen.getByRole('button', { name: /Hide pyvet/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(screen.getByTestId('sidebar-body').hidden).toBe(true);
    expect(onCollapsedChange).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: /Show pyvet/ }));
    expect(screen.getByTestId('sidebar-body').hidden).toBe(false);
    expect(onCollapsedChange).toHaveBeenLastCalledWith(false);
  });

  it('renders hostile names as text and drops links that are not https github.com', async () => {
    const hostile = '<img src=x onerror="alert(1)">';
    renderSidebar(async () => ({
      status: 'ok',
      firstLook: {
        ...firstLook,
        name: hostile,
        profileUrl: 'javascript:alert(1)',
        lastPythonPush: { repo: 'ada/x', url: 'https://evil.example/ada/x', pushedAt: '2026-01-01T00:00:00Z' },
      },
    }));
    expect((await screen.findByTestId('candidate-name')).textContent).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryAllByRole('link')).toEqual([]);
    expect(screen.getByText('@ada')).toBeTruthy();
  });
});
