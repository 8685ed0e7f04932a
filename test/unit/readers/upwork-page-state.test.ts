import { describe, expect, it } from 'vitest';
import { emptyReading } from '@/lib/readers/profile-reading';
import { mergeUpworkPageState, requestUpworkPageState, UpworkPageStateSchema } from '@/lib/readers/upwork/merge-page-state';
import { extractUpworkPageState, PAGE_STATE_ANSWER, PAGE_STATE_REQUEST } from '@/lib/readers/upwork/page-state';

/** The shape Upwork's Nuxt state had in the saved 2026-06 profile, trimmed to what pyvet reads. */
const nuxt = (overrides: { hide?: boolean; description?: unknown; skills?: unknown } = {}) => ({
  state: {
    profileViewer: {
      isHideHourlyRate: overrides.hide ?? false,
      profile: {
        profile: {
          description: overrides.description ?? '  Python backend developer. FastAPI, Postgres.  ',
          skills: overrides.skills ?? [{ prettyName: 'Python' }, { prettyName: 'FastAPI' }, { prettyName: '' }, { other: 1 }],
        },
        stats: { hourlyRate: { currencyCode: 'USD', amount: 40 } },
      },
    },
  },
});

describe('extractUpworkPageState (main world)', () => {
  it('copies overview, skills and the rate as plain data', () => {
    expect(extractUpworkPageState(nuxt())).toEqual({
      overview: 'Python backend developer. FastAPI, Postgres.',
      skills: ['Python', 'FastAPI'],
      hourlyRate: { amount: 40, currency: 'USD' },
    });
  });

  it('leaves the rate out when the freelancer hides it', () => {
    expect(extractUpworkPageState(nuxt({ hide: true }))?.hourlyRate).toBeNull();
  });

  it('returns null for an unknown shape, and survives odd values', () => {
    expect(extractUpworkPageState(undefined)).toBeNull();
    expect(extractUpworkPageState({ state: { profileViewer: 'x' } })).toBeNull();
    expect(extractUpworkPageState(nuxt({ description: 42, skills: 'Python' }))).toMatchObject({ overview: null, skills: [] });
  });
});

describe('mergeUpworkPageState (isolated world)', () => {
  const markup = {
    ...emptyReading('upwork', 'https://www.upwork.com/freelancers/~01abc'),
    name: 'Sergii C.',
    couldNotRead: ['overview', 'total earnings', 'skills', 'hourly rate'],
  };

  it('fills only what the markup lacked and says what is still missing', () => {
    const state = UpworkPageStateSchema.parse(extractUpworkPageState(nuxt()));
    const merged = mergeUpworkPageState(markup, state);
    expect(merged).toMatchObject({
      overview: 'Python backend developer. FastAPI, Postgres.',
      skills: ['Python', 'FastAPI'],
      hourlyRate: { amount: 40, currency: 'USD', text: '40 USD/hr (profile data)' },
      couldNotRead: ['total earnings'],
    });
    const withMarkupRate = mergeUpworkPageState(
      { ...markup, hourlyRate: { amount: 35, currency: 'USD', text: '$35/hr' } },
      state,
    );
    expect(withMarkupRate.hourlyRate?.text).toBe('$35/hr');
  });

  it('refuses state that breaks the contract', () => {
    expect(UpworkPageStateSchema.safeParse({ overview: null, skills: ['x'.repeat(500)], hourlyRate: null }).success).toBe(false);
    expect(UpworkPageStateSchema.safeParse({ overview: null, skills: [], hourlyRate: { amount: -1, currency: 'USD' } }).success).toBe(false);
  });
});

describe('requestUpworkPageState', () => {
  it('asks the page and takes the first valid answer from its origin', async () => {
    const answerer = (event: MessageEvent) => {
      if (event.data?.source !== PAGE_STATE_REQUEST) return;
      window.postMessage({ source: PAGE_STATE_ANSWER, state: { overview: 'bad', skills: 'not a list', hourlyRate: null } }, '*');
      window.postMessage({ source: PAGE_STATE_ANSWER, state: extractUpworkPageState(nuxt()) }, '*');
    };
    window.addEventListener('message', answerer);
    const state = await requestUpworkPageState(window, 1000, new AbortController().signal);
    window.removeEventListener('message', answerer);
    expect(state?.skills).toEqual(['Python', 'FastAPI']);
  });

  it('gives up with null when nobody answers', async () => {
    expect(await requestUpworkPageState(window, 20, new AbortController().signal)).toBeNull();
  });
});
