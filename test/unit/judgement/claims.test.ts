import { describe, expect, it } from 'vitest';
import { candidateTexts, findClaims, keywordPattern, quoteAround } from '@/lib/judgement/claims';
import { githubReading, marketplaceReading } from './candidates';

describe('keywordPattern', () => {
  it.each([
    ['ci/cd', 'Set up CI/CD pipelines', true],
    ['ci/cd', 'set up ci cd', true],
    ['ci/cd', 'ci-cd', true],
    ['scikit-learn', 'models in scikit learn', true],
    ['fine-tuning', 'LLM fine tuning', true],
    ['rag', 'RAG pipelines', true],
    ['rag', 'storage', false],
    ['sql', 'PostgreSQL', false],
    ['flask', 'flasks', false],
    ['go', 'Django', false],
    ['ml', 'ML/AI', true],
    ['postgres', 'Postgres,', true],
  ])('%s in %j: %s', (keyword, text, found) => {
    expect(keywordPattern(keyword)?.test(text)).toBe(found);
  });

  it('escapes what it is given and has no pattern for a keyword without letters or digits', () => {
    expect(keywordPattern('c++')?.test('modern C++ and Python')).toBe(true);
    expect(keywordPattern('a.*')?.test('abc')).toBe(false);
    expect(keywordPattern('(((')).toBeNull();
    expect(keywordPattern('')).toBeNull();
  });
});

describe('quoteAround', () => {
  const long = `${'a'.repeat(200)} KEYWORD ${'b'.repeat(200)}`;

  it('keeps a text of up to 160 characters whole', () => {
    const text = 'x'.repeat(160);
    expect(quoteAround(text, 10, 12)).toBe(text);
  });

  it('cuts a longer text to 160 characters centred on the match, marking both cuts', () => {
    const start = long.indexOf('KEYWORD');
    const quote = quoteAround(long, start, start + 7);
    expect(quote).toHaveLength(160);
    expect(quote.startsWith('…')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    const at = quote.indexOf('KEYWORD');
    // 158 characters between the ellipses; the keyword's 7 sit in the middle (75 either side).
    expect([at - 1, quote.length - 1 - (at + 7)]).toEqual([75, 76]);
  });

  it('marks only the cut end at the start or end of a text', () => {
    const text = `KEYWORD ${'c'.repeat(300)}`;
    const quote = quoteAround(text, 0, 7);
    expect(quote.startsWith('KEYWORD')).toBe(true);
    expect(quote.endsWith('…')).toBe(true);
    expect(quote).toHaveLength(159);
    const tail = `${'c'.repeat(300)} KEYWORD`;
    expect(quoteAround(tail, 301, 308)).toBe(`…${tail.slice(-158)}`);
  });

  it('never splits an emoji at a cut', () => {
    const text = `${'🍔'.repeat(100)}KEYWORD${'🍔'.repeat(100)}`;
    const quote = quoteAround(text, 200, 207);
    expect(quote.length).toBeLessThanOrEqual(160);
    expect(quote).toContain('KEYWORD');
    expect(quote.replace(/^…|…$/g, '')).toMatch(/^(🍔)*KEYWORD(🍔)*$/u);
  });
});

describe('candidateTexts and findClaims', () => {
  it('reads a marketplace page’s title, skills and overview, and a GitHub page’s bio, whitespace collapsed', () => {
    const market = marketplaceReading({ title: 'Python  dev', overview: 'Line one.\n\nLine two.', skills: ['Python', 'SQL'] });
    const github = githubReading('defunkt');
    expect(candidateTexts(market, github, null, undefined, market)).toEqual([
      { source: 'marketplace-title', text: 'Python dev', url: market.url },
      { source: 'marketplace-skills', text: 'Python, SQL', url: market.url },
      { source: 'marketplace-overview', text: 'Line one. Line two.', url: market.url },
      { source: 'github-bio', text: 'Makes small tools.', url: 'https://github.com/defunkt' },
    ]);
  });

  it('quotes each text once, around the earliest mention of any keyword', () => {
    const texts = candidateTexts(marketplaceReading({ overview: 'Docker first, then Kubernetes, then Docker again.' }));
    expect(findClaims(texts, ['kubernetes', 'docker'])).toEqual([
      { source: 'marketplace-overview', quote: 'Docker first, then Kubernetes, then Docker again.', url: 'https://www.upwork.com/freelancers/~01made-up' },
    ]);
    expect(findClaims(texts, ['terraform'])).toEqual([]);
  });
});
