import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ColorMode } from '@/lib/readers/github/color-mode';
import { sidebarCollapsed, watchSidebarCollapsed } from '@/lib/settings/sidebar-collapsed';
import { ANALYSIS_STEPS, analysisStepLabel } from '@/lib/ui/analysis-steps';
import { mountSidebar } from '@/lib/ui/sidebar-mount';
import type { SidebarShell } from '@/lib/ui/sidebar-ui-contract';

/*
 * The sidebar's frame, painted by the content script the moment it has read the
 * page, without React: the UI script (React and every panel, ~400 kB) takes a
 * few hundred ms to load and compile on a slow machine, and the reviewer should
 * see pyvet at work at once. It repeats SidebarFrame's markup and classes and the
 * first content React shows, so that React's first render replaces it (React
 * empties its container on the first render) without moving anything.
 * Page text goes in as text nodes only.
 */

type Child = Node | string;

function element(tag: string, attributes: Record<string, string>, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function spinnerStatus(...children: Child[]): HTMLElement {
  return element('div', { role: 'status', 'aria-live': 'polite', class: 'pyvet-progress' }, element('span', { class: 'pyvet-spinner', 'aria-hidden': 'true' }), ...children);
}

/** A GitHub profile's first content, as GitHubAnalysis shows it before its first progress report. */
export function githubShellBody(login: string, couldNotRead: readonly string[]): Node[] {
  const steps = ANALYSIS_STEPS.map((step, index) =>
    element('li', index === 0 ? { 'data-state': 'current', 'aria-current': 'step' } : { 'data-state': 'waiting' }, analysisStepLabel(step, login, null)),
  );
  const refresh = element('button', { type: 'button', class: 'pyvet-button', disabled: '', title: 'Ask GitHub again' }, 'Refresh');
  const analysis = element(
    'div',
    { class: 'pyvet-analysis' },
    element('div', { class: 'pyvet-analysis-actions' }, refresh),
    spinnerStatus(element('ol', { class: 'pyvet-steps' }, ...steps)),
  );
  if (couldNotRead.length === 0) return [analysis];
  return [analysis, element('p', { class: 'pyvet-note' }, `Couldn’t read ${couldNotRead.join(', ')} from this page.`)];
}

/** A marketplace profile's first content: its name while the panels load. */
export function marketplaceShellBody(name: string | null): Node[] {
  return [spinnerStatus(name ? `Opening pyvet for ${name}…` : 'Opening pyvet…')];
}

export interface SidebarShellInput {
  placement: 'github' | 'marketplace';
  colorMode: ColorMode;
  /** As the reviewer left it, when already read; otherwise the frame opens and follows the setting's answer. */
  collapsed: boolean | undefined;
  body: Node[];
}

/** Paints the frame in the page at once; the UI takes it over with `SidebarUi.show…Sidebar`. */
export async function paintSidebarShell(ctx: ContentScriptContext, input: SidebarShellInput): Promise<SidebarShell> {
  let collapsed = input.collapsed ?? false;
  const label = (isCollapsed: boolean) => (isCollapsed ? 'Show pyvet' : 'Hide pyvet');
  const toggle = element('button', { type: 'button', class: 'pyvet-toggle', 'aria-controls': 'pyvet-body' });
  const body = element('div', { id: 'pyvet-body', class: 'pyvet-body', 'data-testid': 'sidebar-shell' }, ...input.body);
  const frame = element(
    'aside',
    { class: 'pyvet-sidebar', 'data-theme': input.colorMode, 'data-placement': input.placement, 'aria-label': 'pyvet', 'aria-busy': 'true' },
    element('header', { class: 'pyvet-header' }, element('span', { class: 'pyvet-brand' }, 'pyvet'), toggle),
    body,
  );
  const show = (isCollapsed: boolean) => {
    collapsed = isCollapsed;
    frame.dataset.collapsed = String(isCollapsed);
    body.hidden = isCollapsed;
    toggle.setAttribute('aria-expanded', String(!isCollapsed));
    toggle.title = label(isCollapsed);
    toggle.replaceChildren(isCollapsed ? '‹' : '›', element('span', { class: 'pyvet-visually-hidden' }, label(isCollapsed)));
  };
  show(collapsed);
  let toggled = false;
  toggle.addEventListener('click', () => {
    toggled = true;
    show(!collapsed);
    void sidebarCollapsed.setValue(collapsed);
  });
  const stopWatching = watchSidebarCollapsed(show);
  if (input.collapsed === undefined) void sidebarCollapsed.getValue().then((saved) => toggled || show(saved));

  const sidebar = await mountSidebar(ctx, (container) => container.append(frame));
  sidebar.onRemove(stopWatching);
  return {
    sidebar,
    get collapsed() {
      return collapsed;
    },
    handOver: stopWatching,
    showLoadFailure() {
      frame.setAttribute('aria-busy', 'false');
      body.replaceChildren(
        element(
          'div',
          { role: 'alert', class: 'pyvet-problem', 'data-testid': 'error' },
          element('p', { class: 'pyvet-problem-title' }, 'pyvet’s sidebar could not be loaded into this page.'),
          element('p', {}, 'Reload the page; if pyvet was just updated or reloaded, that brings the new version in.'),
        ),
      );
    },
  };
}
