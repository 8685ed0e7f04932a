import { queryFirst } from '../github/selectors';
import { findHourlyRate, findJsonLdPerson, normalizeText, readGitHubLogins, textOf, visibleText } from '../marketplace/page-facts';
import { finishReading, type ReadableField } from '../marketplace/reading-builder';
import { emptyReading, type HourlyRate, type ProfileReading } from '../profile-reading';
import { isUpworkProfileId, UPWORK } from '../../sites/sites';
import { upworkSelectors } from './selectors';

/** The ~0… id from the page's canonical or og:url link, for profiles opened by a vanity URL. */
function profileIdFromLinks(document: Document): string | null {
  for (const selector of upworkSelectors.profileUrlLinks) {
    const link = document.querySelector(selector);
    const href = link?.getAttribute('href') ?? link?.getAttribute('content');
    if (!href) continue;
    try {
      const handle = UPWORK.profileHandle(new URL(href));
      if (handle && isUpworkProfileId(handle)) return handle;
    } catch {
      // not a URL: try the next link
    }
  }
  return null;
}

function readHandle(document: Document, url: URL): string | null {
  const fromUrl = UPWORK.profileHandle(url);
  if (fromUrl && isUpworkProfileId(fromUrl)) return fromUrl;
  return profileIdFromLinks(document) ?? fromUrl;
}

function metaText(document: Document, selectors: readonly string[]): string | null {
  return normalizeText(queryFirst(document, selectors)?.getAttribute('content'));
}

/** "Kharkiv, Ukraine" from the locality and country itemprops; either alone if only one is shown. */
function readLocation(identity: ParentNode): string | null {
  const parts = [queryFirst(identity, upworkSelectors.locality), queryFirst(identity, upworkSelectors.country)]
    .map(textOf)
    .filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** The Job Success Score from the JSS badge; only a badge that says "Job Success" counts. */
function readJobSuccess(document: Document): number | null {
  for (const selector of upworkSelectors.jobSuccess) {
    for (const badge of document.querySelectorAll(selector)) {
      const text = visibleText(badge);
      const match = /(?:^|\s)(\d{1,3})\s?%/.exec(text);
      if (!match?.[1] || !/job success/i.test(text)) continue;
      const score = Number(match[1]);
      if (score <= 100) return score;
    }
  }
  return null;
}

/**
 * A rate the identity column shows as text ("$40.00/hr", not on the SSR page),
 * else the product:price meta Upwork puts in <head>. A price per 30-minute
 * consultation, shown in the same column, is no hourly rate and is never read.
 */
function readHourlyRate(document: Document, identity: Element | null): HourlyRate | null {
  const shown = identity ? findHourlyRate([identity]) : null;
  if (shown) return shown;
  const amountText = metaText(document, upworkSelectors.rateAmountMeta);
  const currency = metaText(document, upworkSelectors.rateCurrencyMeta);
  if (!amountText || !/^\d+(?:\.\d+)?$/.test(amountText) || !currency || !/^[A-Z]{3}$/.test(currency)) return null;
  return { amount: Number(amountText), currency, text: `${amountText} ${currency} (page metadata)` };
}

/** "$10K+ earned" / "$10K+ Total earnings", as the column words it. Not on the saved SSR page. */
function readTotalEarnings(identity: Element | null): string | null {
  if (!identity) return null;
  const match = /(?:US)?\$\s?\d[\d.,]*\s?[KkMm]?\+?\s+(?:total\s+)?earn(?:ed|ings)\b/i.exec(visibleText(identity));
  return match ? normalizeText(match[0]) : null;
}

const LOOKED_FOR_ON_UPWORK: readonly ReadableField[] = [
  'handle',
  'name',
  'title',
  'overview',
  'location',
  'hourlyRate',
  'jobSuccess',
  'totalEarnings',
  'skills',
];

/**
 * Reads an Upwork freelancer profile from its markup. Overview and skills are
 * not in the server-rendered markup, only in the page's Nuxt state, so here
 * they come out in `couldNotRead`; the state is read apart and merged in
 * (merge-page-state.ts), never by running the page's code.
 */
export function readUpworkProfile(document: Document, url: URL): ProfileReading {
  const reading = emptyReading('upwork', url.href);
  const identity = queryFirst(document, upworkSelectors.identity);
  const person = findJsonLdPerson(document); // none on the 2026-06 page; cheap to keep as a fallback

  reading.handle = readHandle(document, url);
  reading.name =
    textOf(queryFirst(document, upworkSelectors.name)) ?? person?.name ?? metaText(document, upworkSelectors.nameMeta);
  reading.title =
    textOf(queryFirst(document, upworkSelectors.title)) ?? person?.jobTitle ?? metaText(document, upworkSelectors.titleMeta);
  reading.overview = person?.description ?? null;
  reading.location = readLocation(identity ?? document) ?? person?.location ?? null;
  reading.hourlyRate = readHourlyRate(document, identity);
  reading.jobSuccess = readJobSuccess(document);
  reading.totalEarnings = readTotalEarnings(identity);
  reading.skills = person?.knowsAbout ?? [];
  reading.socialLinks = person?.sameAs ?? [];
  reading.githubLogins = readGitHubLogins(document, url, reading.socialLinks, [person?.description ?? null]);
  return finishReading(reading, LOOKED_FOR_ON_UPWORK);
}
