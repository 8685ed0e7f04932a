import { readFromPageFacts } from '../marketplace/reading-builder';
import type { ProfileReading } from '../profile-reading';
import { fiverrSelectors } from './selectors';

export const FIVERR_HOSTS: readonly string[] = ['www.fiverr.com', 'fiverr.com'];

/**
 * Single-segment paths that are Fiverr's own pages, not sellers. Usernames
 * hold only letters, digits and underscores, so hyphenated paths
 * (/logo-maker, /terms-of-service) never match anyway; they are listed for
 * the reader's sake.
 */
const RESERVED_PATHS = new Set([
  'about', 'academy', 'affiliates', 'auth', 'blog', 'briefs', 'business', 'careers', 'cart', 'categories',
  'checkout', 'community', 'cp', 'dashboard', 'enterprise', 'events', 'favorites', 'forum', 'gigs', 'go',
  'hire', 'inbox', 'invite', 'join', 'jobs', 'learn', 'legal', 'levels', 'lists', 'login', 'logo-maker',
  'logout', 'manage_gigs', 'manage_orders', 'news', 'notifications', 'orders', 'partnerships', 'press',
  'pro', 'register', 'resources', 'search', 'seller_dashboard', 'seller_onboarding', 'sellers', 'services',
  'settings', 'signin', 'signup', 'sitemap', 'start_selling', 'stories', 'subscriptions', 'support',
  'terms_of_service', 'privacy_policy', 'users', 'workspace',
]);

/** The username when the URL is a Fiverr seller profile (`/<username>`), else null; gigs (`/<username>/<gig>`) are not profiles. */
export function fiverrProfileHandle(url: URL): string | null {
  if (url.protocol !== 'https:' || !FIVERR_HOSTS.includes(url.hostname)) return null;
  const username = /^\/([A-Za-z][A-Za-z0-9_]{1,30})\/?$/.exec(url.pathname)?.[1];
  return username && !RESERVED_PATHS.has(username.toLowerCase()) ? username : null;
}

/** Reads a Fiverr seller profile from structured data and visible patterns only (no real page verified yet). */
export function readFiverrProfile(document: Document, url: URL): ProfileReading {
  return readFromPageFacts(document, url, {
    site: 'fiverr',
    brand: 'Fiverr',
    handle: fiverrProfileHandle(url),
    selectors: fiverrSelectors,
  });
}
