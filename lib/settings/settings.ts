import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { z } from 'zod';
import { DEFAULT_FRESHNESS_MS } from '../github/cache-policy';
import { DEFAULT_THRESHOLDS, ThresholdsSchema, type Thresholds } from '../judgement/scorecard';
import { ProfileCorrectionsSchema, type ProfileCorrection } from '../readers/corrections';
import { AtsVendorSchema } from '../shortlists/records';
import { sidebarCollapsed, watchSidebarCollapsed } from './sidebar-collapsed';

/**
 * pyvet's settings, in the extension's local storage only (never synced).
 * The token is read by the background alone and sent only to api.github.com.
 * Every item is defined through `setting`, so "Wipe everything" reaches each
 * one, including any added later.
 */
const everySetting: WxtStorageItem<unknown, Record<string, unknown>>[] = [];

function setting<T>(key: `local:${string}`, fallback: T): WxtStorageItem<T, Record<string, unknown>> {
  const item = storage.defineItem<T>(key, { fallback });
  everySetting.push(item as WxtStorageItem<unknown, Record<string, unknown>>);
  return item;
}

export const githubToken = setting<string | null>('local:githubToken', null);

/** From an hour to a week: past that, a profile's evidence is too old to trust. */
export const FRESHNESS_HOURS_RANGE = { min: 1, max: 168 } as const;

/** How long GitHub's answers are reused before asking again. */
export const freshnessHours = setting<number>('local:freshnessHours', DEFAULT_FRESHNESS_MS / 3600_000);

everySetting.push(sidebarCollapsed as WxtStorageItem<unknown, Record<string, unknown>>);
export { sidebarCollapsed, watchSidebarCollapsed };

/** A fine-grained token with read-only access to public repositories is all pyvet needs. */
export const TOKEN_SETTINGS_URL =
  'https://github.com/settings/personal-access-tokens/new?name=pyvet&description=Read-only%20access%20for%20pyvet';

/** GitHub's token formats: classic (ghp_), fine-grained (github_pat_), and OAuth/app tokens. */
export function looksLikeGitHubToken(value: string): boolean {
  return /^(gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,})$/.test(value.trim());
}

/** The role every view holds candidates against; the backend template until the user picks another. */
export const activeRoleId = setting<string>('local:activeRoleId', 'template-backend');

/** Judgement thresholds (lib/judgement/scorecard.ts); read through loadThresholds, which validates them. */
export const thresholds = setting<Thresholds>('local:thresholds', DEFAULT_THRESHOLDS);

/** The saved thresholds, or the defaults when what is stored no longer parses. */
export async function loadThresholds(): Promise<Thresholds> {
  const saved = ThresholdsSchema.safeParse(await thresholds.getValue());
  return saved.success ? saved.data : DEFAULT_THRESHOLDS;
}

/**
 * Bumped on every scorecard edit, so open sidebars re-evaluate: content
 * scripts can watch extension storage but not the extension's IndexedDB.
 */
export const rolesRevision = setting<number>('local:rolesRevision', 0);

/** Tells open sidebars that roles changed. */
export const announceRoleChange = async () => rolesRevision.setValue((await rolesRevision.getValue()) + 1);

/**
 * Bumped by the background whenever saved candidates or shortlists change,
 * from any view; sidebars and the popup follow it to show the current record.
 */
export const candidatesRevision = setting<number>('local:candidatesRevision', 0);

/** The user's corrections to marketplace readings, by profile address (lib/readers/corrections.ts). */
export const profileCorrections = setting<Record<string, unknown>>('local:profileCorrections', {});

/** Every saved correction; none when what is stored no longer parses. */
export async function loadProfileCorrections(): Promise<Record<string, ProfileCorrection>> {
  const saved = ProfileCorrectionsSchema.safeParse(await profileCorrections.getValue());
  return saved.success ? saved.data : {};
}

export async function saveProfileCorrection(key: string, correction: ProfileCorrection): Promise<void> {
  await profileCorrections.setValue({ ...(await loadProfileCorrections()), [key]: correction });
}

/**
 * The team's applicant tracking system, when the user connected one. Like
 * the GitHub token, the key is read by the background alone, sent only to
 * that vendor's API host, never exported, and wiped by "Wipe everything".
 */
export const AtsConnectionSchema = z.object({
  vendor: AtsVendorSchema,
  apiKey: z.string().trim().min(1).max(500),
  /** Lever only: the Lever user pyvet creates opportunities and notes as (`perform_as`). */
  performAs: z.string().trim().min(1).max(200).nullable(),
  /** Whom the vendor said the key belongs to when it was checked. */
  account: z.string().max(300),
  checkedAt: z.number(),
});
export type AtsConnection = z.infer<typeof AtsConnectionSchema>;

export const atsConnection = setting<unknown>('local:atsConnection', null);

/** The saved connection, or none when nothing (or nothing valid) is stored. */
export async function loadAtsConnection(): Promise<AtsConnection | null> {
  const saved = AtsConnectionSchema.safeParse(await atsConnection.getValue());
  return saved.success ? saved.data : null;
}

/** Every setting above, for "Wipe everything": the token and the ATS key included. */
export const ALL_SETTINGS: readonly WxtStorageItem<unknown, Record<string, unknown>>[] = everySetting;
