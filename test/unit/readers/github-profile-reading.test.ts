import { describe, expect, it } from 'vitest';
import { parseGitHubCount } from '@/lib/readers/github/counts';
import { readGitHubProfile } from '@/lib/readers/github/profile-reading';
import { parseHtml, readOwnFixture } from '../../support/fixtures';
import { readProfile as read } from '../../support/github-profile-cases';

const url = (path: string) => new URL(`https://github.com${path}`);
const own = (name: string) => parseHtml(readOwnFixture(`github-pages/${name}`));

/** The fields no GitHub reading fills. */
const notOnGitHub = { title: null, hourlyRate: null, jobSuccess: null, totalEarnings: null, skills: [] };

// Expected values below were taken from the saved HTML by hand and with a one-off
// python3 regex pass over the files (not from this reader's output).
describe('readGitHubProfile says null for pages that are not a user profile', () => {
  it('an organization page', () => {
    expect(readGitHubProfile(own('organization.html'), url('/python'))).toBeNull();
  });

  it('GitHub’s 404 page', () => {
    expect(readGitHubProfile(own('not-found.html'), url('/no-such-user-xyz'))).toBeNull();
  });
});

describe('readGitHubProfile on synthetic pages', () => {
  it('reads a logged-out profile (2026-01 markup): six pins, two of other owners, no README, one organization', () => {
    const pin = (owner: string, name: string, description: string, language: string, stars: number) => ({
      name,
      fullName: `${owner}/${name}`,
      url: `https://github.com/${owner}/${name}`,
      description,
      language,
      stars,
    });
    expect(read(own('defunkt.html'), '/defunkt')).toEqual({
      site: 'github',
      url: 'https://github.com/defunkt',
      handle: 'defunkt',
      name: 'Chris Wanstrath',
      overview: 'Makes small tools.',
      location: null,
      company: null,
      website: 'https://example.com/chris',
      socialLinks: [],
      ...notOnGitHub,
      githubLogins: ['defunkt'],
      followers: 22_600, // the page shows "22.6k" and no exact title
      following: 215,
      publicRepos: 107,
      pinnedRepos: [
        pin('mustache', 'mustache-spec', 'The language-agnostic specification of Mustache templates, with its test cases.', 'Python', 1_200),
        pin('defunkt', 'pystache-lite', 'Mustache templates for Python, small and typed.', 'Python', 380),
        pin('defunkt', 'dotjs', '~/.js runs in your browser, per domain.', 'Ruby', 3_100),
        pin('resque', 'resque', 'A Redis-backed job queue for Ruby, with a web dashboard.', 'Ruby', 9_500),
        pin('defunkt', 'gist', 'Post a file to a gist from the command line.', 'Ruby', 3_800),
        pin('defunkt', 'jquery-pjax', 'pushState and ajax, together.', 'JavaScript', 16_700), // after a :zap: emoji image
      ],
      popularRepos: [],
      hasProfileReadme: false,
      organizations: ['mustache'],
      couldNotRead: [],
    });
  });

  it('reads a logged-out profile with a README, an @organization as company and unstarred pins', () => {
    const reading = read(own('dingaanmanjate.html'), '/dingaanmanjate');
    expect(reading).toMatchObject({
      handle: 'dingaanmanjate',
      name: 'fasma',
      overview: 'Data engineer in training.',
      company: '@dev-api-org',
      website: 'https://dingaanmanjate.github.io/',
      followers: 1,
      following: 2,
      publicRepos: 3,
      popularRepos: [],
      hasProfileReadme: true,
      organizations: ['dev-api-org'],
      couldNotRead: [],
    });
    expect(reading.pinnedRepos.map((repo) => [repo.fullName, repo.language, repo.stars])).toEqual([
      ['dev-api-org/etl-toolkit', 'Python', null],
      ['dingaanmanjate/etl-scripts', 'Python', null],
      ['dingaanmanjate/aws-notes', 'HCL', 2],
      ['dingaanmanjate/sql-practice', 'TSQL', null],
      ['dingaanmanjate/cube-game', 'C++', null],
    ]);
  });

  it('reads a logged-in view: pronouns, email and local time ignored, social accounts, exact counts', () => {
    expect(read(own('profile-logged-in.html'), '/ada-py')).toEqual({
      site: 'github',
      url: 'https://github.com/ada-py',
      handle: 'ada-py',
      name: 'Ada Lovelace',
      overview: 'Python & data engineering.\nMaintainer of numbercrunch.',
      location: 'London, UK',
      company: 'Analytical Engines Ltd',
      website: 'https://ada.example.org/',
      socialLinks: [
        'https://twitter.com/ada_py',
        'https://www.linkedin.com/in/ada-lovelace-py',
        'https://fosstodon.org/@ada',
      ],
      ...notOnGitHub,
      githubLogins: ['ada-py'],
      followers: 1234, // title="1,234" beats the text "1.2k"
      following: 87,
      publicRepos: 1204, // title="1,204" beats the text "1.2k"
      pinnedRepos: [
        {
          name: 'numbercrunch',
          fullName: 'ada-py/numbercrunch',
          url: 'https://github.com/ada-py/numbercrunch',
          description: 'Fast numeric helpers for pandas.',
          language: 'Python',
          stars: 2300,
        },
      ],
      popularRepos: [],
      hasProfileReadme: false,
      organizations: ['pydata'],
      couldNotRead: [],
    });
  });

  it('reads the 2021 logged-in own-profile markup without touching the hidden edit form', () => {
    expect(read(own('profile-logged-in-own-2021.html'), '/py-owner')).toEqual({
      site: 'github',
      url: 'https://github.com/py-owner',
      handle: 'py-owner',
      name: 'Owen Pyle',
      overview: 'Student, learning Django.\nReach me on my site',
      location: 'Guntur,Andhra Pradesh',
      company: 'Student',
      website: null,
      socialLinks: [],
      ...notOnGitHub,
      githubLogins: ['py-owner'],
      followers: 1,
      following: 3,
      publicRepos: 18,
      pinnedRepos: [
        {
          name: 'Quiz-App',
          fullName: 'py-owner/Quiz-App',
          url: 'https://github.com/py-owner/Quiz-App',
          description: 'Quiz app using Java Script',
          language: 'JavaScript',
          stars: 1,
        },
        {
          name: 'CountDown-Timer',
          fullName: 'py-owner/CountDown-Timer',
          url: 'https://github.com/py-owner/CountDown-Timer',
          description: null,
          language: 'HTML',
          stars: null,
        },
      ],
      popularRepos: [],
      hasProfileReadme: true,
      organizations: [],
      couldNotRead: [],
    });
  });

  it('reads a README, pins of every kind (other owner, bare, gist, emoji) and organizations', () => {
    expect(read(own('profile-readme-pins-orgs.html'), '/grace-h')).toEqual({
      site: 'github',
      url: 'https://github.com/grace-h',
      handle: 'grace-h',
      name: 'Grace Hopper',
      overview: 'Compilers, COBOL, and now Python.',
      location: null,
      company: '@hopper-labs',
      website: null,
      socialLinks: [],
      ...notOnGitHub,
      githubLogins: ['grace-h'],
      followers: 5,
      following: 0,
      publicRepos: 12,
      pinnedRepos: [
        {
          name: 'a0',
          fullName: 'navy-compilers/a0',
          url: 'https://github.com/navy-compilers/a0',
          description: 'The A-0 system, restored.',
          language: 'Python',
          stars: 1500,
        },
        {
          name: 'scratch',
          fullName: 'grace-h/scratch',
          url: 'https://github.com/grace-h/scratch',
          description: null,
          language: null,
          stars: null,
        },
        {
          name: 'sorting.py',
          fullName: 'sorting.py',
          url: 'https://gist.github.com/grace-h/0a1b2c3d4e',
          description: 'Merge sort, by hand.',
          language: null,
          stars: null,
        },
        {
          name: 'bugfinder',
          fullName: 'grace-h/bugfinder',
          url: 'https://github.com/grace-h/bugfinder',
          description: 'Finds the first actual bug',
          language: 'Jupyter Notebook',
          stars: 1,
        },
      ],
      popularRepos: [],
      hasProfileReadme: true,
      organizations: ['hopper-labs', 'PyCon-US', 'navy-compilers'],
      couldNotRead: [],
    });
  });

  it('reports a profile with nothing filled in as empty, not as unreadable', () => {
    expect(read(own('profile-empty-details.html'), '/blank-slate')).toEqual({
      site: 'github',
      url: 'https://github.com/blank-slate',
      handle: 'blank-slate',
      name: null,
      overview: null,
      location: null,
      company: null,
      website: null,
      socialLinks: [],
      ...notOnGitHub,
      githubLogins: ['blank-slate'],
      followers: 0,
      following: 0,
      publicRepos: 0,
      pinnedRepos: [],
      popularRepos: [],
      hasProfileReadme: false,
      organizations: [],
      couldNotRead: [],
    });
  });

  it('after a markup change, reads what kept its classes and names what it could not read', () => {
    expect(read(own('profile-markup-changed.html'), '/new-wrappers')).toEqual({
      site: 'github',
      url: 'https://github.com/new-wrappers',
      handle: 'new-wrappers',
      name: 'Linus Example',
      overview: null,
      location: null,
      company: null,
      website: null,
      socialLinks: [],
      ...notOnGitHub,
      githubLogins: ['new-wrappers'],
      followers: 12,
      following: 3,
      publicRepos: 40,
      pinnedRepos: [
        {
          name: 'tinykernel',
          fullName: 'new-wrappers/tinykernel',
          url: 'https://github.com/new-wrappers/tinykernel',
          description: 'A toy kernel.',
          language: 'C',
          stars: 7,
        },
      ],
      popularRepos: [],
      hasProfileReadme: false,
      organizations: ['example-foundation'],
      couldNotRead: ['bio', 'company', 'location', 'website', 'social links'],
    });
  });

  it('on a page it does not know at all, keeps the login and names every field', () => {
    expect(read(own('unfamiliar-markup.html'), '/newmarkup')).toEqual({
      site: 'github',
      url: 'https://github.com/newmarkup',
      handle: 'newmarkup',
      name: null,
      overview: null,
      location: null,
      company: null,
      website: null,
      socialLinks: [],
      ...notOnGitHub,
      githubLogins: ['newmarkup'],
      followers: null,
      following: null,
      publicRepos: null,
      pinnedRepos: [],
      popularRepos: [],
      hasProfileReadme: null,
      organizations: [],
      couldNotRead: [
        'name',
        'bio',
        'company',
        'location',
        'website',
        'social links',
        'followers',
        'following',
        'public repositories',
        'pinned repositories',
        'profile README',
        'organizations',
      ],
    });
  });
});

