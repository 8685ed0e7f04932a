import { readFromPageFacts } from '../marketplace/reading-builder';
import type { ProfileReading } from '../profile-reading';
import { toptalSelectors } from './selectors';

export const TOPTAL_HOSTS: readonly string[] = ['www.toptal.com', 'toptal.com'];

/**
 * The resume's name slug when the URL is a Toptal resume (`/resume/<name>` or
 * `/<category>/resume/<name>`, e.g. /developers/resume/jane-doe), else null.
 */
export function toptalProfileHandle(url: URL): string | null {
  if (url.protocol !== 'https:' || !TOPTAL_HOSTS.includes(url.hostname)) return null;
  return /^\/(?:[a-z0-9-]+\/)?resume\/([A-Za-z0-9-]{2,100})\/?$/.exec(url.pathname)?.[1] ?? null;
}

/** Reads a Toptal resume from structured data and visible patterns only (no real page verified yet). */
export function readToptalProfile(document: Document, url: URL): ProfileReading {
  return readFromPageFacts(document, url, {
    site: 'toptal',
    brand: 'Toptal',
    handle: toptalProfileHandle(url),
    selectors: toptalSelectors,
  });
}
