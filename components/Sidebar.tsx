import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { FirstLook } from '@/lib/analysis/first-look';
import { explainGitHubError } from '@/lib/github/describe-error';
import type { AnalysisOutcome } from '@/lib/messaging/protocol';
import type { ColorMode } from '@/lib/readers/github/color-mode';
import { GITHUB_PAGE_HOSTS, safeLink } from '@/lib/safe-link';
import { formatDate, formatTimeAgo } from '@/lib/time';

export interface SidebarProps {
  login: string;
  /** The name the profile page shows, used until GitHub's API answers. */
  displayNameOnPage: string | null;
  /** Fields the page reader could not read, shown so nothing is silently missing. */
  couldNotRead: readonly string[];
  colorMode: ColorMode;
  initiallyCollapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  analyze: (login: string) => Promise<AnalysisOutcome>;
  now?: () => number;
}

type SidebarState =
  | { phase: 'analyzing' }
  | { phase: 'done'; outcome: AnalysisOutcome }
  | { phase: 'failed'; message: string };

/** The panel pyvet adds to a GitHub profile: a first look at the candidate's Python work. */
export function Sidebar(props: SidebarProps) {
  const { login, analyze } = props;
  const [collapsed, setCollapsed] = useState(props.initiallyCollapsed);
  const [attempt, setAttempt] = useState(0);
  // Each (login, attempt) is one analysis; until its answer arrives the panel shows progress.
  const analysisKey = `${login}#${attempt}`;
  const [settled, setSettled] = useState<{ key: string; state: SidebarState } | null>(null);
  const state: SidebarState = settled?.key === analysisKey ? settled.state : { phase: 'analyzing' };

  useEffect(() => {
    let current = true;
    analyze(login).then(
      (outcome) => current && setSettled({ key: analysisKey, state: { phase: 'done', outcome } }),
      (error: unknown) =>
        current &&
        setSettled({
          key: analysisKey,
          state: { phase: 'failed', message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      current = false;
    };
  }, [login, analyze, analysisKey]);

  const toggle = useCallback(() => {
    setCollapsed((was) => {
      props.onCollapsedChange(!was);
      return !was;
    });
  }, [props]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const now = (props.now ?? Date.now)();

  return (
    <aside className="pyvet-sidebar" data-theme={props.colorMode} data-collapsed={collapsed} aria-label="pyvet">
      <header className="pyvet-header">
        <span className="pyvet-brand">pyvet</span>
        <button
          type="button"
          className="pyvet-toggle"
          aria-expanded={!collapsed}
          aria-controls="pyvet-body"
          onClick={toggle}
          title={collapsed ? 'Show pyvet' : 'Hide pyvet'}
        >
          {collapsed ? '‹' : '›'}
          <span className="pyvet-visually-hidden">{collapsed ? 'Show pyvet' : 'Hide pyvet'}</span>
        </button>
      </header>
      <div id="pyvet-body" className="pyvet-body" hidden={collapsed} data-testid="sidebar-body">
        {state.phase === 'analyzing' && <Analyzing login={login} />}
        {state.phase === 'failed' && (
          <Problem title="pyvet could not finish this analysis." nextStep={state.message} onRetry={retry} />
        )}
        {state.phase === 'done' && state.outcome.status === 'error' && (
          <Problem {...explainGitHubError(state.outcome.error, login, now)} onRetry={retry} />
        )}
        {state.phase === 'done' && state.outcome.status === 'ok' && (
          <FirstLookView firstLook={state.outcome.firstLook} displayNameOnPage={props.displayNameOnPage} now={now} />
        )}
        {props.couldNotRead.length > 0 && (
          <p className="pyvet-note" data-testid="could-not-read">
            Couldn’t read {props.couldNotRead.join(', ')} from this page.
          </p>
        )}
      </div>
    </aside>
  );
}

function Analyzing({ login }: { login: string }) {
  return (
    <div role="status" aria-live="polite" data-testid="status" className="pyvet-progress">
      <span className="pyvet-spinner" aria-hidden="true" />
      <ol className="pyvet-steps">
        <li data-done="true">Read the profile page</li>
        <li>Asking GitHub for {login}’s account and repositories…</li>
      </ol>
    </div>
  );
}

function Problem(props: { title: string; nextStep: string; onRetry: () => void }) {
  return (
    <div role="alert" className="pyvet-problem" data-testid="error">
      <p className="pyvet-problem-title">{props.title}</p>
      <p>{props.nextStep}</p>
      <button type="button" className="pyvet-button" onClick={props.onRetry}>
        Try again
      </button>
    </div>
  );
}

function FirstLookView({
  firstLook,
  displayNameOnPage,
  now,
}: {
  firstLook: FirstLook;
  displayNameOnPage: string | null;
  now: number;
}) {
  const name = firstLook.name ?? displayNameOnPage ?? firstLook.login;
  if (firstLook.isOrganization) {
    return (
      <p className="pyvet-note" data-testid="organization">
        {name} is an organization, not a person: pyvet vets individual developers.
      </p>
    );
  }
  const examinedAll = firstLook.reposExamined >= firstLook.publicRepos;
  return (
    <section aria-labelledby="pyvet-candidate-name" data-testid="first-look">
      <h2 id="pyvet-candidate-name" className="pyvet-name" data-testid="candidate-name">
        {name}
      </h2>
      <ExternalLink className="pyvet-login" href={firstLook.profileUrl}>
        @{firstLook.login}
      </ExternalLink>
      <dl className="pyvet-facts">
        <dt>Public repositories</dt>
        <dd data-testid="public-repos">{firstLook.publicRepos}</dd>
        <dt>Python repositories</dt>
        <dd data-testid="python-repos">
          {firstLook.pythonRepos}
          {firstLook.pythonForks > 0 && ` (${firstLook.pythonForks} of them forks)`}
          {!examinedAll && (
            <span className="pyvet-hint"> among the {firstLook.reposExamined} most recently pushed</span>
          )}
        </dd>
        <dt>Last push to own Python repo</dt>
        <dd data-testid="last-python-push">
          {firstLook.lastPythonPush ? (
            <>
              <ExternalLink href={firstLook.lastPythonPush.url}>{firstLook.lastPythonPush.repo}</ExternalLink>{' '}
              <time dateTime={firstLook.lastPythonPush.pushedAt}>
                {formatDate(Date.parse(firstLook.lastPythonPush.pushedAt))} (
                {formatTimeAgo(Date.parse(firstLook.lastPythonPush.pushedAt), now)})
              </time>
            </>
          ) : (
            'none found'
          )}
        </dd>
      </dl>
      <p className="pyvet-source" data-testid="source">
        From GitHub’s public API, fetched {formatTimeAgo(firstLook.fetchedAt, now)}
        {firstLook.apiRequests === 0 ? ' (cached, no new requests)' : ` (${firstLook.apiRequests} requests)`}.
      </p>
    </section>
  );
}

/** A link to GitHub from API data; anything that is not an https github.com URL renders as plain text. */
function ExternalLink(props: { href: string; className?: string; children: ReactNode }) {
  const href = safeLink(props.href, GITHUB_PAGE_HOSTS);
  if (!href) return <span className={props.className}>{props.children}</span>;
  return (
    <a className={props.className} href={href} target="_blank" rel="noopener noreferrer">
      {props.children}
    </a>
  );
}