// Expected values written with the synthetic page (profile-popular-repos.html), itself shaped after
// real "Popular repositories" markup seen in public repositories (see the selectors' comment).
describe('readGitHubProfile on a profile with nothing pinned (profile-popular-repos.html)', () => {
  const reading = () => read(own('profile-popular-repos.html'), '/noor-haddad-dev');
  const card = (name: string, description: string | null, language: string, stars: number | null) => ({
    name,
    fullName: `noor-haddad-dev/${name}`,
    url: `https://github.com/noor-haddad-dev/${name}`,
    description,
    language,
    stars,
  });

  it('reads GitHub’s "Popular repositories" as popular, not as the person’s pins', () => {
    expect(reading()).toMatchObject({
      handle: 'noor-haddad-dev',
      name: 'Noor Haddad',
      location: 'Amman, Jordan',
      publicRepos: 9,
      pinnedRepos: [],
      hasProfileReadme: false,
      couldNotRead: [],
    });
  });

  it('reads each card: name, description, language, and stars only from a star link', () => {
    expect(reading().popularRepos).toEqual([
      card('invoice-api', 'An invoicing API on FastAPI and PostgreSQL, with pytest.', 'Python', 41),
      card('dotfiles', null, 'Shell', null),
      card('flask', 'The Python micro framework for building web applications.', 'Python', null),
      card('advent-2025', 'Puzzle solutions.', 'Python', null),
    ]);
  });

  it('reads popular repositories from the older markup too, and names them when a card is unreadable', () => {
    const page = (cards: string) =>
      parseHtml(`
      <div class="h-card"><h1 class="vcard-names"><span class="p-name">Pop</span><span class="p-nickname vcard-username">pop-dev</span></h1></div>
      <turbo-frame id="user-profile-frame"><div class="js-pinned-items-reorder-container">
        <h2 class="f4 mb-2 text-normal">
          Popular repositories
        </h2>
        <ol class="d-flex flex-wrap list-style-none gutter-condensed mb-4">${cards}</ol>
      </div></turbo-frame>`);
    const older = '<li class="mb-3 d-flex"><div class="Box pinned-item-list-item d-flex p-3 width-full public source"><a href="/pop-dev/hello" class="text-bold flex-auto min-width-0"><span class="repo" title="hello">hello</span></a></div></li>';
    // The page is trimmed to the box, so the sidebar's fields are unread; the box's are not.
    const readable = read(page(older), '/pop-dev');
    expect(readable).toMatchObject({
      pinnedRepos: [],
      popularRepos: [{ name: 'hello', fullName: 'pop-dev/hello', url: 'https://github.com/pop-dev/hello', stars: null }],
    });
    expect(readable.couldNotRead).not.toContain('popular repositories');
    expect(readable.couldNotRead).not.toContain('pinned repositories');
    const unreadable = '<li><div class="Box pinned-item-list-item"><p>no name, no link</p></div></li>';
    const partly = read(page(older + unreadable), '/pop-dev');
    expect(partly).toMatchObject({ pinnedRepos: [], popularRepos: [{ name: 'hello' }] });
    expect(partly.couldNotRead).toContain('popular repositories');
    expect(partly.couldNotRead).not.toContain('pinned repositories');
  });

  it('goes by the box’s own heading, not a heading inside the pins dialog of the owner’s view', () => {
    const document = parseHtml(`
      <div class="h-card"><h1 class="vcard-names"><span class="p-name">Own</span><span class="p-nickname vcard-username">own-dev</span></h1></div>
      <turbo-frame id="user-profile-frame"><div class="js-pinned-items-reorder-container">
        <details><summary>Customize your pins</summary><details-dialog><h2>Edit pinned items</h2></details-dialog></details>
        <h2 class="f4 mb-2 text-normal">Popular repositories</h2>
        <ol><li><div class="Box pinned-item-list-item"><a href="/own-dev/tool"><span class="repo">tool</span></a></div></li></ol>
      </div></turbo-frame>`);
    expect(read(document, '/own-dev')).toMatchObject({ pinnedRepos: [], popularRepos: [{ name: 'tool' }] });
  });
});

