import type { ProfileReading } from '../readers/profile-reading';
import type { Claim } from './verdict';

/** The longest quote a claim carries: enough to read the words around the keyword. */
const QUOTE_MAX = 160;

/** One piece of the candidate's own words, with where it was read. */
export interface CandidateText {
  source: Claim['source'];
  /** Whitespace collapsed to single spaces, so quotes stay on one line. */
  text: string;
  url: string;
}

/**
 * The candidate's own words on the pages read: a GitHub bio, or a
 * marketplace title, skill chips (as one comma-separated list) and overview.
 * A page read twice counts once.
 */
export function candidateTexts(...readings: (ProfileReading | null | undefined)[]): CandidateText[] {
  const seen = new Set<string>();
  const texts: CandidateText[] = [];
  for (const reading of readings) {
    if (!reading || seen.has(reading.url)) continue;
    seen.add(reading.url);
    const add = (source: Claim['source'], text: string | null) => {
      const collapsed = text?.replace(/\s+/g, ' ').trim();
      if (collapsed) texts.push({ source, text: collapsed, url: reading.url });
    };
    if (reading.site === 'github') {
      add('github-bio', reading.overview);
    } else {
      add('marketplace-title', reading.title);
      add('marketplace-skills', reading.skills.join(', '));
      add('marketplace-overview', reading.overview);
    }
  }
  return texts;
}

/**
 * A keyword as a whole-word, case-insensitive pattern whose words may be
 * joined by spaces or light punctuation: "ci/cd" finds "CI/CD" and "CI CD",
 * "scikit-learn" finds "scikit learn". Null for a keyword without letters or digits.
 */
export function keywordPattern(keyword: string): RegExp | null {
  const tokens = keyword.toLowerCase().split(/[^\p{L}\p{N}+#]+/u).filter(Boolean);
  if (tokens.length === 0) return null;
  const body = tokens.map((token) => token.replace(/[+#]/g, '\\$&')).join('[\\s._/-]{0,3}');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'iu');
}

export function keywordPatterns(keywords: readonly string[]): RegExp[] {
  return keywords.map(keywordPattern).filter((pattern): pattern is RegExp => pattern !== null);
}

/** The first place any keyword occurs in the text, or null. */
export function firstMatch(text: string, patterns: readonly RegExp[]): { start: number; end: number } | null {
  let first: { start: number; end: number } | null = null;
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match && (!first || match.index < first.start)) first = { start: match.index, end: match.index + match[0].length };
  }
  return first;
}

/** One claim per piece of text that names any of the keywords, quoted around the first mention. */
export function findClaims(texts: readonly CandidateText[], keywords: readonly string[]): Claim[] {
  const patterns = keywordPatterns(keywords);
  return texts.flatMap(({ source, text, url }) => {
    const match = firstMatch(text, patterns);
    return match ? [{ source, quote: quoteAround(text, match.start, match.end), url }] : [];
  });
}

/**
 * At most `max` characters of the text centred on [start, end), with "…"
 * where it was cut. A cut never splits a surrogate pair (an emoji).
 */
export function quoteAround(text: string, start: number, end: number, max = QUOTE_MAX): string {
  if (text.length <= max) return text;
  const room = max - 2;
  const matched = Math.min(end - start, room);
  let to = Math.min(text.length, Math.max(0, start - Math.floor((room - matched) / 2)) + room);
  let from = Math.max(0, to - room);
  if (isLowSurrogate(text.charCodeAt(from))) from++;
  if (isLowSurrogate(text.charCodeAt(to))) to--;
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
