/**
 * The freelance marketplaces pyvet can read, as host permission patterns.
 * They are optional permissions: pyvet asks for one the first time the user
 * enables it on that site, and reads nothing there before.
 */
export const MARKETPLACE_HOSTS = {
  upwork: { label: 'Upwork', origins: ['https://www.upwork.com/*'] },
  freelancer: { label: 'Freelancer.com', origins: ['https://www.freelancer.com/*'] },
  toptal: { label: 'Toptal', origins: ['https://www.toptal.com/*'] },
  fiverr: { label: 'Fiverr', origins: ['https://www.fiverr.com/*'] },
} as const;

export type MarketplaceId = keyof typeof MARKETPLACE_HOSTS;

export const MARKETPLACE_ORIGINS: string[] = Object.values(MARKETPLACE_HOSTS).flatMap((host) => [...host.origins]);

const hostnameOf = (origin: string) => new URL(origin.replace('/*', '/')).hostname;

/** The marketplaces' host names ("www.upwork.com", …). */
export const MARKETPLACE_HOSTNAMES: string[] = MARKETPLACE_ORIGINS.map(hostnameOf);

/** The marketplace whose origin patterns cover this page, if any. */
export function marketplaceForUrl(url: URL): MarketplaceId | null {
  for (const [id, host] of Object.entries(MARKETPLACE_HOSTS) as [MarketplaceId, (typeof MARKETPLACE_HOSTS)[MarketplaceId]][]) {
    if (host.origins.some((origin) => hostnameOf(origin) === url.hostname)) return id;
  }
  return null;
}