describe('readGitHubProfile keeps hostile page text as text', () => {
  const reading = () => read(own('hostile-profile.html'), '/hostile-dev');

  it('returns markup-looking text verbatim and drops every non-http(s) link', () => {
    expect(reading()).toEqual({
      site: 'github',
      url: 'https://github.com/hostile-dev',
      handle: 'hostile-dev',
      name: '<img src=x onerror="window.__pyvetXss=1">',
      overview: '<script>window.__pyvetXss=1</script> &amp; friends',
      location: '<iframe src="javascript:alert(1)">',
      company: '<b onmouseover="window.__pyvetXss=1">Evil Inc</b>',
      website: null, // javascript:, whatever its text says
      socialLinks: ['https://social.example/@hostile'], // not javascript:, data: or user:pass@
      ...notOnGitHub,
      githubLogins: ['hostile-dev'],
      followers: 9,
      following: 9,
      publicRepos: 2,
      pinnedRepos: [
        {
          name: '<svg onload=alert(1)>',
          fullName: '<svg onload=alert(1)>',
          url: null,
          description: '<script>window.__pyvetXss=1</script>',
          language: '<i>Python</i>',
          stars: null,
        },
      ],
      popularRepos: [],
      hasProfileReadme: false,
      organizations: ['real-org'],
      couldNotRead: [],
    });
  });

  it('never ran the page’s script while reading it', () => {
    reading();
    expect((globalThis as { __pyvetXss?: number }).__pyvetXss).toBeUndefined();
  });
});

describe('parseGitHubCount', () => {
  it.each([
    ['0', 0],
    ['107', 107],
    ['1,234', 1234],
    ['22.6k', 22_600],
    ['22.9k', 22_900],
    ['1.2k', 1200],
    ['61k', 61_000],
    ['1.5M', 1_500_000],
    ['  215\n ', 215],
  ])('%j is %d', (text, count) => {
    expect(parseGitHubCount(text)).toBe(count);
  });

  it.each(['', 'k', 'many', '1.2.3k', '-5', '12 followers', null, undefined])('%j is not a count', (text) => {
    expect(parseGitHubCount(text)).toBeNull();
  });
});
