import { FIVERR_HOSTS, fiverrProfileHandle, readFiverrProfile } from '../fiverr/profile';
import { FREELANCER_HOSTS, freelancerProfileHandle, readFreelancerProfile } from '../freelancer/profile';
import type { ProfileReading } from '../profile-reading';
import { readToptalProfile, TOPTAL_HOSTS, toptalProfileHandle } from '../toptal/profile';
import { readUpworkProfile, UPWORK_HOSTS, upworkProfileHandle } from '../upwork/profile';

export type MarketplaceSite = 'upwork' | 'freelancer' | 'toptal' | 'fiverr';

interface Marketplace {
  site: MarketplaceSite;
  hosts: readonly string[];
  /** Non-null exactly when the URL is a person's profile on this marketplace. */
  profileHandle: (url: URL) => string | null;
  read: (document: Document, url: URL) => ProfileReading;
}

const MARKETPLACES: readonly Marketplace[] = [
  { site: 'upwork', hosts: UPWORK_HOSTS, profileHandle: upworkProfileHandle, read: readUpworkProfile },
  { site: 'freelancer', hosts: FREELANCER_HOSTS, profileHandle: freelancerProfileHandle, read: readFreelancerProfile },
  { site: 'toptal', hosts: TOPTAL_HOSTS, profileHandle: toptalProfileHandle, read: readToptalProfile },
  { site: 'fiverr', hosts: FIVERR_HOSTS, profileHandle: fiverrProfileHandle, read: readFiverrProfile },
];

function marketplaceOf(url: URL): Marketplace | null {
  if (url.protocol !== 'https:') return null;
  return MARKETPLACES.find((marketplace) => marketplace.hosts.includes(url.hostname)) ?? null;
}

/** The marketplace this https URL is on, whatever the page (profile, job, gig, search …); null elsewhere. Pure. */
export function marketplaceSiteOf(url: URL): MarketplaceSite | null {
  return marketplaceOf(url)?.site ?? null;
}

/** Whether the URL is a person's profile on a supported marketplace (not a job, gig, search, category …). Pure. */
export function isMarketplaceProfileUrl(url: URL): boolean {
  return marketplaceOf(url)?.profileHandle(url) != null;
}

/** Reads a marketplace profile page, or null when the URL is no profile on a supported marketplace. */
export function readMarketplaceProfile(document: Document, url: URL): ProfileReading | null {
  const marketplace = marketplaceOf(url);
  if (!marketplace || marketplace.profileHandle(url) === null) return null;
  return marketplace.read(document, url);
}
