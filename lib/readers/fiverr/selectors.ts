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
  // 2026-06, unverified: data-testid hooks, class names and schema.org microdata.
  name: ['[data-testid="seller-name"]', '.seller-card h1', '[itemtype$="schema.org/Person"] [itemprop="name"]'],
  title: ['[data-testid="seller-oneliner"]', '.seller-card .oneliner', '[itemtype$="schema.org/Person"] [itemprop="jobTitle"]'],
  overview: ['[data-testid="seller-description"]', '.seller-card .description', '[itemtype$="schema.org/Person"] [itemprop="description"]'],
  location: ['[data-testid="seller-country"]', '.seller-card .country', '[itemtype$="schema.org/Person"] [itemprop="address"]'],
  // 2026-06, unverified: Fiverr's hourly offer line.
  hourlyRate: ['[data-testid="hourly-rate"]'],
  // 2026-06, unverified: the "Skills" list on the seller card.
  skills: ['[data-testid="seller-skills"] li', '.seller-card .skills li', '.skills-section li'],
};
