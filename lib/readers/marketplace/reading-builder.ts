import { queryFirst } from '../github/selectors';
import { emptyReading, ProfileReadingSchema, type ProfileReading, type Site } from '../profile-reading';
import {
  findHourlyRate,
  findJsonLdPerson,
  queryAllOf,
  readGitHubLogins,
  readMetaFacts,
  readSkillChips,
  textOf,
} from './page-facts';

/** The reading fields a marketplace reader looks for, and how `couldNotRead` names them. */
const FIELD_NAMES = {
  handle: 'profile id',
  name: 'name',
  title: 'title',
  overview: 'overview',
  location: 'location',
  hourlyRate: 'hourly rate',
  jobSuccess: 'job success score',
  totalEarnings: 'total earnings',
  skills: 'skills',
} as const satisfies Partial<Record<keyof ProfileReading, string>>;

export type ReadableField = keyof typeof FIELD_NAMES;

function isEmpty(value: unknown): boolean {
  return value === null || (Array.isArray(value) && value.length === 0);
}

/**
 * Names every looked-for field that stayed empty in `couldNotRead` and checks
 * the reading against the contract.
 */
export function finishReading(reading: ProfileReading, lookedFor: readonly ReadableField[]): ProfileReading {
  const couldNotRead = lookedFor.filter((field) => isEmpty(reading[field])).map((field) => FIELD_NAMES[field]);
  return ProfileReadingSchema.parse({ ...reading, couldNotRead });
}

/** Selector fallbacks for a site whose markup pyvet has not seen; each list may be empty. */
export interface UnverifiedSiteSelectors {
  /** The part of the page about the person; rates are looked for only here (else `main`, else the body). */
  profileRoot: readonly string[];
  name: readonly string[];
  title: readonly string[];
  overview: readonly string[];
  location: readonly string[];
  hourlyRate: readonly string[];
  skills: readonly string[];
}

const LOOKED_FOR_ON_UNVERIFIED_SITES: readonly ReadableField[] = [
  'handle',
  'name',
  'title',
  'overview',
  'location',
  'hourlyRate',
  'skills',
];

/** "Jane D. | Toptal" or "Jane D. - Freelancer" → "Jane D.". */
function withoutBrand(title: string | null, brand: string): string | null {
  if (!title) return null;
  const stripped = title.replace(new RegExp(`\\s*[|\\-–—:·]\\s*${brand}\\S*\\s*$`, 'i'), '').trim();
  return stripped || null;
}

/**
 * What a site's own data about the person says (an API answer or the props
 * the page was rendered from, embedded in the page as JSON), already checked
 * to be about the profile's own account. A field it does not hold is null or [].
 */
export type SiteData = Pick<ProfileReading, 'name' | 'title' | 'overview' | 'location' | 'hourlyRate' | 'skills'>;

/** Which site, how it brands its titles ("| Toptal"), the handle from the URL, the site's own data when the page has it, and its selectors. */
export interface UnverifiedSite {
  site: Site;
  brand: string;
  handle: string | null;
  siteData: SiteData | null;
  selectors: UnverifiedSiteSelectors;
}

/**
 * A reading for a site pyvet has no saved real page of, from what says it
 * robustly, field by field: the site's own data first (what its pages are
 * rendered from), then structured data (JSON-LD Person, which sites keep
 * stable for search engines), then the site's unverified selectors and
 * visible patterns, then OpenGraph.
 */
export function readFromPageFacts(
  document: Document,
  url: URL,
  { site, brand, handle, siteData, selectors }: UnverifiedSite,
): ProfileReading {
  const reading = emptyReading(site, url.href);
  const person = findJsonLdPerson(document);
  const meta = readMetaFacts(document);
  // og:type "profile" says the page's OpenGraph object is a person, so its title is a name.
  const ogPerson = meta.ogType === 'profile';
  const pick = (list: readonly string[]) => textOf(queryFirst(document, list));

  reading.handle = handle ?? meta.profileUsername;
  reading.name = siteData?.name ?? person?.name ?? pick(selectors.name) ?? (ogPerson ? withoutBrand(meta.ogTitle, brand) : null);
  reading.title = siteData?.title ?? person?.jobTitle ?? pick(selectors.title);
  reading.overview =
    siteData?.overview ?? person?.description ?? pick(selectors.overview) ?? (ogPerson ? meta.ogDescription : null);
  reading.location = siteData?.location ?? person?.location ?? pick(selectors.location);
  reading.hourlyRate =
    siteData?.hourlyRate ??
    findHourlyRate(queryAllOf(document, selectors.hourlyRate)) ??
    findHourlyRate([profileRoot(document, selectors)]);
  reading.skills = firstNonEmpty(siteData?.skills, readSkillChips(document, selectors.skills), person?.knowsAbout);
  reading.socialLinks = person?.sameAs ?? [];
  // A Person's url on a marketplace is usually the profile itself, which is no website of theirs.
  reading.website = person?.url && new URL(person.url).hostname !== url.hostname ? person.url : null;
  // The page's text is searched as markup; texts kept as data are searched apart.
  const textsAsData = [siteData?.overview ?? null, siteData?.title ?? null, person?.description ?? null];
  reading.githubLogins = readGitHubLogins(document, url, reading.socialLinks, textsAsData);
  return finishReading(reading, LOOKED_FOR_ON_UNVERIFIED_SITES);
}

function firstNonEmpty(...lists: (readonly string[] | undefined)[]): string[] {
  return [...(lists.find((list) => list !== undefined && list.length > 0) ?? [])];
}

function profileRoot(document: Document, selectors: UnverifiedSiteSelectors): Node {
  return queryFirst(document, [...selectors.profileRoot, 'main']) ?? document.body ?? document;
}
