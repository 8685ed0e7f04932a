import { useEffect, useState } from 'react';
import type { CandidateSaving } from '@/lib/ui/candidate-saving';
import type { AtsSending } from '@/lib/ui/ats-sending';
import { GITHUB, MARKETPLACES, marketplaceOf, type MarketplaceId } from '@/lib/sites/sites';
import { githubCandidate, type PageCandidate } from '@/lib/messaging/page-reading';
import type { RoleServices } from '@/lib/ui/role-services';
import { STAGE_LABELS, type Candidate } from '@/lib/shortlists/records';
import type { AnalyzeAccount } from '../candidate/GitHubAnalysis';
import { LoginField } from '../candidate/LoginField';
import { PageCandidatePanel } from './PageCandidatePanel';

export interface LinkedAccount {
  login: string;
  url: string;
}

export interface PopupPanelProps {
  getActiveTab: () => Promise<{ id: number; url: string } | null>;
  /** GitHub accounts the page in the tab links to (read with activeTab); rejects where pages can't be read. */
  findLinkedAccounts: (tabId: number) => Promise<LinkedAccount[]>;
  marketplaceEnabled: (site: MarketplaceId) => Promise<boolean>;
  /** Asks the user for the site's optional permission; true when granted. Must run in the click. */
  enableMarketplace: (site: MarketplaceId, tabId: number) => Promise<boolean>;
  /** The candidate the tab's pyvet sidebar shows; null when there is none. */
  askCandidate: (tabId: number) => Promise<PageCandidate | null>;
  /** The most recently saved candidates. */
  listRecent: () => Promise<Candidate[]>;
  analyze: AnalyzeAccount;
  roles: RoleServices;
  saving: CandidateSaving;
  /** Sending the saved candidate to the team's ATS, when one is connected. */
  ats: AtsSending;
  openShortlists: () => void;
  openOptions: () => void;
}

type TabKind =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'github-profile'; tabId: number; login: string; url: string }
  | { kind: 'marketplace'; site: MarketplaceId; enabled: boolean; tabId: number }
  | { kind: 'other'; tabId: number };

