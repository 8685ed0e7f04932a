import { storage } from 'wxt/utils/storage';
import { DEFAULT_FRESHNESS_MS } from '../github/cache-policy';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../judgement/scorecard';

/**
 * pyvet's settings, in the extension's local storage only (never synced).
 * The token is read by the background alone and sent only to api.github.com.
 */
export const githubToken = storage.defineItem<string | null>('local:githubToken', { fallback: null });

/** From an hour to a week: past that, a profile's evidence is too old to trust. */
export const FRESHNESS_HOURS_RANGE = { min: 1, max: 168 } as const;

/** How long GitHub's answers are reused before asking again. */
export const freshnessHours = storage.defineItem<number>('local:freshnessHours', {
  fallback: DEFAULT_FRESHNESS_MS / 3600_000,
});

export const sidebarCollapsed = storage.defineItem<boolean>('local:sidebarCollapsed', { fallback: false });

/** For sidebars: follow collapse changes made anywhere (the shortcut, another tab). */
export const watchSidebarCollapsed = (onChange: (collapsed: boolean) => void) =>
  sidebarCollapsed.watch((collapsed) => onChange(Boolean(collapsed)));

/** A fine-grained token with read-only access to public repositories is all pyvet needs. */
export const TOKEN_SETTINGS_URL =
  'https://github.com/settings/personal-access-tokens/new?name=pyvet&description=Read-only%20access%20for%20pyvet';

/** GitHub's token formats: classic (ghp_), fine-grained (github_pat_), and OAuth/app tokens. */
export function looksLikeGitHubToken(value: string): boolean {
  return /^(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})$/.test(value.trim());
}

/** The role every view holds candidates against; the backend template until the user picks another. */
export const activeRoleId = storage.defineItem<string>('local:activeRoleId', { fallback: 'template-backend' });

/** Judgement thresholds (lib/judgement/scorecard.ts); validated where read. */
export const thresholds = storage.defineItem<Thresholds>('local:thresholds', { fallback: DEFAULT_THRESHOLDS });

/**
 * Bumped on every scorecard edit, so open sidebars re-evaluate: content
 * scripts can watch extension storage but not the extension's IndexedDB.
 */
export const rolesRevision = storage.defineItem<number>('local:rolesRevision', { fallback: 0 });

/**
 * Bumped by the background whenever saved candidates or shortlists change,
 * from any view; sidebars and the popup follow it to show the current record.
 */
export const candidatesRevision = storage.defineItem<number>('local:candidatesRevision', { fallback: 0 });

/** The user's corrections to marketplace readings, by profile address (lib/readers/corrections.ts). */
export const profileCorrections = storage.defineItem<Record<string, unknown>>('local:profileCorrections', { fallback: {} });
