import { describe, expect, it } from 'vitest';
import { findGitHubAccounts, findGitHubAccountsInText, isGitHubAccountUrl } from '@/lib/readers/links/github-accounts';
import { LinkedAccountsSchema } from '@/lib/readers/profile-reading';
import { parseHtml, readOwnFixture } from '../../support/fixtures';

const CV_URL = new URL('https://ada.example.org/cv/index.html');
const find = (html: string, pageUrl = CV_URL) => findGitHubAccounts(parseHtml(html), pageUrl);

describe('isGitHubAccountUrl', () => {
  it.each([
    ['https://github.com/ada', 'ada'],
    ['http://github.com/ada', 'ada'],
    ['https://www.github.com/Ada-Lovelace', 'Ada-Lovelace'],
    ['https://GITHUB.COM/ada', 'ada'],
    ['https://github.com:443/ada', 'ada'],
    ['https://github.com/ada/', 'ada'],
    ['https://github.com/ada?tab=repositories', 'ada'],
    ['https://github.com/ada#readme', 'ada'],
    ['https://github.com/a', 'a'],
    [`https://github.com/${'a'.repeat(39)}`, 'a'.repeat(39)],
    // A repository, or anything in it, belongs to its owner.
    ['https://github.com/ada/numbercrunch', 'ada'],
    ['https://github.com/ada/numbercrunch/blob/main/setup.py', 'ada'],
    ['https://github.com/python-dev/cpython/issues/3', 'python-dev'],
  ])('%s is the account %s', (href, login) => {
    expect(isGitHubAccountUrl(new URL(href))).toBe(login);
  });

  it.each([
    // GitHub's own pages, whatever follows them.
    'https://github.com/',
    'https://github.com/features/copilot',
    'https://github.com/topics/python',
    'https://github.com/sponsors/ada',
    'https://github.com/marketplace/actions/setup-python',
    'https://github.com/settings/profile',
    'https://github.com/SETTINGS/profile',
    'https://github.com/login?return_to=%2Fada',
    'https://github.com/join',
    'https://github.com/about',
    'https://github.com/pricing',
    'https://github.com/enterprise',
    'https://github.com/collections/machine-learning',
    'https://github.com/trending/python',
    'https://github.com/explore',
    'https://github.com/notifications',
    'https://github.com/pulls',
    'https://github.com/issues',
    'https://github.com/search?q=ada',
    'https://github.com/apps/dependabot',
    'https://github.com/site/terms',
    'https://github.com/security',
    'https://github.com/contact',
    'https://github.com/customer-stories',
    'https://github.com/readme',
    'https://github.com/team',
    'https://github.com/events',
    'https://github.com/codespaces',
    'https://github.com/copilot',
    'https://github.com/new',
    'https://github.com/solutions/industry/healthcare',
    'https://github.com/avatars/u/2',
    // Organization pages and settings are not a person's account.
    'https://github.com/orgs/acme/people',
    'https://github.com/organizations/acme/settings/profile',
    'https://github.com/users/ada/projects/1',
    // Not a login.
    'https://github.com/ada.png',
    'https://github.com/ada.keys',
    'https://github.com/-ada',
    'https://github.com/ada_lovelace',
    `https://github.com/${'a'.repeat(40)}`,
    'https://github.com/%61da',
    // Other hosts, schemes and ports.
    'https://gist.github.com/ada',
    'https://api.github.com/users/ada',
    'https://raw.githubusercontent.com/ada/x/main/README.md',
    'https://ada.github.io/',
    'https://notgithub.com/ada',
    'https://github.com.evil.example/ada',
    'https://evil.example/github.com/ada',
    'https://user:pw@github.com/ada',
    'https://github.com:8443/ada',
    'ftp://github.com/ada',
    'javascript://github.com/%0Aalert(1)',
  ])('%s is no account', (href) => {
    expect(isGitHubAccountUrl(new URL(href))).toBeNull();
  });
});

