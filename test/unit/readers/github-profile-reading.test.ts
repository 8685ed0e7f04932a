import { describe, expect, it } from 'vitest';
import { parseGitHubCount } from '@/lib/readers/github/counts';
import { readGitHubProfile } from '@/lib/readers/github/profile-reading';
import { ProfileReadingSchema, type ProfileReading } from '@/lib/readers/profile-reading';
import { parseHtml, readOwnFixture, readSharedFixture } from '../../support/fixtures';

const url = (path: string) => new URL(`https://github.com${path}`);
const shared = (name: string) => parseHtml(readSharedFixture(`github-profile/${name}`));
const own = (name: string) => parseHtml(readOwnFixture(`github-pages/${name}`));

/** Reads a page that must be a profile, and checks the reading against the shared contract. */
function read(document: Document, path: string): ProfileReading {
  const reading = readGitHubProfile(document, url(path));
  if (!reading) throw new Error(`expected a profile reading for ${path}`);
  expect(ProfileReadingSchema.parse(reading)).toEqual(reading);
  return reading;
}

/** The fields no GitHub reading fills. */
const notOnGitHub = { title: null, hourlyRate: null, jobSuccess: null, totalEarnings: null, skills: [] };

// Expected values below were taken from the saved HTML by hand and with a one-off
// python3 regex pass over the files (not from this reader's output).
describe('readGitHubProfile on the real saved profiles', () => {
  it('reads defunkt (2026-01, logged out): six pins, no README, one organization', () => {
    expect(read(shared('defunkt.html'), '/defunkt')).toEqual({
      site: 'github',
      url: 'https://github.com/defunkt',
      handle: 'defunkt',
      name: 'Chris Wanstrath',
      overview: '🍔',
      location: null,
      company: null,
      website: 'http://chriswanstrath.com/',
      socialLinks: [],
      ...notOnGitHub,
      githubLogins: ['defunkt'],
      followers: 22_600, // the page shows "22.6k" and no exact title
      following: 215,
      publicRepos: 107,
      pinnedRepos: [
        {
          name: 'atom',
          fullName: 'atom/atom',
          url: 'https://github.com/atom/atom',
          description: 'The hackable text editor', // after an :atom: emoji image
          language: 'JavaScript',
          stars: 61_000,
        },
        {
          name: 'resque',
          fullName: 'resque/resque',
          url: 'https://github.com/resque/resque',
          description:
            'Resque is a Redis-backed Ruby library for creating background jobs, placing them on multiple queues, and processing them later.',
          language: 'Ruby',
          stars: 9_500,
        },
        {
          name: 'hub',
          fullName: 'mislav/hub',
          url: 'https://github.com/mislav/hub',
          description: 'A command-line tool that makes git easier to use with GitHub.',
          language: 'Go',
          stars: 22_900,
        },
        {
          name: 'gist',
          fullName: 'defunkt/gist',
          url: 'https://github.com/defunkt/gist',
          description: 'Potentially the best command line gister.',
          language: 'Ruby',
          stars: 3_800,
        },
        {
          name: 'jquery-pjax',
          fullName: 'defunkt/jquery-pjax',
          url: 'https://github.com/defunkt/jquery-pjax',
          description: 'pushState + ajax = pjax',
          language: 'JavaScript',
          stars: 16_700,
        },
        {
          name: 'mustache',
          fullName: 'mustache/mustache',
          url: 'https://github.com/mustache/mustache',
          description: 'Logic-less Ruby templates.',
          language: 'Ruby',
          stars: 3_100,
        },
      ],
      hasProfileReadme: false,
      organizations: ['mustache'],
      couldNotRead: [],
    });
  });

  it('reads dingaanmanjate (2025-12, logged out): README, company mention, unstarred pins', () => {
    expect(read(shared('dingaanmanjate.html'), '/dingaanmanjate')).toEqual({
      site: 'github',
      url: 'https://github.com/dingaanmanjate',
      handle: 'dingaanmanjate',
      name: 'fasma',
      overview: 'Identifies as an Engineer.',
      location: null,
      company: '@dev-api-org',
      website: 'https://dingaanmanjate.github.io/Profile/',
      socialLinks: [], // the LinkedIn badge is in the README, not in the profile's social accounts
      ...notOnGitHub,
      githubLogins: ['dingaanmanjate'],
      followers: 1,
      following: 2,
      publicRepos: 5,
      pinnedRepos: [
        {
          name: 'ai-app-containerization',
          fullName: 'dev-api-org/ai-app-containerization',
          url: 'https://github.com/dev-api-org/ai-app-containerization',
          description: 'A low-code AI app that will be containerised and deployed to the Kubernetes using a CI/CD pipeline.',
          language: 'PowerShell',
          stars: null,
        },
        {
          name: 'devfolioAI',
          fullName: 'dingaanmanjate/devfolioAI',
          url: 'https://github.com/dingaanmanjate/devfolioAI',
          description: 'AI-powered tool for generating professional bios, project summaries, and learning reflections.',
          language: 'Python',
          stars: null,
        },
        {
          name: 'ai-portfolio-assistant',
          fullName: 'dev-api-org/ai-portfolio-assistant',
          url: 'https://github.com/dev-api-org/ai-portfolio-assistant',
          description: 'AI-powered tool for generating professional bios, project summaries, and learning reflections.',
          language: 'Python',
          stars: 1,
        },
        {
          name: 'Smart-Data-Manager',
          fullName: 'dingaanmanjate/Smart-Data-Manager',
          url: 'https://github.com/dingaanmanjate/Smart-Data-Manager',
          description:
            'Python ETL pipeline for Smart Data Manager: extracts, cleans, transforms, and loads data into SQL Server for reporting and analytics.',
          language: 'Python',
          stars: null,
        },
        {
          name: 'Rubics-Cube-Game',
          fullName: 'dingaanmanjate/Rubics-Cube-Game',
          url: 'https://github.com/dingaanmanjate/Rubics-Cube-Game',
          description:
            'Just having fun with c++ programming by making this rubiks cube game. Hope to make minstream soon after a couple of tweeks.',
          language: 'Makefile',
          stars: 2,
        },
      ],
      hasProfileReadme: true,
      organizations: ['Spectrum-Digital-Services'],
      couldNotRead: [],
    });
  });

  it('on another tab, says pins and README are not on the page and keeps the rest', () => {
    const reading = read(shared('defunkt.html'), '/defunkt?tab=repositories');
    expect(reading).toMatchObject({
      url: 'https://github.com/defunkt?tab=repositories',
      handle: 'defunkt',
      followers: 22_600,
      publicRepos: 107,
      organizations: ['mustache'],
      pinnedRepos: [],
      hasProfileReadme: null,
      couldNotRead: ['pinned repositories', 'profile README'],
    });
  });

  it('reads ?tab=overview like the bare profile URL', () => {
    const reading = read(shared('dingaanmanjate.html'), '/dingaanmanjate?tab=overview');
    expect(reading.pinnedRepos).toHaveLength(5);
    expect(reading).toMatchObject({ hasProfileReadme: true, couldNotRead: [] });
  });

  it('takes the login casing from the page when the URL differs only in case', () => {
    expect(read(shared('defunkt.html'), '/DeFunkt')).toMatchObject({ handle: 'defunkt', githubLogins: ['defunkt'] });
  });

  it('returns null while the page still shows another profile (URL changed first)', () => {
    expect(readGitHubProfile(shared('defunkt.html'), url('/dingaanmanjate'))).toBeNull();
  });
});

