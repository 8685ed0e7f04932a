import { readFromPageFacts } from '../marketplace/reading-builder';
import type { ProfileReading } from '../profile-reading';
import { FREELANCER } from '../../sites/sites';
import { readFreelancerApiAnswers } from './api-answers';
import { freelancerSelectors } from './selectors';

/**
 * Reads a Freelancer.com profile: from the app's own API answers embedded in
 * the page when it has them, else from structured data and visible patterns
 * (no real page verified yet).
 */
export function readFreelancerProfile(document: Document, url: URL): ProfileReading {
  const handle = FREELANCER.profileHandle(url);
  return readFromPageFacts(document, url, {
    site: 'freelancer',
    brand: 'Freelancer',
    handle,
    siteData: readFreelancerApiAnswers(document, handle),
    selectors: freelancerSelectors,
  });
}
