import { bench, describe } from 'vitest';
import { summarizeFirstLook } from '@/lib/analysis/first-look';
import type { GitHubRepo } from '@/lib/github/schemas';
import { readGitHubPage } from '@/lib/readers/github/profile-page';
import { parseHtml, readSharedFixture } from '../test/support/fixtures';

const LANGUAGES = ['Python', 'Python', 'JavaScript', 'Go', 'Jupyter Notebook', null];

/** A synthetic 300-repository profile: a mix of languages, forks and push dates. */
const repos: GitHubRepo[] = Array.from({ length: 300 }, (_, i) => ({
  name: `repo-${i}`,
  full_name: `ada/repo-${i}`,
  html_url: `https://github.com/ada/repo-${i}`,
  fork: i % 4 === 0,
  language: LANGUAGES[i % LANGUAGES.length] ?? null,
  pushed_at: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString(),
}));
const user = {
  login: 'ada',
  id: 1,
  type: 'User',
  name: 'Ada',
  avatar_url: 'https://avatars.githubusercontent.com/u/1',
  html_url: 'https://github.com/ada',
  public_repos: 300,
};

describe('pure analysis', () => {
  bench('summarizeFirstLook, 300 repositories', () => {
    summarizeFirstLook(user, repos, { fetchedAt: 0, apiRequests: 2 });
  });
});

describe('page reading (what the sidebar needs before its first paint)', () => {
  const document = parseHtml(readSharedFixture('github-profile/defunkt.html'));
  const url = new URL('https://github.com/defunkt');
  bench('readGitHubPage, real defunkt profile (206 kB)', () => {
    readGitHubPage(document, url);
  });
});
