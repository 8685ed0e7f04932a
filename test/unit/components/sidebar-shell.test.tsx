import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { githubShellBody, marketplaceShellBody, paintSidebarShell } from '@/components/sidebar/sidebar-shell';
import { renderOverShell } from '@/components/sidebar/sidebar-ui';
import { WAKE_MESSAGE_TYPE } from '@/lib/messaging/wake';
import { sidebarCollapsed } from '@/lib/settings/sidebar-collapsed';
import { handShellToUi, provideSidebarUi, type SidebarShell, type SidebarUi } from '@/lib/ui/sidebar-ui-contract';
import { XSS_PAYLOADS } from '../../support/xss-payloads';

let ctx: ContentScriptContext;
const shells: SidebarShell[] = [];

async function paint(input: Partial<Parameters<typeof paintSidebarShell>[1]> = {}) {
  ctx = new ContentScriptContext('sidebar-shell-test');
  const shell = await paintSidebarShell(ctx, {
    placement: 'github',
    colorMode: 'dark',
    collapsed: false,
    body: githubShellBody('defunkt', []),
    ...input,
  });
  shells.push(shell);
  const root = shell.sidebar.container;
  return {
    shell,
    frame: () => root.querySelector('aside')!,
    body: () => root.querySelector<HTMLElement>('[data-testid="sidebar-shell"]')!,
    toggle: () => root.querySelector<HTMLButtonElement>('.pyvet-toggle')!,
  };
}

afterEach(() => {
  for (const shell of shells.splice(0)) shell.sidebar.remove();
  delete (globalThis as Record<string, unknown>).__pyvetSidebarUi;
  vi.restoreAllMocks();
});

describe('the sidebar frame a content script paints before the UI loads', () => {
  it('shows the profile’s login in the analysis steps at once, in its own shadow root', async () => {
    const { shell, frame, body } = await paint({ body: githubShellBody('defunkt', ['the name', 'the bio']) });
    const host = document.querySelector('pyvet-sidebar')!;
    // The styles themselves are empty under vitest (CSS is not processed); the e2e tests see them.
    expect(host.shadowRoot!.querySelector('style')).not.toBeNull();
    expect(host.shadowRoot!.contains(frame())).toBe(true);
    expect(shell.sidebar.isConnected).toBe(true);
    expect(frame().dataset).toMatchObject({ theme: 'dark', placement: 'github', collapsed: 'false' });
    expect(frame().getAttribute('aria-busy')).toBe('true');
    const steps = [...body().querySelectorAll('li')].map((step) => [step.textContent, step.dataset.state]);
    expect(steps).toEqual([
      ['Reading defunkt’s account, repositories and recent activity', 'current'],
      ['Opening the most relevant repositories', 'waiting'],
      ['Reading dependency, CI and README files', 'waiting'],
      ['Weighing the evidence', 'waiting'],
    ]);
    expect(body().querySelector('[role="status"]')).not.toBeNull();
    expect(body().querySelector('button')!.disabled).toBe(true);
    expect(body().querySelector('.pyvet-note')!.textContent).toBe('Couldn’t read the name, the bio from this page.');
  });

  it('puts page text in as text, never as markup', async () => {
    for (const payload of XSS_PAYLOADS) {
      const { body } = await paint({ placement: 'marketplace', body: marketplaceShellBody(payload) });
      expect(body().textContent).toBe(`Opening pyvet for ${payload}…`);
      expect(body().querySelectorAll('script, img, svg, iframe, a').length).toBe(0);
    }
    expect((globalThis as Record<string, unknown>).__pyvetXss).toBeUndefined();
    const { body } = await paint({ placement: 'marketplace', body: marketplaceShellBody(null) });
    expect(body().textContent).toBe('Opening pyvet…');
  });

  it('opens collapsed as the reviewer left it, and its toggle works and is saved before the UI arrives', async () => {
    const { shell, frame, body, toggle } = await paint({ collapsed: true });
    expect(body().hidden).toBe(true);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().textContent).toBe('‹Show pyvet');

    toggle().click();
    expect(body().hidden).toBe(false);
    expect(frame().dataset.collapsed).toBe('false');
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(toggle().title).toBe('Hide pyvet');
    expect(shell.collapsed).toBe(false);
    await vi.waitFor(async () => expect(await sidebarCollapsed.getValue()).toBe(false));
  });

  it('reads the collapse setting itself when the content script has not had its answer yet', async () => {
    await sidebarCollapsed.setValue(true);
    const { shell, body } = await paint({ collapsed: undefined });
    await vi.waitFor(() => expect(body().hidden).toBe(true));
    expect(shell.collapsed).toBe(true);
  });

  it('follows the setting (the keyboard shortcut) until the UI takes over', async () => {
    const { shell, body } = await paint();
    await sidebarCollapsed.setValue(true);
    await vi.waitFor(() => expect(body().hidden).toBe(true));
    shell.handOver();
    await sidebarCollapsed.setValue(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(body().hidden).toBe(true);
  });

  it('says so when the UI cannot be loaded, rather than spinning on', async () => {
    const { shell, frame, body } = await paint();
    shell.showLoadFailure();
    expect(body().querySelector('[role="alert"]')!.textContent).toBe(
      'pyvet’s sidebar could not be loaded into this page.Reload the page; if pyvet was just updated or reloaded, that brings the new version in.',
    );
    expect(frame().getAttribute('aria-busy')).toBe('false');
  });
});

