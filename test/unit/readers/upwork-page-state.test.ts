import { describe, expect, it } from 'vitest';
import { readMarketplaceProfile } from '@/lib/readers/marketplace/read-profile';
import { emptyReading } from '@/lib/readers/profile-reading';
import {
  mergeUpworkPageState,
  readUpworkPageStateFromScript,
  requestUpworkPageState,
  UpworkPageStateSchema,
} from '@/lib/readers/upwork/merge-page-state';
import { extractUpworkPageState, PAGE_STATE_ANSWER, PAGE_STATE_REQUEST } from '@/lib/readers/upwork/page-state';
import { parseHtml, readOwnFixture } from '../../support/fixtures';

/** The shape Upwork's Nuxt state had in the saved 2026-06 profile, trimmed to what pyvet reads. */
const nuxt = (overrides: { hide?: boolean; description?: unknown; skills?: unknown; portfolios?: unknown } = {}) => ({
  state: {
    profileViewer: {
      isHideHourlyRate: overrides.hide ?? false,
      profile: {
        identity: { ciphertext: '~01abc0000000000001', legacyCiphertext: '~0123456789abcdef' },
        profile: {
          description: overrides.description ?? '  Python backend developer. FastAPI, Postgres.  ',
          skills: overrides.skills ?? [{ prettyName: 'Python' }, { prettyName: 'FastAPI' }, { prettyName: '' }, { other: 1 }],
        },
        stats: { hourlyRate: { currencyCode: 'USD', amount: 40 } },
        portfolios: overrides.portfolios ?? [{ projectUrl: 'https://github.com/ada-py/etl' }, { projectUrl: null }],
      },
    },
  },
});

describe('extractUpworkPageState (main world)', () => {
  it('copies the profile id, overview, skills, the rate and the portfolio links as plain data', () => {
    expect(extractUpworkPageState(nuxt())).toEqual({
      profileIds: ['~01abc0000000000001', '~0123456789abcdef'],
      overview: 'Python backend developer. FastAPI, Postgres.',
      skills: ['Python', 'FastAPI'],
      hourlyRate: { amount: 40, currency: 'USD' },
      projectLinks: ['https://github.com/ada-py/etl'],
    });
  });

  it('is null on a skeleton page, whose state has no profile yet', () => {
    expect(extractUpworkPageState({ state: { profileViewer: { profile: null } } })).toBeNull();
  });

  it('leaves the rate out when the freelancer hides it', () => {
    expect(extractUpworkPageState(nuxt({ hide: true }))?.hourlyRate).toBeNull();
  });

  it('returns null for an unknown shape, and survives odd values', () => {
    expect(extractUpworkPageState(undefined)).toBeNull();
    expect(extractUpworkPageState({ state: { profileViewer: 'x' } })).toBeNull();
    expect(extractUpworkPageState(nuxt({ description: 42, skills: 'Python', portfolios: {} }))).toMatchObject({
      overview: null,
      skills: [],
      projectLinks: [],
    });
  });
});

describe('mergeUpworkPageState (isolated world)', () => {
  const markup = {
    ...emptyReading('upwork', 'https://www.upwork.com/freelancers/~01abc0000000000001'),
    handle: '~01abc0000000000001',
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

  it('adds the GitHub accounts the overview names, then those portfolio projects link, after the page’s own', () => {
    const state = UpworkPageStateSchema.parse(
      extractUpworkPageState(nuxt({ description: 'Code samples: github.com/Grace-H. GitHub: https://github.com/features' })),
    );
    expect(mergeUpworkPageState({ ...markup, githubLogins: ['grace-h', 'linus-t'] }, state).githubLogins).toEqual([
      'grace-h',
      'linus-t',
      'ada-py',
    ]);
    expect(mergeUpworkPageState(markup, state).githubLogins).toEqual(['Grace-H', 'ada-py']);
  });

  it('uses nothing from state about another profile (the state script after a client-side navigation)', () => {
    const state = UpworkPageStateSchema.parse(extractUpworkPageState(nuxt()));
    const other = { ...markup, handle: '~01fff0000000000009', url: 'https://www.upwork.com/freelancers/~01fff0000000000009' };
    expect(mergeUpworkPageState(other, state)).toEqual(other);
    // The legacy id is the same profile; a vanity name cannot be checked against the state's ids.
    expect(mergeUpworkPageState({ ...markup, handle: '~0123456789ABCDEF' }, state).skills).toEqual(['Python', 'FastAPI']);
    expect(mergeUpworkPageState({ ...markup, handle: 'sergiic' }, state).skills).toEqual(['Python', 'FastAPI']);
  });

  it('refuses state that breaks the contract', () => {
    expect(UpworkPageStateSchema.safeParse({ overview: null, skills: ['x'.repeat(500)], hourlyRate: null }).success).toBe(false);
    expect(UpworkPageStateSchema.safeParse({ overview: null, skills: [], hourlyRate: { amount: -1, currency: 'USD' } }).success).toBe(false);
  });
});

describe('readUpworkPageStateFromScript (pages with no live page world)', () => {
  const readPage = (file: string, href: string) => {
    const document = parseHtml(readOwnFixture(`marketplace-pages/${file}`));
    const markup = readMarketplaceProfile(document, new URL(href));
    const state = readUpworkPageStateFromScript(document);
    return { markup: markup!, state, merged: state ? mergeUpworkPageState(markup!, state) : null };
  };

  it('reads the overview, skills and rate of upwork-profile.html from its script text', () => {
    const { state, merged } = readPage('upwork-profile.html', 'https://www.upwork.com/freelancers/~01synthetic0000001');
    expect(state).toMatchObject({ profileIds: ['~01synthetic0000001'], hourlyRate: { amount: 45, currency: 'USD' } });
    expect(merged?.overview).toMatch(/^I build and maintain Python backends/);
    expect(merged?.skills).toEqual([
      'Python', 'FastAPI', 'Django', 'PostgreSQL', 'Celery', 'Redis', 'Docker',
      'Amazon Web Services', 'pytest', 'Apache Airflow', 'REST API', 'Stripe',
    ]);
    expect(merged?.couldNotRead).toEqual(['total earnings']);
  });

  it('upwork-profile-github-in-overview.html: accounts from the state, no hidden rate, reserved paths left out', () => {
    const { markup, merged } = readPage(
      'upwork-profile-github-in-overview.html',
      'https://www.upwork.com/freelancers/~01synthetic0000002',
    );
    expect(markup.githubLogins).toEqual([]);
    expect(merged).toMatchObject({
      name: 'Tomasz W.',
      location: 'Gdańsk, Poland',
      skills: ['Python', 'Apache Airflow', 'dbt', 'PostgreSQL', 'Snowflake'],
      hourlyRate: null,
      githubLogins: ['tomasz-w-py', 'tw-data'],
      couldNotRead: ['hourly rate', 'total earnings'],
    });
    expect(merged?.overview).toContain('Code samples: github.com/tomasz-w-py');
  });

  it('takes nothing from a state without a profile (upwork-rewrapped.html), nor from a page without a state', () => {
    expect(readPage('upwork-rewrapped.html', 'https://www.upwork.com/freelancers/janedoe').state).toBeNull();
    expect(readUpworkPageStateFromScript(parseHtml('<main><h3 itemprop="name">Jane D.</h3></main>'))).toBeNull();
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
