import { isProfile as isGitHubProfilePath } from 'github-url-detection';
import { GitHubLoginSchema } from './github-login';

/**
 * The one list of sites pyvet reads: GitHub, where it runs on every profile,
 * and the freelance marketplaces, which are optional permissions asked for the
 * first time the user enables one. Each site says which URLs are a person's
 * profile there (pure URL predicates, github-url-detection style), and every
 * other part of pyvet (readers, permissions, links, the popup) asks it.
 */
export const SITE_IDS = ['github', 'upwork', 'freelancer', 'toptal', 'fiverr'] as const;
export type SiteId = (typeof SITE_IDS)[number];
export type MarketplaceId = Exclude<SiteId, 'github'>;

export interface Site<Id extends SiteId = SiteId> {
  id: Id;
  label: string;
  /** Host names whose pages belong to the site; pages are read over https only. */
  hosts: readonly string[];
  /** Host permission patterns (optional permissions for the marketplaces). */
  origins: readonly string[];
  /** The person's handle when the URL is a profile on this site, else null. */
  profileHandle(url: URL): string | null;
}

const onHosts = (url: URL, hosts: readonly string[]) => url.protocol === 'https:' && hosts.includes(url.hostname);

/** A login when the URL is a user or organization profile on github.com (`/<login>`, any tab). */
function githubProfileHandle(url: URL): string | null {
  if (!onHosts(url, GITHUB.hosts) || !isGitHubProfilePath(url)) return null;
  const login = GitHubLoginSchema.safeParse(url.pathname.split('/')[1]);
  return login.success ? login.data : null;
}

/** Upwork ids look like "~01140923f209578a6b"; vanity names ("/freelancers/janedoe") are single segments. */
const UPWORK_PROFILE_ID = /^~0[0-9a-z]{6,}$/i;
const UPWORK_VANITY_NAME = /^[A-Za-z0-9_-]{3,60}$/;
/** Single segments under /freelancers/ that are pages, not people (unverified list, kept short). */
const UPWORK_NOT_PROFILES = new Set(['settings', 'search', 'signup', 'apply', 'profile', 'api']);

/** Whether an Upwork handle is a profile id ("~01…") rather than a vanity name. */
export const isUpworkProfileId = (handle: string) => UPWORK_PROFILE_ID.test(handle);

/** The profile's id or vanity name for `/freelancers/~0…` or `/freelancers/<name>`. */
function upworkProfileHandle(url: URL): string | null {
  if (!onHosts(url, UPWORK.hosts)) return null;
  const segment = /^\/freelancers\/([^/]+)\/?$/.exec(url.pathname)?.[1];
  if (!segment) return null;
  if (UPWORK_PROFILE_ID.test(segment)) return segment;
  return UPWORK_VANITY_NAME.test(segment) && !UPWORK_NOT_PROFILES.has(segment.toLowerCase()) ? segment : null;
}

/** The username for a Freelancer.com profile (`/u/<username>`). */
function freelancerProfileHandle(url: URL): string | null {
  if (!onHosts(url, FREELANCER.hosts)) return null;
  return /^\/u\/([A-Za-z0-9_.-]{2,64})\/?$/.exec(url.pathname)?.[1] ?? null;
}

/** The name slug for a Toptal resume (`/resume/<name>` or `/<category>/resume/<name>`). */
function toptalProfileHandle(url: URL): string | null {
  if (!onHosts(url, TOPTAL.hosts)) return null;
  return /^\/(?:[a-z0-9-]+\/)?resume\/([A-Za-z0-9-]{2,100})\/?$/.exec(url.pathname)?.[1] ?? null;
}

/**
 * Single-segment paths that are Fiverr's own pages, not sellers. Usernames
 * hold only letters, digits and underscores, so hyphenated paths
 * (/logo-maker, /terms-of-service) never match anyway; they are listed for
 * the reader's sake.
 */
