/**
 * Upwork renders a profile's overview and skills from its Nuxt state
 * (`window.__NUXT__`), which only the page's own JavaScript world can see.
 * A main-world content script copies the few fields pyvet needs as plain
 * data and posts them to the isolated content script, which validates them
 * with UpworkPageStateSchema before use. Nothing here evaluates page code.
 *
 * This module stays free of zod and browser APIs: it is bundled into the
 * main-world script, which runs among the page's own scripts.
 */

/** Message `source` values, so both worlds ignore every other postMessage. */
export const PAGE_STATE_REQUEST = 'pyvet:upwork-state-request';
export const PAGE_STATE_ANSWER = 'pyvet:upwork-state';

export interface UpworkPageState {
  /** The "~01…" ids of the profile the state is about (its id, and the legacy one when it has one). */
  profileIds: string[];
  overview: string | null;
  skills: string[];
  hourlyRate: { amount: number; currency: string } | null;
  /** The addresses the freelancer gave their portfolio projects (a GitHub repository, say). */
  projectLinks: string[];
}

const MAX_TEXT = 20_000;
const MAX_SKILLS = 60;
const MAX_LINKS = 50;
const MAX_LINK = 2_000;

function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const text = (value: unknown, limit = MAX_TEXT) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, limit) : null);

const texts = (list: unknown, key: string, max: number, limit: number) =>
  Array.isArray(list) ? list.map((item) => text(at(item, key), limit)).filter((item): item is string => item !== null).slice(0, max) : [];

/**
 * A plain-data copy of what pyvet reads from the Nuxt state (seen 2026-06:
 * `state.profileViewer.profile.profile.{description, skills[].prettyName}`,
 * `state.profileViewer.profile.stats.hourlyRate`, hidden when
 * `state.profileViewer.isHideHourlyRate`, `…profile.identity.{ciphertext, legacyCiphertext}` and
 * `…profile.portfolios[].projectUrl`). Null when the shape is unknown, as on
 * the skeleton pages Upwork serves before a profile loads (`profile: null`).
 */
export function extractUpworkPageState(nuxt: unknown): UpworkPageState | null {
  const viewer = at(nuxt, 'state', 'profileViewer');
  const profile = at(viewer, 'profile', 'profile');
  if (typeof profile !== 'object' || profile === null) return null;

  const rate = at(viewer, 'profile', 'stats', 'hourlyRate');
  const amount = at(rate, 'amount');
  const currency = at(rate, 'currencyCode');
  const rateShown = at(viewer, 'isHideHourlyRate') !== true;
  return {
    profileIds: ['ciphertext', 'legacyCiphertext']
      .map((key) => text(at(viewer, 'profile', 'identity', key), 100))
      .filter((id): id is string => id !== null),
    overview: text(at(profile, 'description')),
    skills: texts(at(profile, 'skills'), 'prettyName', MAX_SKILLS, 100),
    hourlyRate:
      rateShown && typeof amount === 'number' && amount > 0 && typeof currency === 'string' ? { amount, currency } : null,
    projectLinks: texts(at(viewer, 'profile', 'portfolios'), 'projectUrl', MAX_LINKS, MAX_LINK),
  };
}
