import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../support/fixtures';
import { readCorpusFile } from '../../../support/corpus';
import { describeProfilePageChecks, readProfile as read } from '../../../support/github-profile-cases';

const shared = (name: string) => parseHtml(readCorpusFile(`github-profile/${name}`));

/** The fields no GitHub reading fills. */
const notOnGitHub = { title: null, hourlyRate: null, jobSuccess: null, totalEarnings: null, skills: [] };

describeProfilePageChecks('the real saved profiles', (login) => shared(`${login}.html`));

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
      popularRepos: [],
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
      popularRepos: [],
      hasProfileReadme: true,
      organizations: ['Spectrum-Digital-Services'],
      couldNotRead: [],
    });
  });
});
