import { readFromPageFacts } from '../marketplace/reading-builder';
import type { ProfileReading } from '../profile-reading';
import { TOPTAL } from '../../sites/sites';
import { toptalSelectors } from './selectors';

/** Reads a Toptal resume from structured data and visible patterns only (no real page verified yet). */
export function readToptalProfile(document: Document, url: URL): ProfileReading {
  return readFromPageFacts(document, url, {
    site: 'toptal',
    brand: 'Toptal',
    handle: TOPTAL.profileHandle(url),
    // No embedded data of Toptal's own is known (no real resume page was found to check).
    siteData: null,
    selectors: toptalSelectors,
  });
}
