import { z } from 'zod';
import { SITE_IDS } from '../sites/sites';

/**
 * What a reader took from one profile page, on any site. Every field is
 * optional in the sense that a reader fills only what the page really shows;
 * a field it looked for and could not read is named in `couldNotRead`
 * ("hourly rate", "skills", …) — never guessed.
 */
/** The site a reading comes from; 'other' for text quoted from elsewhere. */
export const SiteSchema = z.enum([...SITE_IDS, 'other']);
export type Site = z.infer<typeof SiteSchema>;

export const HourlyRateSchema = z.object({
  /** Per hour, in `currency`. */
  amount: z.number().nonnegative(),
  /** ISO 4217 code ("USD", "EUR", …). */
  currency: z.string().length(3),
  /** The text it was read from, for the user to check ("$35.00/hr"). */
  text: z.string(),
});
export type HourlyRate = z.infer<typeof HourlyRateSchema>;

/** A rate read from a site's own data (not its text), said so where the user checks it. */
export const rateFromProfileData = (amount: number, currency: string): HourlyRate => ({
  amount,
  currency,
  text: `${amount} ${currency}/hr (profile data)`,
});

/** A repository card of a GitHub profile's overview: pinned by the person, or listed by GitHub as popular. */
export const RepoCardSchema = z.object({
  name: z.string(),
  /** "owner/name" when the page shows the owner, else the name alone. */
  fullName: z.string(),
  url: z.string().nullable(),
  description: z.string().nullable(),
  language: z.string().nullable(),
  stars: z.number().nullable(),
});

export const ProfileReadingSchema = z.object({
  site: SiteSchema,
  /** The page the reading comes from. */
  url: z.string(),
  /** The site's own account name (GitHub login, Upwork profile id …) when the page shows one. */
  handle: z.string().nullable(),
  name: z.string().nullable(),
  /** Headline or title ("Senior Python Developer"). */
  title: z.string().nullable(),
  /** Bio or overview text, as plain text. */
  overview: z.string().nullable(),
  location: z.string().nullable(),
  company: z.string().nullable(),
  website: z.string().nullable(),
  socialLinks: z.array(z.string()),
  hourlyRate: HourlyRateSchema.nullable(),
  /** Upwork's Job Success Score, 0–100. */
  jobSuccess: z.number().min(0).max(100).nullable(),
  /** As the page words it ("$10K+ earned"). */
  totalEarnings: z.string().nullable(),
  skills: z.array(z.string()),
  /** GitHub logins the page links to (or, on GitHub, the profile's own login). */
  githubLogins: z.array(z.string()),
  // GitHub-only facts; null elsewhere.
  followers: z.number().nullable(),
  following: z.number().nullable(),
  publicRepos: z.number().nullable(),
  /** The repositories the person chose to pin. */
  pinnedRepos: z.array(RepoCardSchema),
  /**
   * With nothing pinned, GitHub shows "Popular repositories" in the same box:
   * its own pick (the most starred), not the person's, so never read as pins.
   */
  popularRepos: z.array(RepoCardSchema),
  hasProfileReadme: z.boolean().nullable(),
  organizations: z.array(z.string()),
  /** Fields the reader looked for and could not read from this page's markup. */
  couldNotRead: z.array(z.string()),
});
export type ProfileReading = z.infer<typeof ProfileReadingSchema>;

/** A reading with nothing in it yet, for readers to fill. */
export function emptyReading(site: Site, url: string): ProfileReading {
  return {
    site,
    url,
    handle: null,
    name: null,
    title: null,
    overview: null,
    location: null,
    company: null,
    website: null,
    socialLinks: [],
    hourlyRate: null,
    jobSuccess: null,
    totalEarnings: null,
    skills: [],
    githubLogins: [],
    followers: null,
    following: null,
    publicRepos: null,
    pinnedRepos: [],
    popularRepos: [],
    hasProfileReadme: null,
    organizations: [],
    couldNotRead: [],
  };
}

/** A GitHub account a page links to, as the link finder reports it. */
export const LinkedAccountSchema = z.object({
  login: z.string(),
  url: z.string(),
  source: z.enum(['href', 'text']),
});
export const LinkedAccountsSchema = z.array(LinkedAccountSchema);
