import { readFromPageFacts } from '../marketplace/reading-builder';
import type { ProfileReading } from '../profile-reading';
import { FIVERR } from '../../sites/sites';
import { fiverrSelectors } from './selectors';

/** Reads a Fiverr seller profile from structured data and visible patterns only (no real page verified yet). */
export function readFiverrProfile(document: Document, url: URL): ProfileReading {
  return readFromPageFacts(document, url, {
    site: 'fiverr',
    brand: 'Fiverr',
    handle: FIVERR.profileHandle(url),
    selectors: fiverrSelectors,
  });
}
