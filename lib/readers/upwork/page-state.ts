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
  overview: string | null;
  skills: string[];
  hourlyRate: { amount: number; currency: string } | null;
}

const MAX_TEXT = 20_000;
const MAX_SKILLS = 60;

function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const text = (value: unknown, limit = MAX_TEXT) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, limit) : null);

/**
 * A plain-data copy of what pyvet reads from the Nuxt state (seen 2026-06:
 * `state.profileViewer.profile.profile.{description, skills[].prettyName}`,
 * `state.profileViewer.profile.stats.hourlyRate`, hidden when
 * `state.profileViewer.isHideHourlyRate`). Null when the shape is unknown.
 */
export function extractUpworkPageState(nuxt: unknown): UpworkPageState | null {
  const viewer = at(nuxt, 'state', 'profileViewer');
  const profile = at(viewer, 'profile', 'profile');
  if (typeof profile !== 'object' || profile === null) return null;

  const skillsList = at(profile, 'skills');
  const skills = Array.isArray(skillsList)
    ? skillsList.map((skill) => text(at(skill, 'prettyName'), 100)).filter((name): name is string => name !== null).slice(0, MAX_SKILLS)
    : [];
  const rate = at(viewer, 'profile', 'stats', 'hourlyRate');
  const amount = at(rate, 'amount');
  const currency = at(rate, 'currencyCode');
  const rateShown = at(viewer, 'isHideHourlyRate') !== true;
  return {
    overview: text(at(profile, 'description')),
    skills,
    hourlyRate:
      rateShown && typeof amount === 'number' && amount > 0 && typeof currency === 'string' ? { amount, currency } : null,
  };
}