describe('readGitHubProfile says null for pages that are not a user profile', () => {
  it.each(['/defunkt/dotjs', '/orgs/python/repositories', '/topics/python', '/sponsors/defunkt', '/'])('%s', (path) => {
    expect(readGitHubProfile(shared('defunkt.html'), url(path))).toBeNull();
  });

  it('an organization page', () => {
    expect(readGitHubProfile(own('organization.html'), url('/python'))).toBeNull();
  });

  it('GitHub’s 404 page', () => {
    expect(readGitHubProfile(own('not-found.html'), url('/no-such-user-xyz'))).toBeNull();
  });
});

describe('readGitHubProfile on synthetic pages', () => {
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

  it('does not count "Popular repositories" (shown when nothing is pinned) as pins', () => {
    const document = parseHtml(`
      <div class="h-card"><h1 class="vcard-names"><span class="p-name">Pop</span><span class="p-nickname vcard-username">pop-dev</span></h1></div>
      <turbo-frame id="user-profile-frame"><div class="js-pinned-items-reorder-container">
        <h2 class="f4 mb-2 text-normal">
          Popular repositories
        </h2>
        <ol><li class="mb-3"><div class="Box pinned-item-list-item"><a href="/pop-dev/hello"><span class="repo">hello</span></a></div></li></ol>
      </div></turbo-frame>`);
    expect(read(document, '/pop-dev')).toMatchObject({ pinnedRepos: [], hasProfileReadme: false });
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
