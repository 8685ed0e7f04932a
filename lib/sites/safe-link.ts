import { GITHUB, SITES } from './sites';

/**
 * A link built from page or API text, kept only if it is https and points at
 * one of the expected hosts; anything else (javascript:, data:, other hosts)
 * becomes null so it is shown as plain text.
 */
export function safeLink(candidate: string, allowedHosts: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return allowedHosts.includes(url.hostname) ? url.href : null;
}

export const GITHUB_PAGE_HOSTS = GITHUB.hosts;

/** Where a saved candidate's profiles may live: GitHub and the marketplaces pyvet reads. */
export const PROFILE_HOSTS: readonly string[] = SITES.flatMap((site) => site.hosts);

/** Where GitHub serves account avatars. */
export const AVATAR_HOSTS = ['avatars.githubusercontent.com'] as const;

/** Where the applicant tracking systems pyvet sends to show a candidate's record. */
export const ATS_RECORD_HOSTS = ['app.ashbyhq.com', 'hire.lever.co'] as const;
