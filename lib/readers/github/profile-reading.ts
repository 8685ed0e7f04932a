import { isGitHubAccountUrl } from '../links/github-accounts';
import { emptyReading, type ProfileReading } from '../profile-reading';
import { readCount } from './counts';
import { readGitHubPage, readRenderedUsername } from './profile-page';
import { githubSelectors as selectors, queryAllFirst, queryFirst } from './selectors';

type RepoCard = ProfileReading['pinnedRepos'][number];

/**
 * What a github.com user profile page shows about its person, logged in or
 * out. Null when the page is not a user's profile (see `readGitHubPage`), or
 * when it still shows another user's profile (GitHub changes the URL before
 * the page). Fields the page's markup did not let us read are named in
 * `couldNotRead`; fields the person left empty are null or [].
 * Pure: it looks only at the document and URL it is given.
 */
export function readGitHubProfile(document: Document, url: URL): ProfileReading | null {
  const page = readGitHubPage(document, url);
  if (page.kind !== 'user-profile') return null;
  const handle = confirmedHandle(document, page.login);
  if (!handle) return null;

  const missing: string[] = page.couldNotRead.length > 0 ? ['name'] : [];
  const sidebar = queryFirst(document, selectors.profileSidebar);
  const scope = sidebar ?? document;

  const overview = readBio(scope, missing);
  const details = readDetails(scope, url, missing);
  const followers = readRequiredCount(scope, selectors.followersCount, 'followers', missing);
  const following = readRequiredCount(scope, selectors.followingCount, 'following', missing);
  const publicRepos = readRequiredCount(document, selectors.publicReposCounter, 'public repositories', missing);
  const { pinnedRepos, popularRepos, hasProfileReadme } = readOverviewColumn(document, url, missing);
  const organizations = readOrganizations(sidebar, url, missing);

  return {
    ...emptyReading('github', url.href),
    handle,
    name: page.displayName,
    overview,
    ...details,
    githubLogins: [handle],
    followers,
    following,
    publicRepos,
    pinnedRepos,
    popularRepos,
    hasProfileReadme,
    organizations,
    couldNotRead: missing,
  };
}

/**
 * The login with the casing the page shows; null when the header names
 * someone else (the page has not caught up with the URL yet).
 */
function confirmedHandle(document: Document, urlLogin: string): string | null {
  const shown = readRenderedUsername(document);
  if (shown === null) return urlLogin;
  return shown.toLowerCase() === urlLogin.toLowerCase() ? shown : null;
}

function readBio(scope: ParentNode, missing: string[]): string | null {
  const bio = queryFirst(scope, selectors.bio);
  if (bio) return linesOf(bio);
  // Without the area a bio lives in we cannot tell "no bio" from "unfamiliar markup".
  if (!queryFirst(scope, selectors.profileEditableArea) && !queryFirst(scope, selectors.detailsList)) missing.push('bio');
  return null;
}

type Details = Pick<ProfileReading, 'company' | 'location' | 'website' | 'socialLinks'>;

/** GitHub renders the details list even when it is empty, so no list means unfamiliar markup. */
function readDetails(scope: ParentNode, pageUrl: URL, missing: string[]): Details {
  const list = queryFirst(scope, selectors.detailsList);
  if (!list) {
    missing.push('company', 'location', 'website', 'social links');
    return { company: null, location: null, website: null, socialLinks: [] };
  }
  const socialLinks = queryAllFirst(list, selectors.socialLinks).map((link) => httpUrl(link.getAttribute('href'), pageUrl));
  return {
    company: textOf(queryFirst(list, selectors.company)),
    location: textOf(queryFirst(list, selectors.location)),
    website: httpUrl(queryFirst(list, selectors.website)?.getAttribute('href') ?? null, pageUrl),
    socialLinks: uniqueCaseless(socialLinks.filter((link) => link !== null)),
  };
}

/** Follower, following and repository counts are on every rendered profile, even when 0. */
function readRequiredCount(scope: ParentNode, selectorList: readonly string[], field: string, missing: string[]): number | null {
  const element = queryFirst(scope, selectorList);
  const count = element ? readCount(element) : null;
  if (count === null) missing.push(field);
  return count;
}

/** Notes a field as not read from this page and returns its empty value. */
function unread<T>(field: string, value: T, missing: string[]): T {
  missing.push(field);
  return value;
}

type OverviewColumn = Pick<ProfileReading, 'pinnedRepos' | 'popularRepos' | 'hasProfileReadme'>;

/** Pins (or popular repositories) and README are only on the Overview tab (no `?tab=`, or `?tab=overview`). */
function readOverviewColumn(document: Document, url: URL, missing: string[]): OverviewColumn {
  const tab = url.searchParams.get('tab');
  if (tab && tab !== 'overview') {
    return {
      pinnedRepos: unread('pinned repositories', [], missing),
      popularRepos: [],
      hasProfileReadme: unread('profile README', null, missing),
    };
  }
  const mainColumn = queryFirst(document, selectors.profileMainColumn);
  return {
    ...readRepoCards(document, mainColumn, url, missing),
    hasProfileReadme: readHasProfileReadme(document, mainColumn, missing),
  };
}

