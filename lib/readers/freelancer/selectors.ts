import type { UnverifiedSiteSelectors } from '../marketplace/reading-builder';

/**
 * Selectors for Freelancer.com profiles (`/u/<username>`). No real saved page
 * could be found for the corpus (test/corpus/README.md), so every one of these is
 * UNVERIFIED against a real page: plausible fallbacks tried after the page's
 * JSON-LD Person and OpenGraph tags. Check them against a saved page before
 * trusting them; all are dated so they can be found and replaced.
 */
export const freelancerSelectors: UnverifiedSiteSelectors = {
  // 2026-06, unverified: the Angular app's profile component; then the reader falls back to `main`.
  profileRoot: ['app-user-profile', '[data-testid="profile"]'],
  // 2026-06, unverified: data-testid hooks and schema.org microdata.
  name: ['[data-testid="profile-name"]', '[itemtype$="schema.org/Person"] [itemprop="name"]'],
  title: ['[data-testid="profile-tagline"]', '[itemtype$="schema.org/Person"] [itemprop="jobTitle"]'],
  overview: ['[data-testid="profile-about"]', '[itemtype$="schema.org/Person"] [itemprop="description"]'],
  location: ['[data-testid="profile-location"]', '[itemtype$="schema.org/Person"] [itemprop="address"]'],
  // 2026-06, unverified: the rate line ("$25 USD / Hour").
  hourlyRate: ['[data-testid="profile-hourly-rate"]', '[data-testid="hourly-rate"]'],
  // 2026-06, unverified: the "Top Skills" list.
  skills: ['[data-testid="profile-skills"] a', '[data-testid="profile-skills"] li', 'app-user-profile-skills fl-link'],
};

/**
 * The scripts that may hold the app's API answers (see api-answers.ts): any
 * JSON script, since which one is unverified. 2026-09, a real project page:
 * `script#webapp-state` (the app's store, reshaped camelCase documents, not
 * the API's own answers); Angular's transfer state is `script#ng-state`
 * (Angular 16+) or `script#serverApp-state` (older).
 */
export const freelancerDataScripts = 'script[type="application/json"]';