describe('handing the frame to the UI', () => {
  const fakeUi = () => {
    const shown: SidebarShell[] = [];
    const ui: SidebarUi = { showGitHubSidebar: (shell) => void shown.push(shell), showMarketplaceSidebar: (shell) => void shown.push(shell) };
    provideSidebarUi(ui);
    return { ui, shown };
  };

  it('wakes the background once the frame has painted, and lets the UI take the frame over', async () => {
    const sent = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const { ui, shown } = fakeUi();
    const { shell } = await paint();
    await handShellToUi(shell, new AbortController().signal, (loaded) => loaded.showGitHubSidebar(shell, {} as never));
    expect(sent).toHaveBeenCalledWith({ type: WAKE_MESSAGE_TYPE, payload: {} });
    expect(shown).toEqual([shell]);
    expect(ui).toBeDefined();
  });

  it('leaves the page alone when the visit ended while the UI loaded', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const { shown } = fakeUi();
    const { shell } = await paint();
    const visit = new AbortController();
    const handing = handShellToUi(shell, visit.signal, (loaded) => loaded.showGitHubSidebar(shell, {} as never));
    visit.abort();
    await handing;
    expect(shown).toEqual([]);
  });

  it('shows the failure in the frame when the UI script cannot be imported', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
    // A fresh module: the UI an earlier test loaded stays loaded for its frame.
    vi.resetModules();
    const fresh = await import('@/lib/ui/sidebar-ui-contract');
    const { shell, body } = await paint();
    await fresh.handShellToUi(shell, new AbortController().signal, () => {
      throw new Error('not reached: there is no UI');
    });
    expect(body().querySelector('[role="alert"]')).not.toBeNull();
  });

  it('React renders over the frame in place, keeps its collapse state, and unmounts when the sidebar is removed', async () => {
    const { shell } = await paint({ collapsed: true });
    const unmounted = vi.fn();
    function Panel() {
      useEffect(() => unmounted, []);
      return <p data-testid="panel">{shell.collapsed ? 'collapsed' : 'open'}</p>;
    }
    renderOverShell(shell, <Panel />);
    const container = shell.sidebar.container;
    await vi.waitFor(() => expect(container.querySelector('[data-testid="panel"]')).not.toBeNull());
    expect(container.querySelector('[data-testid="sidebar-shell"]')).toBeNull();
    expect(container.children).toHaveLength(1);
    expect(container.textContent).toBe('collapsed');

    shell.sidebar.remove();
    expect(unmounted).toHaveBeenCalledOnce();
    expect(document.querySelector('pyvet-sidebar')).toBeNull();
  });
});
