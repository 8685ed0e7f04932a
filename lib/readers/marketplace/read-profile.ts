import { readFiverrProfile } from '../fiverr/profile';
import { readFreelancerProfile } from '../freelancer/profile';
import type { ProfileReading } from '../profile-reading';
import { readToptalProfile } from '../toptal/profile';
import { readUpworkProfile } from '../upwork/profile';
import { marketplaceOf, type MarketplaceId } from '../../sites/sites';

const READERS: Record<MarketplaceId, (document: Document, url: URL) => ProfileReading> = {
  upwork: readUpworkProfile,
  freelancer: readFreelancerProfile,
  toptal: readToptalProfile,
  fiverr: readFiverrProfile,
};

/** Reads a marketplace profile page, or null when the URL is no profile on a supported marketplace. */
export function readMarketplaceProfile(document: Document, url: URL): ProfileReading | null {
  const marketplace = marketplaceOf(url);
  if (!marketplace || marketplace.profileHandle(url) === null) return null;
  return READERS[marketplace.id](document, url);
}
