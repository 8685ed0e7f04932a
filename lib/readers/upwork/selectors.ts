/**
 * Every selector pyvet uses on Upwork freelancer profiles, in one place. Each
 * list is tried in order; the dated comment says which markup it targets.
 * Verified against a real saved profile page of 2026-06 (the corpus's
 * upwork/sergii-c-klaviyo.html, see test/corpus/README.md), server-rendered
 * before Nuxt hydrates it: there the left "profile-identity" column is in the
 * markup; overview, skills and the rest of the right column exist only in the
 * `window.__NUXT__` script state, which pyvet reads apart (page-state.ts).
 */
export const upworkSelectors = {
  // (2026-06 Upwork profile, Nuxt SSR): `<aside aria-label="profile-identity">` holds the
  // identity column; inside it `div[itemscope][itemtype="http://schema.org/Person"]`.
  identity: ['aside[aria-label="profile-identity"]', '[itemtype$="schema.org/Person"]'],

  // (2026-06 Upwork profile, Nuxt SSR): `<h3 itemprop="name" role="presentation">Sergii C.</h3>`.
  name: ['h3[itemprop="name"]', '[itemtype$="schema.org/Person"] [itemprop="name"]'],

  // (2026-06 Upwork profile, Nuxt SSR): `<div class="title-vertical …">` right under the name;
  // no data-test or itemprop on it. The itemprop is schema.org's own, unverified on Upwork.
  title: ['.title-vertical', '[itemtype$="schema.org/Person"] [itemprop="jobTitle"]'],

  // (2026-06 Upwork profile, Nuxt SSR): `<span itemprop="locality">Kharkiv</span>` and
  // `<span itemprop="country-name">Ukraine</span>` inside `#location-time-vertical`.
  locality: ['[itemprop="locality"]'],
  country: ['[itemprop="country-name"]'],

  // (2026-06 Upwork profile, Nuxt SSR): `div.cfe-ui-profile-job-success` holds "100%" and
  // `<span data-test="badge-hidden-label" class="sr-only">Job Success</span>`; the badge
  // circle is `#jss-badge-null` (id suffix varies). Any of these must also say "Job Success".
  jobSuccess: ['.cfe-ui-profile-job-success', '[id^="jss-badge"]', ':has(> [data-test="badge-hidden-label"])'],

  // (2026-06 Upwork profile, Nuxt SSR): the SSR markup shows no rate; these `<meta>` tags in
  // <head> carry the profile's hourly rate (product:price:amount 40, currency USD, equal to
  // __NUXT__ state.profileViewer.profile.stats.hourlyRate on the saved page).
  rateAmountMeta: ['meta[property="product:price:amount"]'],
  rateCurrencyMeta: ['meta[property="product:price:currency"]'],

  // (2026-06 Upwork profile, Nuxt SSR): og:title is the name, og:description the title, og:url
  // and <link rel=canonical> the profile URL with its ~0… id.
  nameMeta: ['meta[property="og:title"]'],
  titleMeta: ['meta[property="og:description"]'],
  profileUrlLinks: ['link[rel="canonical"]', 'meta[property="og:url"]'],
} as const;
