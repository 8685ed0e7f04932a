import type { UnverifiedSiteSelectors } from '../marketplace/reading-builder';

/**
 * Selectors for Fiverr seller profiles (`/<username>`). No real saved page
 * could be found for the corpus (test/corpus/README.md), so every one of these is
 * UNVERIFIED against a real page: plausible fallbacks tried after the page's
 * JSON-LD Person and OpenGraph tags. Gig prices ("From $50") are per project
 * and are never read as a rate; only a price written per hour is.
 */
export const fiverrSelectors: UnverifiedSiteSelectors = {
  // 2026-06, unverified: the seller card / profile column; then the reader falls back to `main`.
  profileRoot: ['.seller-card', '.seller-profile', '[data-testid="seller-profile"]'],
  // 2026-06, unverified: data-testid hooks, class names and schema.org microdata. 2024-04, in a
  // public scraper's code (not seen on a page): `h1[aria-label="Public Name"]`.
  name: [
    '[data-testid="seller-name"]',
    'h1[aria-label="Public Name"]',
    '.seller-card h1',
    '[itemtype$="schema.org/Person"] [itemprop="name"]',
  ],
  // 2023, in a public scraper's code: `.oneliner-wrapper .oneliner`.
  title: ['[data-testid="seller-oneliner"]', '.seller-card .oneliner', '.oneliner-wrapper .oneliner', '[itemtype$="schema.org/Person"] [itemprop="jobTitle"]'],
  // 2023, in a public scraper's code: `div.seller-profile div.description > p`.
  overview: [
    '[data-testid="seller-description"]',
    '.seller-card .description',
    '.seller-profile .description > p',
    '[itemtype$="schema.org/Person"] [itemprop="description"]',
  ],
  // 2023, in a public scraper's code: `ul.user-stats li.location > b` (the country).
  location: [
    '[data-testid="seller-country"]',
    '.seller-card .country',
    'ul.user-stats li.location > b',
    '[itemtype$="schema.org/Person"] [itemprop="address"]',
  ],
  // 2026-06, unverified: Fiverr's hourly offer line.
  hourlyRate: ['[data-testid="hourly-rate"]'],
  // 2026-06, unverified: the "Skills" list on the seller card; 2023, in a public scraper's code: `.skills ul li`.
  skills: ['[data-testid="seller-skills"] li', '.seller-card .skills li', '.skills-section li', '.skills ul li'],
};

/**
 * The JSON props the seller page is rendered from (see perseus-props.ts).
 * 2021–2022, in public scrapers' code: `script#perseus-initial-props`.
 */
export const fiverrDataScript = 'script#perseus-initial-props[type="application/json"]';
