import type { ProfileReading } from '../readers/profile-reading';
import type { Claim } from './verdict';

/** The longest quote a claim carries: enough to read the words around the keyword. */
const QUOTE_MAX = 160;

/** One piece of the candidate's own words, with where it was read. */
export interface CandidateText {
  source: Claim['source'];
  /** Whitespace collapsed to single spaces, so quotes stay on one line; Unicode composed (NFC). */
  text: string;
  url: string;
}

/**
 * The candidate's own words on the pages read: a GitHub bio, company and
 * website, or a marketplace title, skill chips (as one comma-separated list)
 * and overview. A page read twice counts once.
 */
export function candidateTexts(...readings: (ProfileReading | null | undefined)[]): CandidateText[] {
  const seen = new Set<string>();
  const texts: CandidateText[] = [];
  for (const reading of readings) {
    if (!reading || seen.has(reading.url)) continue;
    seen.add(reading.url);
    const add = (source: Claim['source'], text: string | null) => {
      // Composed (NFC), as keyword patterns are: "é" typed as e + accent still matches "é".
      const collapsed = text?.normalize('NFC').replace(/\s+/g, ' ').trim();
      if (collapsed) texts.push({ source, text: collapsed, url: reading.url });
    };
    if (reading.site === 'github') {
      add('github-bio', reading.overview);
      add('github-company', reading.company);
      add('github-website', reading.website);
    } else {
      add('marketplace-title', reading.title);
      add('marketplace-skills', reading.skills.join(', '));
      add('marketplace-overview', reading.overview);
    }
  }
  return texts;
}

/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai …): a
 * letter of theirs beside a keyword does not make the keyword part of a longer word.
 */
const UNSPACED_SCRIPTS =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
/** A character that carries a word on: a letter, digit or combining mark of a script that spaces its words. */
const WORD_CHAR = `(?:(?![${UNSPACED_SCRIPTS}])[\\p{L}\\p{N}\\p{M}])`;
/** "++" or "#" after the keyword makes it another language: "c" is not in "C++" or "C#". */
const LANGUAGE_SUFFIX = `\\+\\+|#(?!${WORD_CHAR})`;
/** A dot inside a word carries it on ("github.com", "ASP.NET"), except before "js": "React.js" is React. */
const DOT_IN_WORD = `\\.(?!js(?!${WORD_CHAR}))${WORD_CHAR}`;

/**
 * Where keywords are looked for: the candidate's own words, or evidence
 * details, which name files (a dot there starts the extension: "conftest" is
 * in "conftest.py").
 */
export type TextKind = 'prose' | 'file-names';

const STARTS_UNSPACED = new RegExp(`^[${UNSPACED_SCRIPTS}]`, 'u');
const ENDS_UNSPACED = new RegExp(`[${UNSPACED_SCRIPTS}]$`, 'u');

/**
 * The word edges, checked around each place a keyword's words occur. Compiling
 * a pattern with these Unicode classes takes about 3 ms on the CI machine, so
 * they are compiled once here rather than into each of the few hundred keyword
 * patterns (which made a fresh service worker's first verdict take a second).
 * Sticky: each is tried at one position (lastIndex), the one where the keyword starts or ends.
 * Case-insensitive like the keywords: "React.JS" is React too.
 */
const WORD_BEFORE: Record<TextKind, RegExp> = {
  prose: new RegExp(`(?<=${WORD_CHAR}|${WORD_CHAR}\\.)`, 'iuy'),
  'file-names': new RegExp(`(?<=${WORD_CHAR})`, 'iuy'),
};
const WORD_GOES_ON: Record<TextKind, RegExp> = {
  prose: new RegExp(`${WORD_CHAR}|${DOT_IN_WORD}|${LANGUAGE_SUFFIX}`, 'iuy'),
  'file-names': new RegExp(`${WORD_CHAR}|${LANGUAGE_SUFFIX}`, 'iuy'),
};

const at = (pattern: RegExp, text: string, index: number) => {
  pattern.lastIndex = index;
  return pattern.test(text);
};

/** A place found in a text: RegExp's exec result has this shape too. */
export interface TextPattern {
  exec(text: string): { index: number; 0: string } | null;
}

/** A keyword's words, found where they stand as whole words (see keywordPattern). */
class KeywordPattern implements TextPattern {
  constructor(
    /** Global, so that a place with the wrong edges is passed over for the next. */
    private readonly words: RegExp,
    private readonly textKind: TextKind,
    private readonly edges: { start: boolean; end: boolean },
  ) {}

  exec(text: string): RegExpExecArray | null {
    for (let from = 0; from <= text.length; ) {
      this.words.lastIndex = from;
      const match = this.words.exec(text);
      if (!match) return null;
      const end = match.index + match[0].length;
      const wholeWord =
        !(this.edges.start && at(WORD_BEFORE[this.textKind], text, match.index)) && !(this.edges.end && at(WORD_GOES_ON[this.textKind], text, end));
      if (wholeWord) return match;
      from = match.index + 1;
    }
    return null;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/**
 * A keyword as a whole-word, case-insensitive pattern whose words may be
 * joined by spaces or light punctuation: "ci/cd" finds "CI/CD" and "CI CD",
 * "scikit-learn" finds "scikit learn", "node.js" finds "NodeJS". Whole words
 * in any script: "go" is not in "Django", and in prose "git" and "github" are
 * not in "github.com"; "django" is in "django-rest". Punctuation a name starts
 * or ends with counts: ".net" is not in "ASP.NET", "c" is not in "C++". Null
 * for a keyword without letters or digits.
 */
export function keywordPattern(keyword: string, textKind: TextKind = 'prose'): KeywordPattern | null {
  const key = `${textKind} ${keyword}`;
  if (!compiledKeywords.has(key)) {
    if (compiledKeywords.size >= MAX_COMPILED_KEYWORDS) compiledKeywords.clear();
    compiledKeywords.set(key, compileKeyword(keyword, textKind));
  }
  return compiledKeywords.get(key) ?? null;
}

/**
 * Every evaluation matches the same few hundred keywords, and compiling them
 * costs more than matching; one pattern serves every caller (exec sets its
 * lastIndex before each use). Cleared when full, so free-text skills cannot
 * grow it without bound.
 */
const compiledKeywords = new Map<string, KeywordPattern | null>();
const MAX_COMPILED_KEYWORDS = 2000;

function compileKeyword(keyword: string, textKind: TextKind): KeywordPattern | null {
  const normalized = keyword.normalize('NFC').toLowerCase().trim();
  if (!/[\p{L}\p{N}]/u.test(normalized)) return null;
  const words = normalized.split(/[^\p{L}\p{N}\p{M}+#]+/u).filter(Boolean);
  const leadingDot = /^\.[\p{L}\p{N}]/u.test(normalized) ? '\\.' : '';
  const body = leadingDot + words.map((word) => word.replace(/\+/g, '\\+')).join('[\\s._/-]{0,3}');
  // Text in those scripts shows no word edges: a keyword written in one is found wherever it stands.
  return new KeywordPattern(new RegExp(body, 'giu'), textKind, { start: !STARTS_UNSPACED.test(body), end: !ENDS_UNSPACED.test(body) });
}

export function keywordPatterns(keywords: readonly string[]): KeywordPattern[] {
  return keywords.map((keyword) => keywordPattern(keyword)).filter((pattern) => pattern !== null);
}

/** The first place any keyword occurs in the text, or null. */
export function firstMatch(text: string, patterns: readonly TextPattern[]): { start: number; end: number } | null {
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
