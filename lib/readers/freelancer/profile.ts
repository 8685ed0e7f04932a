import { readFromPageFacts } from '../marketplace/reading-builder';
import type { ProfileReading } from '../profile-reading';
import { freelancerSelectors } from './selectors';

/** Only the .com site; country sites (freelancer.co.uk …) are not enabled in pyvet. */
export const FREELANCER_HOSTS: readonly string[] = ['www.freelancer.com', 'freelancer.com'];

/** The username when the URL is a Freelancer.com profile (`/u/<username>`), else null. */
export function freelancerProfileHandle(url: URL): string | null {
  if (url.protocol !== 'https:' || !FREELANCER_HOSTS.includes(url.hostname)) return null;
  return /^\/u\/([A-Za-z0-9_.-]{2,64})\/?$/.exec(url.pathname)?.[1] ?? null;
}

/** Reads a Freelancer.com profile from structured data and visible patterns only (no real page verified yet). */
export function readFreelancerProfile(document: Document, url: URL): ProfileReading {
  return readFromPageFacts(document, url, {
    site: 'freelancer',
    brand: 'Freelancer',
    handle: freelancerProfileHandle(url),
    selectors: freelancerSelectors,
  });
}
