import type { UnverifiedSiteSelectors } from '../marketplace/reading-builder';

/**
 * Selectors for Toptal resumes (`/resume/<name>`, `/<category>/resume/<name>`).
 * No real saved page could be found for the corpus (test/corpus/README.md), so
 * every one of these is UNVERIFIED against a real page: plausible fallbacks
 * tried after the page's JSON-LD Person and OpenGraph tags. Toptal resumes
 * show no rate publicly; a rate is read only if the page writes one per hour.
 */
export const toptalSelectors: UnverifiedSiteSelectors = {
  // 2026-06, unverified: the resume body; then the reader falls back to `main`.
  profileRoot: ['[data-testid="resume"]', '#resume'],
  // 2026-06, unverified: data-testid hooks and schema.org microdata.
  name: ['[data-testid="resume-name"]', '[itemtype$="schema.org/Person"] [itemprop="name"]'],
  title: ['[data-testid="resume-title"]', '[itemtype$="schema.org/Person"] [itemprop="jobTitle"]'],
  overview: ['[data-testid="resume-bio"]', '[itemtype$="schema.org/Person"] [itemprop="description"]'],
  location: ['[data-testid="resume-location"]', '[itemtype$="schema.org/Person"] [itemprop="address"]'],
  hourlyRate: [],
  // 2026-06, unverified: the skill tag list.
  skills: ['[data-testid="resume-skills"] li', '[data-testid="skill-tag"]', '.skills-list li'],
};