/**
 * The cards of the box above the contributions: "Pinned", or, when nothing
 * is pinned, "Popular repositories" (GitHub's pick, kept apart from pins).
 */
function readRepoCards(document: Document, mainColumn: Element | null, pageUrl: URL, missing: string[]): Omit<OverviewColumn, 'hasProfileReadme'> {
  // The 2021 markup has no main-column marker we know, but the same pinned box.
  const container = queryFirst(document, selectors.pinnedContainer);
  const searched = container ?? mainColumn;
  if (!searched) return { pinnedRepos: unread('pinned repositories', [], missing), popularRepos: [] };
  const heading = container ? textOf(queryFirst(container, selectors.pinnedHeading)) : null;
  const popular = heading !== null && POPULAR_HEADING.test(heading);

  const cards = queryAllFirst(searched, selectors.pinnedItems).map((card) => readRepoCard(card, pageUrl));
  if (cards.includes(null)) missing.push(popular ? 'popular repositories' : 'pinned repositories');
  const read = cards.filter((card) => card !== null);
  return popular ? { pinnedRepos: [], popularRepos: read } : { pinnedRepos: read, popularRepos: [] };
}

/** The box's heading when nothing is pinned (2021 to 2026: "Popular repositories"). */
const POPULAR_HEADING = /^Popular\b/i;

function readRepoCard(card: Element, pageUrl: URL): RepoCard | null {
  const nameElement = queryFirst(card, selectors.pinnedName);
  const link = nameElement?.closest('a[href]') ?? card.querySelector('a[href]');
  const url = httpUrl(link?.getAttribute('href') ?? null, pageUrl);
  const fullName = url ? repositoryFullName(new URL(url)) : null;
  const name = textOf(nameElement) ?? fullName?.split('/')[1] ?? textOf(link);
  if (!name) return null;
  // GitHub leaves the star link out for unstarred repositories; that is "not shown", not 0.
  const stars = queryFirst(card, selectors.pinnedStars);
  return {
    name,
    fullName: fullName ?? name,
    url,
    description: textOf(queryFirst(card, selectors.pinnedDescription)),
    language: textOf(queryFirst(card, selectors.pinnedLanguage)),
    stars: stars ? readCount(stars) : null,
  };
}

/** "owner/name" for a github.com/owner/name link; a pinned gist has no owner/name. */
function repositoryFullName(url: URL): string | null {
  const parts = url.pathname.split('/').filter(Boolean);
  return url.hostname === 'github.com' && parts.length === 2 ? `${parts[0]}/${parts[1]}` : null;
}

function readHasProfileReadme(document: Document, mainColumn: Element | null, missing: string[]): boolean | null {
  if (queryFirst(document, selectors.profileReadme)) return true;
  // No README box: "no README" only if the column it would be in rendered.
  return mainColumn ? false : unread('profile README', null, missing);
}

function readOrganizations(sidebar: Element | null, pageUrl: URL, missing: string[]): string[] {
  if (!sidebar) {
    missing.push('organizations');
    return [];
  }
  const logins = queryAllFirst(sidebar, selectors.organizations).map((link) => organizationLogin(link, pageUrl));
  return uniqueCaseless(logins.filter((login) => login !== null));
}

/** From the avatar link's href ("/mustache"), else its aria-label ("mustache"). */
function organizationLogin(link: Element, pageUrl: URL): string | null {
  const href = httpUrl(link.getAttribute('href'), pageUrl);
  const fromHref = href ? isGitHubAccountUrl(new URL(href)) : null;
  if (fromHref) return fromHref;
  const label = link.getAttribute('aria-label')?.trim().replace(/^@/, '') ?? '';
  return isGitHubAccountUrl(new URL(`https://github.com/${encodeURIComponent(label)}`));
}

// ---- Text and links taken from the page: always as text, links only if http(s).

/** The element's text with whitespace runs collapsed; empty is null. */
function textOf(element: Element | null | undefined): string | null {
  return element?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

/** Like textOf, but keeps the line breaks a bio was written with. */
function linesOf(element: Element): string | null {
  const lines = (element.textContent ?? '').split('\n').map((line) => line.replace(/\s+/g, ' ').trim());
  return lines.filter(Boolean).join('\n') || null;
}

/** An absolute http(s) URL, or null for javascript:, data:, mailto: and anything unparsable. */
function httpUrl(href: string | null, base: URL): string | null {
  if (!href) return null;
  try {
    const url = new URL(href.trim(), base);
    const isHttp = url.protocol === 'https:' || url.protocol === 'http:';
    return isHttp && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

function uniqueCaseless(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
