import { z } from 'zod';
import { ProfileReadingSchema, type ProfileReading } from '../profile-reading';
import { PAGE_STATE_ANSWER, PAGE_STATE_REQUEST } from './page-state';

/** What the main world may hand over; anything else is dropped. */
export const UpworkPageStateSchema = z.object({
  overview: z.string().max(20_000).nullable(),
  skills: z.array(z.string().max(100)).max(60),
  hourlyRate: z.object({ amount: z.number().positive(), currency: z.string().regex(/^[A-Z]{3}$/) }).nullable(),
});
export type ValidUpworkPageState = z.infer<typeof UpworkPageStateSchema>;

const ASK_AGAIN_MS = 100;

const COULD_NOT_READ_NAMES = { overview: 'overview', skills: 'skills', hourlyRate: 'hourly rate' } as const;

/**
 * Fills the fields the markup lacked from the page's own state. Markup wins
 * where it had a value; a field filled here leaves `couldNotRead`.
 */
export function mergeUpworkPageState(reading: ProfileReading, state: ValidUpworkPageState): ProfileReading {
  const merged: ProfileReading = { ...reading };
  if (merged.overview === null && state.overview) merged.overview = state.overview;
  if (merged.skills.length === 0 && state.skills.length > 0) merged.skills = state.skills;
  if (merged.hourlyRate === null && state.hourlyRate) {
    const { amount, currency } = state.hourlyRate;
    merged.hourlyRate = { amount, currency, text: `${amount} ${currency}/hr (profile data)` };
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
