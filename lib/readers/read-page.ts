import { siteOf } from '../sites/sites';
import { readGitHubProfile } from './github/profile-reading';
import { readMarketplaceProfile } from './marketplace/read-profile';
import type { ProfileReading } from './profile-reading';

export type PageReadResult =
  | { status: 'read'; reading: ProfileReading }
  | { status: 'unknown-site'; host: string }
  | { status: 'not-a-profile'; site: string };

/** Reads any profile page pyvet knows, choosing the reader from the URL. */
export function readProfilePage(document: Document, url: URL): PageReadResult {
  const site = siteOf(url);
  if (!site) return { status: 'unknown-site', host: url.hostname };
  const reading = site.id === 'github' ? readGitHubProfile(document, url) : readMarketplaceProfile(document, url);
  return reading ? { status: 'read', reading } : { status: 'not-a-profile', site: site.id };
}
