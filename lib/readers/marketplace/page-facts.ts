import { isText, shownNodes } from '../dom-nodes';
import { findGitHubAccounts, findGitHubAccountsInText, isGitHubAccountUrl } from '../links/github-accounts';
import type { HourlyRate } from '../profile-reading';
import { isJsonObject } from './embedded-json';

/**
 * Site-independent facts every marketplace reader reuses: JSON-LD, meta tags,
 * visible hourly rates, skill chips and GitHub links. All pure: they look only
 * at the document they are given, never run its scripts and never parse markup
 * out of strings. Page text is read with textContent and whitespace-normalized.
 */

// ---------------------------------------------------------------- text

/** Collapses runs of whitespace (nbsp included) to one space; empty becomes null. */
export function normalizeText(text: string | null | undefined): string | null {
  const normalized = text?.replace(/\s+/g, ' ').trim();
  return normalized ? normalized : null;
}

/** An element's text as plain text, or null when there is none. */
export function textOf(element: Element | null | undefined): string | null {
  return normalizeText(element?.textContent);
}

/**
 * The page text under `root` (script, style and template contents left out;
 * screen-reader and hover-only text kept), each text node joined with a space
 * so "$35" and "/hr" in sibling spans still read as "$35 /hr".
 */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  for (const node of shownNodes(root)) {
    if (isText(node) && node.nodeValue) parts.push(node.nodeValue);
  }
  return normalizeText(parts.join(' ')) ?? '';
}

/** Every element any of the selectors finds, in the order of the selectors; duplicates dropped. */
export function queryAllOf(root: ParentNode, selectors: readonly string[]): Element[] {
  const found = new Set<Element>();
  for (const selector of selectors) root.querySelectorAll(selector).forEach((element) => found.add(element));
  return [...found];
}

/** Keeps a link only if it is an absolute https URL without credentials; anything else (javascript:, data:, http:) is dropped. */
export function httpsUrl(candidate: unknown): string | null {
  if (typeof candidate !== 'string') return null;
  let url: URL;
  try {
    url = new URL(candidate.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return url.href;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

// ---------------------------------------------------------------- JSON-LD

/** Every JSON-LD node on the page, with arrays and `@graph` lists flattened. Broken blocks are skipped. */
export function readJsonLd(document: Document): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a site's broken JSON-LD must not stop the rest of the reading
    }
    collectJsonLdNodes(parsed, nodes, 0);
  }
  return nodes;
}

function collectJsonLdNodes(value: unknown, into: Record<string, unknown>[], depth: number): void {
  if (depth > 4) return; // JSON-LD nests a level or two; deeper is not a page's top-level entity
  if (Array.isArray(value)) {
    for (const item of value) collectJsonLdNodes(item, into, depth + 1);
  } else if (isJsonObject(value)) {
    into.push(value);
    if (Array.isArray(value['@graph']) || isJsonObject(value['@graph'])) collectJsonLdNodes(value['@graph'], into, depth + 1);
  }
}