/** The toolbar popup: where pyvet works on this tab, GitHub accounts the page links, and any login on demand. */
export function PopupPanel(props: PopupPanelProps) {
  const { getActiveTab, findLinkedAccounts, marketplaceEnabled, askCandidate, listRecent } = props;
  const [tab, setTab] = useState<TabKind>({ kind: 'loading' });
  const [linked, setLinked] = useState<LinkedAccount[] | null>(null);
  const [login, setLogin] = useState<string | null>(null);
  const [permissionNote, setPermissionNote] = useState<string | null>(null);
  const [pageCandidate, setPageCandidate] = useState<PageCandidate | null>(null);
  const [recent, setRecent] = useState<Candidate[]>([]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const active = await getActiveTab().catch(() => null);
      const url = active ? parseUrl(active.url) : null;
      if (!active || !url || !/^https?:$/.test(url.protocol)) return live && setTab({ kind: 'none' });
      const login = GITHUB.profileHandle(url);
      if (login) {
        if (live) setTab({ kind: 'github-profile', tabId: active.id, login, url: url.href });
        const candidate = await askCandidate(active.id).catch(() => null);
        if (live) setPageCandidate(candidate ?? githubCandidate(login));
        return;
      }
      const site = marketplaceOf(url)?.id;
      if (site) {
        const enabled = await marketplaceEnabled(site).catch(() => false);
        if (live) setTab({ kind: 'marketplace', site, enabled, tabId: active.id });
        const candidate = enabled ? await askCandidate(active.id).catch(() => null) : null;
        if (live && candidate) return setPageCandidate(candidate);
      } else if (live) setTab({ kind: 'other', tabId: active.id });
      const accounts = await findLinkedAccounts(active.id).catch(() => []);
      if (live) setLinked(accounts);
    })();
    return () => {
      live = false;
    };
  }, [getActiveTab, findLinkedAccounts, marketplaceEnabled, askCandidate]);

  useEffect(() => {
    let live = true;
    listRecent().then(
      (candidates) => live && setRecent(candidates),
      () => undefined, // Recent candidates are a convenience; the popup works without them.
    );
    return () => {
      live = false;
    };
  }, [listRecent]);

  const enable = async (site: MarketplaceId, tabId: number) => {
    const granted = await props.enableMarketplace(site, tabId).catch(() => false);
    setPermissionNote(
      granted
        ? `pyvet now reads ${MARKETPLACES[site].label} profiles; its sidebar is on this page.`
        : `Not enabled: pyvet stays off ${MARKETPLACES[site].label}. Everything else works as before.`,
    );
    if (granted) setTab({ kind: 'marketplace', site, enabled: true, tabId });
  };

  return (
    <main className="pyvet-page pyvet-popup" aria-labelledby="pyvet-popup-title">
      <h1 id="pyvet-popup-title">pyvet</h1>
      <p data-testid="popup-status">{describeTab(tab)}</p>
      {tab.kind === 'marketplace' && !tab.enabled && (
        <button type="button" onClick={() => void enable(tab.site, tab.tabId)} data-testid="enable-marketplace">
          Enable pyvet on {MARKETPLACES[tab.site].label}
        </button>
      )}
      {permissionNote && (
        <p role="status" data-testid="permission-note">
          {permissionNote}
        </p>
      )}

      {pageCandidate ? (
        <PageCandidatePanel candidate={pageCandidate} analyze={props.analyze} roles={props.roles} saving={props.saving} ats={props.ats} />
      ) : (
        <>
          {linked && linked.length > 0 && (
            <section aria-labelledby="pyvet-linked-title">
              <h2 id="pyvet-linked-title">GitHub accounts on this page</h2>
              <ul className="pyvet-linked" data-testid="linked-accounts">
                {linked.map((account) => (
                  <li key={account.login}>
                    <button type="button" onClick={() => setLogin(account.login)}>
                      Analyze {account.login}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}

          <LoginField onLogin={setLogin} label="Analyze a GitHub login" />
          {login && (
            <PageCandidatePanel
              key={login}
              candidate={githubCandidate(login)}
              analyze={props.analyze}
              roles={props.roles}
              saving={props.saving}
              ats={props.ats}
            />
          )}
          {recent.length > 0 && <RecentCandidates candidates={recent} onAnalyze={setLogin} />}
        </>
      )}

      <nav className="pyvet-actions" aria-label="pyvet pages">
        <button type="button" onClick={props.openShortlists}>
          Shortlists
        </button>
        <button type="button" onClick={props.openOptions}>
          Options
        </button>
      </nav>
    </main>
  );
}

/** The most recently saved people, one click from their analysis. */
function RecentCandidates({ candidates, onAnalyze }: { candidates: Candidate[]; onAnalyze: (login: string) => void }) {
  return (
    <section aria-labelledby="pyvet-recent-title">
      <h2 id="pyvet-recent-title">Recent candidates</h2>
      <ul className="pyvet-linked" data-testid="recent-candidates">
        {candidates.map((candidate) => (
          <li key={candidate.id}>
            {candidate.githubLogin ? (
              <button type="button" onClick={() => onAnalyze(candidate.githubLogin ?? '')}>
                {candidate.displayName ?? candidate.githubLogin}
              </button>
            ) : (
              <span>{candidate.displayName ?? candidate.profileUrls[0] ?? 'Unnamed'}</span>
            )}{' '}
            <span className="pyvet-hint">{STAGE_LABELS[candidate.stage]}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function describeTab(tab: TabKind): string {
  switch (tab.kind) {
    case 'loading':
      return 'Looking at this tab…';
    case 'github-profile':
      return 'pyvet’s sidebar is on this profile, at the right of the page.';
    case 'marketplace':
      return tab.enabled
        ? `pyvet reads ${MARKETPLACES[tab.site].label} profiles: its sidebar shows on profile pages.`
        : `pyvet can read ${MARKETPLACES[tab.site].label} profiles once you allow it to.`;
    case 'none':
    case 'other':
      return 'pyvet works on GitHub profiles and, once enabled, on Upwork, Freelancer.com, Toptal and Fiverr profiles.';
  }
}
