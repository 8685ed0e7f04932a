import { describe, expect, it } from 'vitest';
import { candidateTexts, findClaims, keywordPattern, quoteAround } from '@/lib/judgement/claims';
import { githubReading, marketplaceReading } from './candidates';

describe('keywordPattern', () => {
  it('passes over a place where the words are part of a longer word, and finds the next', () => {
    expect(keywordPattern('go')?.exec('Django, then Go')?.index).toBe(13);
    expect(keywordPattern('c')?.exec('C++ or C#, and C')?.index).toBe(15);
    expect(keywordPattern('github')?.exec('github.com/x and GitHub')?.index).toBe(17);
    // A dot before "js" does not carry the word on, in any case.
    expect(keywordPattern('react')?.test('React.JS and Vue')).toBe(true);
    expect(keywordPattern('react')?.test('React.Native')).toBe(false);
  });

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

  describe('whole words only', () => {
    it.each([
      // A host name is one word: none of its parts is a claim.
      ['git', 'Code at github.com/ana-perez', false],
      ['github', 'Code at github.com/ana-perez', false],
      ['github', 'https://ana-perez.github.io/', false],
      ['gitlab', 'mirror on gitlab.example.com', false],
      ['python', 'docs.python.org is my homepage', false],
      ['github', 'Reviews pull requests on GitHub.', true],
      ['git', 'Git, trunk-based', true],
      // Hyphens, slashes and underscores split words; letters and digits do not.
      ['django', 'maintainer of django-rest-tools', true],
      ['django', 'my_django_app', true],
      ['go', 'django', false],
      ['go', 'Go and Rust', true],
      ['python', 'Pythonista', false],
      ['python', 'Python3', false],
      ['python', 'Pythonист', false],
      ['rust', 'trust', false],
      // Names with punctuation.
      ['c++', 'C++17 and C++', true],
      ['c', 'C++ and C# developer', false],
      ['c', 'C, Rust and Python', true],
      ['c#', 'C# and F#', true],
      ['c#', 'F# and Java', false],
      ['f#', 'F#-first', true],
      ['node.js', 'Node.js APIs', true],
      ['node.js', 'NodeJS', true],
      ['node.js', 'node', false],
      ['node', 'Node.js APIs', true],
      ['react', 'React.js.', true],
      ['js', 'Node.js APIs', false],
      ['.net', '.NET Core', true],
      ['.net', 'ASP.NET MVC', false],
      ['.net', 'a net of contacts', false],
      ['asp.net', 'ASP.NET MVC', true],
      ['scikit-learn', 'scikit-learn, XGBoost', true],
      ['scikit-learn', 'Scikit Learn', true],
      ['scikit-learn', 'scikit', false],
      // Unicode: letters of any script, accents however they were typed, scripts without spaces.
      ['python', 'PythonとDjangoの経験', true],
      ['django', 'PythonとDjangoの経験', true],
      ['机器学习', '专注机器学习工程', true],
      ['ml', 'MLÖ', false],
      ['café', 'caf\u00e9 owner', true],
      ['docker', 'Docker…', true],
      ['python', '#python #django', true],
      ['django', '#python#django', true],
      ['django', 'Python+Django', true],
    ])('%s in %j: %s', (keyword, text, found) => {
      expect(keywordPattern(keyword)?.test(text)).toBe(found);
    });

    it('reads a dot in evidence details as the start of a file extension', () => {
      expect(keywordPattern('conftest', 'file-names')?.test('tests/conftest.py is in the repository.')).toBe(true);
      expect(keywordPattern('go', 'file-names')?.test('go.mod is in the repository.')).toBe(true);
      expect(keywordPattern('go', 'file-names')?.test('django.po is in the repository.')).toBe(false);
      expect(keywordPattern('conftest')?.test('tests/conftest.py is in the repository.')).toBe(false);
    });
  });

  it('escapes what it is given and has no pattern for a keyword without letters or digits', () => {
    expect(keywordPattern('c++')?.test('modern C++ and Python')).toBe(true);
    expect(keywordPattern('a.*')?.test('abc')).toBe(false);
    expect(keywordPattern('(((')).toBeNull();
    expect(keywordPattern('++')).toBeNull();
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
  it('reads a marketplace page’s title, skills and overview, and a GitHub page’s bio, company and website, whitespace collapsed', () => {
    const market = marketplaceReading({ title: 'Python  dev', overview: 'Line one.\n\nLine two.', skills: ['Python', 'SQL'] });
    const github = githubReading('dingaanmanjate');
    expect(candidateTexts(market, github, null, undefined, market)).toEqual([
      { source: 'marketplace-title', text: 'Python dev', url: market.url },
      { source: 'marketplace-skills', text: 'Python, SQL', url: market.url },
      { source: 'marketplace-overview', text: 'Line one. Line two.', url: market.url },
      { source: 'github-bio', text: 'Data engineer in training.', url: 'https://github.com/dingaanmanjate' },
      { source: 'github-company', text: '@dev-api-org', url: 'https://github.com/dingaanmanjate' },
      { source: 'github-website', text: 'https://dingaanmanjate.github.io/', url: 'https://github.com/dingaanmanjate' },
    ]);
  });

  it('quotes a GitHub company and website as claims, but a github.com address claims no Git', () => {
    const texts = candidateTexts({
      ...githubReading('defunkt'),
      overview: 'Code at github.com/defunkt',
      company: 'Redis Labs alumni',
      website: 'https://fastapi-notes.example',
    });
    const url = 'https://github.com/defunkt';
    expect(findClaims(texts, ['redis'])).toEqual([{ source: 'github-company', quote: 'Redis Labs alumni', url }]);
    expect(findClaims(texts, ['fastapi'])).toEqual([{ source: 'github-website', quote: 'https://fastapi-notes.example', url }]);
    expect(findClaims(texts, ['git', 'github'])).toEqual([]);
  });

  it('composes accents typed as combining marks, so they match keywords typed with composed letters', () => {
    const texts = candidateTexts(marketplaceReading({ overview: 'Développeur Python, cafe\u0301 owner' }));
    expect(texts[0]?.text).toBe('Développeur Python, caf\u00e9 owner');
    expect(findClaims(texts, ['café'])).toHaveLength(1);
  });

  it('quotes each text once, around the earliest mention of any keyword', () => {
    const texts = candidateTexts(marketplaceReading({ overview: 'Docker first, then Kubernetes, then Docker again.' }));
    expect(findClaims(texts, ['kubernetes', 'docker'])).toEqual([
      { source: 'marketplace-overview', quote: 'Docker first, then Kubernetes, then Docker again.', url: 'https://www.upwork.com/freelancers/~01made-up' },
    ]);
    expect(findClaims(texts, ['terraform'])).toEqual([]);
  });
});