/** Whether a node's `@type` names the type, in any of the spellings sites use ("Person", "schema:Person", "https://schema.org/Person"). */
export function hasJsonLdType(node: Record<string, unknown>, type: string): boolean {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']];
  return types.some((t) => typeof t === 'string' && t.replace(/^.*[/:#]/, '') === type);
}

/** What a schema.org Person says, as plain strings. */
export interface JsonLdPerson {
  name: string | null;
  jobTitle: string | null;
  description: string | null;
  /** "City, Region, Country" from address or homeLocation. */
  location: string | null;
  /** https links only. */
  sameAs: string[];
  /** https only. */
  url: string | null;
  knowsAbout: string[];
}

/** The page's own Person: a ProfilePage's mainEntity first, else the first top-level Person. */
export function findJsonLdPerson(document: Document): JsonLdPerson | null {
  const nodes = readJsonLd(document);
  for (const node of nodes) {
    if (!hasJsonLdType(node, 'ProfilePage')) continue;
    const mainEntity = [node['mainEntity']].flat().find((entity) => isJsonObject(entity) && hasJsonLdType(entity, 'Person'));
    if (isJsonObject(mainEntity)) return toPerson(mainEntity);
  }
  const person = nodes.find((node) => hasJsonLdType(node, 'Person'));
  return person ? toPerson(person) : null;
}

function toPerson(node: Record<string, unknown>): JsonLdPerson {
  return {
    name: jsonText(node['name']),
    jobTitle: jsonText(node['jobTitle']),
    description: jsonText(node['description']),
    location: jsonLocation(node['address']) ?? jsonLocation(node['homeLocation']),
    sameAs: unique(jsonList(node['sameAs']).map(httpsUrl).filter((url): url is string => url !== null)),
    url: httpsUrl(node['url']),
    knowsAbout: unique(jsonList(node['knowsAbout']).map(jsonText).filter((text): text is string => text !== null)),
  };
}

function jsonList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** A JSON-LD value as text: a string, the first string of a list, or a Thing's name. */
function jsonText(value: unknown): string | null {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return jsonText(value[0]);
  if (isJsonObject(value)) return jsonText(value['name']);
  return null;
}

/** A PostalAddress or Place as "Locality, Region, Country"; a plain string as it is. */
function jsonLocation(value: unknown): string | null {
  if (typeof value === 'string') return normalizeText(value);
  if (Array.isArray(value)) return jsonLocation(value[0]);
  if (!isJsonObject(value)) return null;
  if (isJsonObject(value['address']) || typeof value['address'] === 'string') return jsonLocation(value['address']);
  const parts = [value['addressLocality'], value['addressRegion'], value['addressCountry']]
    .map(jsonText)
    .filter((part): part is string => part !== null);
  if (parts.length > 0) return unique(parts).join(', ');
  return jsonText(value['name']);
}

// ---------------------------------------------------------------- meta tags

export interface MetaFacts {
  ogTitle: string | null;
  ogDescription: string | null;
  ogType: string | null;
  /** https only. */
  ogUrl: string | null;
  description: string | null;
  /** OpenGraph's profile:username. */
  profileUsername: string | null;
  /** `<link rel="canonical">`, https only. */
  canonicalUrl: string | null;
}

/** A meta tag's content, looked up by property (OpenGraph) or name (everything else). */
export function metaContent(document: Document, key: string): string | null {
  for (const meta of document.querySelectorAll('meta[property], meta[name]')) {
    if (meta.getAttribute('property') === key || meta.getAttribute('name') === key) {
      return normalizeText(meta.getAttribute('content'));
    }
  }
  return null;
}

export function readMetaFacts(document: Document): MetaFacts {
  return {
    ogTitle: metaContent(document, 'og:title'),
    ogDescription: metaContent(document, 'og:description'),
    ogType: metaContent(document, 'og:type'),
    ogUrl: httpsUrl(metaContent(document, 'og:url')),
    description: metaContent(document, 'description'),
    profileUsername: metaContent(document, 'profile:username'),
    canonicalUrl: httpsUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href')),
  };
}

// ---------------------------------------------------------------- hourly rates

/** Symbols as sites print them; the longer spellings come first so "US$" wins over "$". */
const CURRENCY_SYMBOLS: Record<string, string> = {
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  AU$: 'AUD',
  A$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  R$: 'BRL',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '₴': 'UAH',
  '₱': 'PHP',
};

const CURRENCY_CODES = [
  'USD', 'EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'INR', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK', 'HUF', 'RON',
  'JPY', 'CNY', 'SGD', 'HKD', 'ZAR', 'BRL', 'MXN', 'UAH', 'PHP', 'PKR', 'NGN', 'ILS', 'TRY', 'AED',
];

const escapeRegExp = (text: string) => text.replace(/[$.*+?^()[\]{}|\\]/g, '\\$&');
const symbolsWhere = (test: (symbol: string) => boolean) =>
  Object.keys(CURRENCY_SYMBOLS).filter(test).map(escapeRegExp).join('|');
// "US$", "C$" … only where no letter comes before, so the "s$" of "fees$" is not Singapore dollars.
const SYMBOL = `(?:(?<![A-Za-z])(?:${symbolsWhere((s) => /^[A-Z]/.test(s))})|${symbolsWhere((s) => !/^[A-Z]/.test(s))})`;
const CODE = `(?:${CURRENCY_CODES.join('|')})\\b`;
const AMOUNT = '\\d+(?:[.,]\\d+)*';
/** "/hr", "/ Hour", "/h", "per hour", "an hour": only a price per hour is a rate. No `i` flag, so spelled out. */
const PER_HOUR = '\\s*(?:\\/\\s*|[Pp]er\\s+|[Aa]n?\\s+)(?:[Hh](?:[Oo][Uu][Rr][Ss]?|[Rr][Ss]?)?)\\b';

// Three written forms: "$35/hr" (optionally "$25 USD / Hour"), "USD 35/hr", "35 USD/hr" or "35€/h".
const RATE_PATTERN = new RegExp(
  [
    `(?<symbol1>${SYMBOL})\\s?(?<amount1>${AMOUNT})(?:\\s?(?<code1>${CODE}))?${PER_HOUR}`,
    `(?<![A-Za-z])(?<code2>${CODE})\\s?(?<amount2>${AMOUNT})${PER_HOUR}`,
    `(?<![\\d.,])(?<amount3>${AMOUNT})\\s?(?<currency3>${SYMBOL}|${CODE})${PER_HOUR}`,
  ].join('|'),
  'g',
);

/** Text just before a rate that makes it a range's upper end ("$30-$50/hr", "$30/hr - $50/hr") or a client's budget. */
const NOT_A_PERSONS_RATE_BEFORE = new RegExp(
  `(?:\\d\\s*[kK]?(?:${PER_HOUR})?\\s*(?:-|–|—|to)\\s*|\\b(?:budget|avg|average)\\b[^.\\d]{0,20})$`,
  'i',
);
/** Text just after a rate that makes it a range's lower end or an average paid by a client. */
const NOT_A_PERSONS_RATE_AFTER = new RegExp(`^(?:\\s*(?:-|–|—|to)\\s*(?:${SYMBOL}|${CODE})?\\s?\\d|\\s*(?:avg|average)\\b)`, 'i');

/** "1,234.50" → 1234.5, "40,50" → 40.5, "1.234,50" → 1234.5: a separator followed by 3 digits groups thousands. */
function parseAmount(text: string): number | null {
  const groups = text.split(/[.,]/);
  const last = groups.at(-1) ?? '';
  const hasDecimals = groups.length > 1 && last.length <= 2;
  const whole = (hasDecimals ? groups.slice(0, -1) : groups).join('');
  const amount = Number(hasDecimals ? `${whole}.${last}` : whole);
  return Number.isFinite(amount) ? amount : null;
}

function currencyOf(symbolOrCode: string): string | null {
  if (CURRENCY_CODES.includes(symbolOrCode)) return symbolOrCode;
  return CURRENCY_SYMBOLS[symbolOrCode] ?? null;
}

/** Every hourly rate written in the text, in order; ranges, budgets and averages are left out. */
export function parseHourlyRates(text: string): HourlyRate[] {
  const rates: HourlyRate[] = [];
  for (const match of text.matchAll(RATE_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (NOT_A_PERSONS_RATE_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (NOT_A_PERSONS_RATE_AFTER.test(text.slice(end, end + 30))) continue;
    const g = match.groups ?? {};
    const amountText = g['amount1'] ?? g['amount2'] ?? g['amount3'];
    // A written code ("$25 USD") is more precise than the symbol before it.
    const currencyText = g['code1'] ?? g['symbol1'] ?? g['code2'] ?? g['currency3'];
    const amount = amountText ? parseAmount(amountText) : null;
    const currency = currencyText ? currencyOf(currencyText) : null;
    if (amount === null || currency === null) continue;
    rates.push({ amount, currency, text: normalizeText(match[0]) ?? match[0] });
  }
  return rates;
}

/**
 * The single hourly rate shown under the given elements. Several different
 * rates (a person's and a "similar freelancers" card, say) cannot be told
 * apart, so they give null rather than a guess.
 */
export function findHourlyRate(roots: Iterable<Node>): HourlyRate | null {
  const rates: HourlyRate[] = [];
  for (const root of roots) rates.push(...parseHourlyRates(visibleText(root)));
  return onlyRate(rates);
}

function onlyRate(rates: HourlyRate[]): HourlyRate | null {
  const distinct = new Set(rates.map((rate) => `${rate.amount} ${rate.currency}`));
  return distinct.size === 1 ? rates[0]! : null;
}

// ---------------------------------------------------------------- skills

/** "+5", "+5 more", "Show more": controls next to chips, not skills. */
const NOT_A_SKILL = /^(?:\+\s?\d+(?:\s+more)?|show (?:more|less)|more|less|view all)$/i;

/**
 * Skill chips from the first selector that finds any: each chip's text,
 * whitespace-normalized, without duplicates or "+3 more" controls.
 */
export function readSkillChips(root: ParentNode, selectors: readonly string[]): string[] {
  for (const selector of selectors) {
    const skills = unique(
      [...root.querySelectorAll(selector)]
        .map(textOf)
        .filter((text): text is string => text !== null && text.length <= 80 && !NOT_A_SKILL.test(text)),
    );
    if (skills.length > 0) return skills;
  }
  return [];
}

// ---------------------------------------------------------------- GitHub

/**
 * The GitHub logins the page links to or names, in page order, each once
 * (case-insensitively), then those among links that are no `<a href>` (JSON-LD
 * sameAs), then those the person's own texts kept as data name (an overview
 * from the page's JSON). Which URLs are accounts is decided in lib/readers/links.
 */
export function readGitHubLogins(
  document: Document,
  pageUrl: URL,
  structuredLinks: readonly string[] = [],
  structuredTexts: readonly (string | null)[] = [],
): string[] {
  return uniqueLogins([
    ...findGitHubAccounts(document, pageUrl).map((account) => account.login),
    ...githubLoginsInLinks(structuredLinks),
    ...githubLoginsInTexts(structuredTexts),
  ]);
}

/** The GitHub accounts among absolute links (a profile, or a repository, which belongs to its owner). */
export function githubLoginsInLinks(links: readonly string[]): string[] {
  return links
    .map((link) => (URL.canParse(link) ? isGitHubAccountUrl(new URL(link)) : null))
    .filter((login): login is string => login !== null);
}

/** The GitHub accounts plain texts name ("Code samples: github.com/ada"). */
export function githubLoginsInTexts(texts: readonly (string | null)[]): string[] {
  return texts.flatMap((text) => (text ? findGitHubAccountsInText(text).map((account) => account.login) : []));
}

/** Each login once, compared case-insensitively; the first spelling wins. */
export function uniqueLogins(logins: readonly string[]): string[] {
  const seen = new Set<string>();
  return logins.filter((login) => !seen.has(login.toLowerCase()) && seen.add(login.toLowerCase()));
}
