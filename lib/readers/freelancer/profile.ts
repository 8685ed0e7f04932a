import { readFromPageFacts } from '../marketplace/reading-builder';
import type { ProfileReading } from '../profile-reading';
import { FREELANCER } from '../../sites/sites';
import { freelancerSelectors } from './selectors';

/** Reads a Freelancer.com profile from structured data and visible patterns only (no real page verified yet). */
export function readFreelancerProfile(document: Document, url: URL): ProfileReading {
  return readFromPageFacts(document, url, {
    site: 'freelancer',
    brand: 'Freelancer',
    handle: FREELANCER.profileHandle(url),
    selectors: freelancerSelectors,
  });
}
