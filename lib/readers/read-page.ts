import { siteOf } from '../sites/sites';
import { readGitHubProfile } from './github/profile-reading';
import { readMarketplaceProfile } from './marketplace/read-profile';
import type { ProfileReading } from './profile-reading';
import { mergeUpworkPageState, readUpworkPageStateFromScript } from './upwork/merge-page-state';

export type PageReadResult =
  | { status: 'read'; reading: ProfileReading }
  | { status: 'unknown-site'; host: string }
  | { status: 'not-a-profile'; site: string };

/**
 * Reads a saved profile page of any site pyvet knows, choosing the reader
 * from the URL, as the extension reads it live. A saved page has no page
 * world to ask, so Upwork's page state is read from its script text.
 */
export function readProfilePage(document: Document, url: URL): PageReadResult {
  const site = siteOf(url);
  if (!site) return { status: 'unknown-site', host: url.hostname };
  const reading = site.id === 'github' ? readGitHubProfile(document, url) : readMarketplaceProfile(document, url);
  if (!reading) return { status: 'not-a-profile', site: site.id };
  const upworkState = reading.site === 'upwork' ? readUpworkPageStateFromScript(document) : null;
  return { status: 'read', reading: upworkState ? mergeUpworkPageState(reading, upworkState) : reading };
}
