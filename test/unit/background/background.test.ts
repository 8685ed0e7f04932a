import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand, TOGGLE_SIDEBAR_COMMAND } from '@/lib/background/commands';
import { createBackgroundHandlers, type BackgroundServices } from '@/lib/background/handlers';
import { startBackground, type BackgroundBrowser } from '@/lib/background/start';
import { GitHubClient } from '@/lib/github/client';
import { createMessageRouter } from '@/lib/messaging/background-router';
import { activeRoleId, sidebarCollapsed, thresholds } from '@/lib/settings/settings';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';
import { ScorecardStore } from '@/lib/store/scorecards';
import { createFakeFetch } from '../../support/fake-fetch';
import { MemoryResponseCache } from '../../support/memory-cache';
import { fixtureReport } from '../../support/reports';

const NOW = Date.parse('2026-11-26T10:00:00Z');
let counter = 0;
let db: PyvetDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

function services(overrides: Partial<BackgroundServices> = {}) {
  db = new PyvetDatabase(`pyvet-background-${++counter}`);
  const all: BackgroundServices = {
    db,
    scorecards: new ScorecardStore(db),
    candidates: new CandidateStore(db),
    openClient: async () => new GitHubClient({ cache: new MemoryResponseCache() }),
    now: () => NOW,
    hasHostAccess: async () => true,
    ...overrides,
  };
  return { route: createMessageRouter(createBackgroundHandlers(all)) };
}

describe('the background’s message handlers', () => {
  it('judges a report against the active role, falling back to the first built-in role when it is gone', async () => {
    const { route } = services();
    const report = await fixtureReport('defunkt', NOW);
    await activeRoleId.setValue('template-data');
    const asData = (await route({ type: 'evaluate-candidate', payload: { report, reading: null } })) as { verdict: { role: { id: string } } };
    expect(asData.verdict.role.id).toBe('template-data');

    await activeRoleId.setValue('deleted-role');
    const fallback = (await route({ type: 'evaluate-candidate', payload: { report, reading: null } })) as {
      verdict: { role: { id: string } };
      interviewPlan: string;
    };
    expect(fallback.verdict.role.id).toBe('template-backend');
    expect(fallback.interviewPlan).toContain('Chris Wanstrath');
  });

  it('uses the default thresholds when the saved ones no longer parse', async () => {
    const { route } = services();
    await thresholds.setValue({ staleMonths: 'soon' } as never);
    const answer = (await route({ type: 'evaluate-candidate', payload: { report: await fixtureReport('defunkt', NOW), reading: null } })) as {
      verdict: { summary: string };
    };
    expect(answer.verdict.summary).toMatch(/^\d+ of 6 must-haves evidenced/);
  });

  it('lists the roles with the active one, and saves then finds a candidate', async () => {
    const { route } = services();
    await activeRoleId.setValue('template-ai');
    expect(await route({ type: 'list-roles', payload: {} })).toEqual({
      roles: [
        { id: 'template-backend', name: 'Product backend' },
        { id: 'template-data', name: 'Data pipeline' },
        { id: 'template-ai', name: 'AI application' },
      ],
      activeId: 'template-ai',
    });
    const save = {
      githubLogin: 'ada',
      displayName: 'Ada',
      profileUrl: 'https://github.com/ada',
      stage: 'profile-filter',
      note: '',
      shortlist: 'Backend Q4',
    };
    expect(await route({ type: 'save-candidate', payload: save })).toMatchObject({ shortlist: { name: 'Backend Q4' } });
    expect(await route({ type: 'get-saved-candidate', payload: { githubLogin: 'ADA', profileUrl: 'https://github.com/ada' } })).toMatchObject({
      candidate: { githubLogin: 'ada' },
      shortlists: ['Backend Q4'],
    });
  });

  it('records a stage outcome for a saved candidate, and asks to save first for anyone else', async () => {
    const { route } = services();
    const outcome = { githubLogin: 'ada', profileUrl: 'https://github.com/ada', kit: 'technical-screen', result: 'advance', checks: ['Wrote a test first'], note: 'Solid.' };
    expect(await route({ type: 'record-stage-outcome', payload: outcome })).toEqual({
      status: 'error',
      message: 'Save the candidate first: pyvet records stage outcomes only for saved candidates.',
    });
    expect(await db?.candidates.count()).toBe(0);

    const save = { githubLogin: 'ada', displayName: 'Ada', profileUrl: 'https://github.com/ada', stage: 'technical-screen', note: '', shortlist: 'Backend Q4' };
    await route({ type: 'save-candidate', payload: save });
    expect(await route({ type: 'record-stage-outcome', payload: { ...outcome, githubLogin: null } })).toMatchObject({
      status: 'ok',
      candidate: {
        stage: 'practical-task',
        history: [{}, { at: NOW, stage: 'practical-task', note: 'Solid.', outcome: { kit: 'technical-screen', result: 'advance', checks: ['Wrote a test first'] } }],
      },
    });
    // Off the protocol (a kit that does not exist): refused before the store is touched.
    expect(await route({ type: 'record-stage-outcome', payload: { ...outcome, kit: 'offer' } })).toHaveProperty('protocolError');
  });

  it('reports a token GitHub refuses as an error, not a crash', async () => {
    vi.stubGlobal('fetch', createFakeFetch(() => ({ status: 401, body: { message: 'Bad credentials' } })).fetch);
    const { route } = services();
    expect(await route({ type: 'check-github-token', payload: { token: 'github_pat_revoked' } })).toMatchObject({
      status: 'error',
      error: { kind: 'bad-token' },
    });
  });
});

describe('the toggle-sidebar command (Alt+Shift+Y)', () => {
  it('flips the stored collapse state every sidebar follows, and ignores other commands', async () => {
    expect(await sidebarCollapsed.getValue()).toBe(false);
    await runCommand(TOGGLE_SIDEBAR_COMMAND);
    expect(await sidebarCollapsed.getValue()).toBe(true);
    await runCommand('_execute_action');
    expect(await sidebarCollapsed.getValue()).toBe(true);
    await runCommand(TOGGLE_SIDEBAR_COMMAND);
    expect(await sidebarCollapsed.getValue()).toBe(false);
  });

  it('is what the background runs when the browser reports the shortcut', async () => {
    const listeners: ((command: string) => void)[] = [];
    const browser = {
      ...fakeBrowser,
      runtime: { ...fakeBrowser.runtime, onConnect: { addListener() {} } },
      commands: { onCommand: { addListener: (listener: (command: string) => void) => listeners.push(listener) } },
      permissions: { ...fakeBrowser.permissions, getAll: async () => ({ origins: [] }), onAdded: { addListener() {} }, onRemoved: { addListener() {} } },
      scripting: { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => {}, registerContentScripts: async () => {} },
    } as unknown as BackgroundBrowser;
    db = new PyvetDatabase(`pyvet-background-${++counter}`);
    startBackground(browser, db);
    expect(listeners).toHaveLength(1);
    listeners[0]!(TOGGLE_SIDEBAR_COMMAND);
    await vi.waitFor(async () => expect(await sidebarCollapsed.getValue()).toBe(true));
  });
});