describe('findGitHubAccounts', () => {
  it('finds every account a CV links or mentions, once each, in page order', () => {
    const accounts = find(readOwnFixture('link-pages/personal-cv.html'));
    expect(accounts).toEqual([
      { login: 'ada-py', url: 'https://github.com/ada-py', source: 'href' },
      { login: 'grace-h', url: 'https://github.com/grace-h/flowmatic/pulls?q=is%3Aopen', source: 'href' },
      { login: 'Linus-T', url: 'http://www.github.com/Linus-T', source: 'href' },
      { login: 'text-only-dev', url: 'https://github.com/text-only-dev', source: 'text' },
      { login: 'paren-dev', url: 'https://github.com/paren-dev/', source: 'text' },
      { login: 'MiXeD', url: 'https://github.com/MiXeD', source: 'text' },
      { login: 'scheme-less', url: 'https://github.com/scheme-less', source: 'text' },
    ]);
    expect(LinkedAccountsSchema.parse(accounts)).toEqual(accounts);
  });

  it('resolves relative hrefs against the page URL', () => {
    const html = '<a href="/grace-h">Grace</a> <a href="../linus-t/kernel">kernel</a> <a href="?tab=stars">stars</a>';
    expect(find(html, new URL('https://github.com/ada-py/notes'))).toEqual([
      { login: 'grace-h', url: 'https://github.com/grace-h', source: 'href' },
      { login: 'linus-t', url: 'https://github.com/linus-t/kernel', source: 'href' },
      { login: 'ada-py', url: 'https://github.com/ada-py/notes?tab=stars', source: 'href' },
    ]);
    // The same relative links on another site point at that site.
    expect(find(html, CV_URL)).toEqual([]);
  });

  it('keeps the first of case-insensitive duplicates, whether from a link or the text', () => {
    const html = `<p>github.com/Dup-Dev</p><a href="https://github.com/dup-dev/repo">repo</a>
      <a href="https://github.com/DUP-DEV">again</a><p>https://www.github.com/dup-dev/</p>`;
    expect(find(html)).toEqual([{ login: 'Dup-Dev', url: 'https://github.com/Dup-Dev', source: 'text' }]);
  });

  it('reads a link before its own text, so a linked URL counts as an href', () => {
    expect(find('<a href="https://github.com/ada-py">github.com/ada-py</a>')).toEqual([
      { login: 'ada-py', url: 'https://github.com/ada-py', source: 'href' },
    ]);
  });

  it.each([
    ['a look-alike host', 'notgithub.com/ada and github.com.evil.example/ada'],
    ['a path on another host', 'https://evil.example/github.com/ada'],
    ['an e-mail address', 'mail ada@github.com/ada'],
    ['gist, sponsors, topics and features', 'gist.github.com/ada github.com/sponsors/ada github.com/topics/python github.com/features'],
    ['org settings', 'github.com/organizations/acme/settings/profile github.com/orgs/acme'],
    ['an avatar image', 'github.com/ada.png'],
    ['a bare host', 'https://github.com/ and github.com'],
  ])('finds nothing in %s', (_case, text) => {
    expect(find(`<p>${text}</p>`)).toEqual([]);
  });

  it('takes a repository mention in text as its owner and drops sentence punctuation', () => {
    expect(find('<p>My work: github.com/ada-py/numbercrunch, and (github.com/grace-h).</p>')).toEqual([
      { login: 'ada-py', url: 'https://github.com/ada-py/numbercrunch', source: 'text' },
      { login: 'grace-h', url: 'https://github.com/grace-h', source: 'text' },
    ]);
  });

  it('ignores scripts, styles, templates and links outside the body', () => {
    const html = `<html><head><link rel="me" href="https://github.com/head-dev"><script>"github.com/script-dev"</script></head>
      <body><style>/* github.com/style-dev */</style><noscript>github.com/noscript-dev</noscript>
      <template><a href="https://github.com/template-dev">t</a></template><p>nothing else</p></body></html>`;
    expect(find(html)).toEqual([]);
  });

  it('finds no GitHub account on an Upwork profile that links none', () => {
    const html = readOwnFixture('marketplace-pages/upwork-profile.html');
    expect(html.toLowerCase()).not.toContain('github');
    expect(findGitHubAccounts(parseHtml(html), new URL('https://www.upwork.com/freelancers/~01synthetic0000001'))).toEqual([]);
  });
});

describe('findGitHubAccountsInText (text a page keeps as data)', () => {
  it.each([
    ['Code samples: github.com/someone', 'someone', 'https://github.com/someone'],
    ['GitHub: https://github.com/someone', 'someone', 'https://github.com/someone'],
    ['GitHub:https://github.com/someone/etl-kit', 'someone', 'https://github.com/someone/etl-kit'],
    ['Code samples:github.com/someone.', 'someone', 'https://github.com/someone'],
    ['see www.github.com/Some-One/repo/tree/main', 'Some-One', 'https://www.github.com/Some-One/repo/tree/main'],
  ])('%j names %s', (text, login, url) => {
    expect(findGitHubAccountsInText(text)).toEqual([{ login, url, source: 'text' }]);
  });

  it('leaves out GitHub’s own pages and look-alikes, and names each account once', () => {
    const text = `I use github.com/features/actions and https://github.com/marketplace, not notgithub.com/x
      or mail me at ada@github.com/ada. Mine: github.com/ada-py/one and GitHub: https://github.com/ADA-PY/two`;
    expect(findGitHubAccountsInText(text)).toEqual([{ login: 'ada-py', url: 'https://github.com/ada-py/one', source: 'text' }]);
  });

  it('finds nothing in text without a github.com address ("GitHub: on request")', () => {
    expect(findGitHubAccountsInText('GitHub: on request. My handle is someone.')).toEqual([]);
  });
});