const FIVERR_RESERVED_PATHS = new Set([
  'about', 'academy', 'affiliates', 'auth', 'blog', 'briefs', 'business', 'careers', 'cart', 'categories',
  'checkout', 'community', 'cp', 'dashboard', 'enterprise', 'events', 'favorites', 'forum', 'gigs', 'go',
  'hire', 'inbox', 'invite', 'join', 'jobs', 'learn', 'legal', 'levels', 'lists', 'login', 'logo-maker',
  'logout', 'manage_gigs', 'manage_orders', 'news', 'notifications', 'orders', 'partnerships', 'press',
  'pro', 'register', 'resources', 'search', 'seller_dashboard', 'seller_onboarding', 'sellers', 'services',
  'settings', 'signin', 'signup', 'sitemap', 'start_selling', 'stories', 'subscriptions', 'support',
  'terms_of_service', 'privacy_policy', 'users', 'workspace',
]);

/** The username for a Fiverr seller profile (`/<username>`); gigs (`/<username>/<gig>`) are not profiles. */
function fiverrProfileHandle(url: URL): string | null {
  if (!onHosts(url, FIVERR.hosts)) return null;
  const username = /^\/([A-Za-z][A-Za-z0-9_]{1,30})\/?$/.exec(url.pathname)?.[1];
  return username && !FIVERR_RESERVED_PATHS.has(username.toLowerCase()) ? username : null;
}

export const GITHUB: Site<'github'> = {
  id: 'github',
  label: 'GitHub',
  hosts: ['github.com'],
  origins: ['https://github.com/*'],
  profileHandle: githubProfileHandle,
};
export const UPWORK: Site<'upwork'> = {
  id: 'upwork',
  label: 'Upwork',
  hosts: ['www.upwork.com', 'upwork.com'],
  origins: ['https://www.upwork.com/*'],
  profileHandle: upworkProfileHandle,
};
/** Only the .com site; country sites (freelancer.co.uk …) are not enabled in pyvet. */
export const FREELANCER: Site<'freelancer'> = {
  id: 'freelancer',
  label: 'Freelancer.com',
  hosts: ['www.freelancer.com', 'freelancer.com'],
  origins: ['https://www.freelancer.com/*'],
  profileHandle: freelancerProfileHandle,
};
export const TOPTAL: Site<'toptal'> = {
  id: 'toptal',
  label: 'Toptal',
  hosts: ['www.toptal.com', 'toptal.com'],
  origins: ['https://www.toptal.com/*'],
  profileHandle: toptalProfileHandle,
};
export const FIVERR: Site<'fiverr'> = {
  id: 'fiverr',
  label: 'Fiverr',
  hosts: ['www.fiverr.com', 'fiverr.com'],
  origins: ['https://www.fiverr.com/*'],
  profileHandle: fiverrProfileHandle,
};

export const MARKETPLACES: Record<MarketplaceId, Site<MarketplaceId>> = { upwork: UPWORK, freelancer: FREELANCER, toptal: TOPTAL, fiverr: FIVERR };
export const SITES: readonly Site[] = [GITHUB, ...Object.values(MARKETPLACES)];

/** Every marketplace origin, for the optional host permissions and the marketplace content script. */
export const MARKETPLACE_ORIGINS: string[] = Object.values(MARKETPLACES).flatMap((site) => [...site.origins]);

/** The site this https URL is on, whatever the page (profile, repository, job, gig, search …); null elsewhere. */
export function siteOf(url: URL): Site | null {
  return SITES.find((site) => onHosts(url, site.hosts)) ?? null;
}

/** The marketplace this https URL is on, whatever the page; null elsewhere, GitHub included. */
export function marketplaceOf(url: URL): Site<MarketplaceId> | null {
  const site = siteOf(url);
  return site && site.id !== 'github' ? (site as Site<MarketplaceId>) : null;
}

/**
 * The API hosts of the applicant tracking systems pyvet can send to: optional
 * host permissions, asked for when the user connects one (README, "Send to your ATS").
 */
export const ATS_API_ORIGINS = { ashby: 'https://api.ashbyhq.com/*', lever: 'https://api.lever.co/*' } as const;
