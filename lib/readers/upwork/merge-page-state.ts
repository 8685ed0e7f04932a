import { z } from 'zod';
import { githubLoginsInLinks, githubLoginsInTexts, uniqueLogins } from '../marketplace/page-facts';
import { ProfileReadingSchema, rateFromProfileData, type ProfileReading } from '../profile-reading';
import { isUpworkProfileId } from '../../sites/sites';
import { readNuxtState } from './nuxt-script';
import { extractUpworkPageState, PAGE_STATE_ANSWER, PAGE_STATE_REQUEST } from './page-state';

/** What the main world (or the page's script text) may hand over; anything else is dropped. */
export const UpworkPageStateSchema = z.object({
  profileIds: z.array(z.string().max(100)).max(2),
  overview: z.string().max(20_000).nullable(),
  skills: z.array(z.string().max(100)).max(60),
  hourlyRate: z.object({ amount: z.number().positive(), currency: z.string().regex(/^[A-Z]{3}$/) }).nullable(),
  projectLinks: z.array(z.string().max(2_000)).max(50),
});
export type ValidUpworkPageState = z.infer<typeof UpworkPageStateSchema>;

/**
 * The page state read from the page's own `window.__NUXT__=…` script text,
 * without running it: for pages with no live page world (a saved page in the
 * CLI), or when the main-world script does not answer.
 */
export function readUpworkPageStateFromScript(document: Document): ValidUpworkPageState | null {
  const state = UpworkPageStateSchema.safeParse(extractUpworkPageState(readNuxtState(document)));
  return state.success ? state.data : null;
}

const ASK_AGAIN_MS = 100;

const COULD_NOT_READ_NAMES = { overview: 'overview', skills: 'skills', hourlyRate: 'hourly rate' } as const;

/**
 * Whether the state is about the profile the markup shows. After Nuxt's
 * client-side navigation (and in a page saved after one) the state script
 * still holds the first profile opened. A vanity-name handle cannot be checked.
 */
function isAboutThisProfile(reading: ProfileReading, state: ValidUpworkPageState): boolean {
  const { handle } = reading;
  if (!handle || state.profileIds.length === 0 || !isUpworkProfileId(handle)) return true;
  return state.profileIds.some((id) => id.toLowerCase() === handle.toLowerCase());
}

/**
 * Fills the fields the markup lacked from the page's own state. Markup wins
 * where it had a value; a field filled here leaves `couldNotRead`. GitHub
 * accounts the overview names or a portfolio project links are added after
 * the page's own. State about another profile is not used at all.
 */
export function mergeUpworkPageState(reading: ProfileReading, state: ValidUpworkPageState): ProfileReading {
  if (!isAboutThisProfile(reading, state)) return reading;
  const merged: ProfileReading = { ...reading };
  merged.githubLogins = uniqueLogins([
    ...reading.githubLogins,
    // The overview names the person's own account; a portfolio project may be a client's or an organization's.
    ...githubLoginsInTexts([state.overview]),
    ...githubLoginsInLinks(state.projectLinks),
  ]);
  if (merged.overview === null && state.overview) merged.overview = state.overview;
  if (merged.skills.length === 0 && state.skills.length > 0) merged.skills = state.skills;
  if (merged.hourlyRate === null && state.hourlyRate) {
    const { amount, currency } = state.hourlyRate;
    merged.hourlyRate = rateFromProfileData(amount, currency);
  }
  const filled = new Set(
    (Object.keys(COULD_NOT_READ_NAMES) as (keyof typeof COULD_NOT_READ_NAMES)[])
      .filter((field) => (field === 'skills' ? merged.skills.length > 0 : merged[field] !== null))
      .map((field) => COULD_NOT_READ_NAMES[field]),
  );
  merged.couldNotRead = reading.couldNotRead.filter((name) => !filled.has(name as never));
  return ProfileReadingSchema.parse(merged);
}

/**
 * Isolated world: asks the main-world script for the page state and waits
 * up to `timeoutMs` for a valid answer from this page's origin. Null when none
 * comes (the main-world script is absent, or the page changed shape).
 */
export function requestUpworkPageState(window: Window, timeoutMs: number, signal: AbortSignal): Promise<ValidUpworkPageState | null> {
  return new Promise((resolve) => {
    const finish = (state: ValidUpworkPageState | null) => {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      clearInterval(asking);
      resolve(state);
    };
    const onMessage = (event: MessageEvent) => {
      // Only this page's origin may answer (the page's own data, as trusted as its markup).
      if (event.origin !== window.location.origin || event.data?.source !== PAGE_STATE_ANSWER) return;
      const state = UpworkPageStateSchema.safeParse(event.data.state);
      if (state.success) finish(state.data);
    };
    window.addEventListener('message', onMessage);
    const timer = setTimeout(() => finish(null), timeoutMs);
    signal.addEventListener('abort', () => finish(null), { once: true });
    // Both scripts start at document_idle in no set order: ask again until the main world is listening.
    const ask = () => window.postMessage({ source: PAGE_STATE_REQUEST }, window.location.origin);
    const asking = setInterval(ask, ASK_AGAIN_MS);
    ask();
  });
}
