import { readFromPageFacts } from '../marketplace/reading-builder';
import type { ProfileReading } from '../profile-reading';
import { FIVERR } from '../../sites/sites';
import { readFiverrPerseusProps } from './perseus-props';
import { fiverrSelectors } from './selectors';

/**
 * Reads a Fiverr seller profile: from the JSON props the page is rendered
 * from when they are about this seller, else from structured data and
 * visible patterns (no real page verified yet).
 */
export function readFiverrProfile(document: Document, url: URL): ProfileReading {
  const handle = FIVERR.profileHandle(url);
  return readFromPageFacts(document, url, {
    site: 'fiverr',
    brand: 'Fiverr',
    handle,
    siteData: readFiverrPerseusProps(document, handle),
    selectors: fiverrSelectors,
  });
}
