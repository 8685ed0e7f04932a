import { describe, expect, it } from 'vitest';
import { readColorMode } from '@/lib/readers/github/color-mode';
import { readGitHubPage, readRenderedUsername } from '@/lib/readers/github/profile-page';
import { readGitHubProfile } from '@/lib/readers/github/profile-reading';
import { ProfileReadingSchema, type ProfileReading } from '@/lib/readers/profile-reading';

/**
 * Reader checks that hold for any logged-out profile page of the fixture
 * accounts (defunkt: "Chris Wanstrath", 22.6k followers, 215 following, 107
 * repositories, member of mustache; dingaanmanjate: "fasma", a profile README,
 * five pins). The project's synthetic pages run them in `npm test`; the corpus
 * tier runs them on the real saved pages of the same accounts.
 */
export type ProfilePageSource = (login: 'defunkt' | 'dingaanmanjate') => Document;

const url = (path: string) => new URL(`https://github.com${path}`);

/** Reads a page that must be a profile, and checks the reading against the shared contract. */
export function readProfile(document: Document, path: string): ProfileReading {
  const reading = readGitHubProfile(document, url(path));
  if (!reading) throw new Error(`expected a profile reading for ${path}`);
  expect(ProfileReadingSchema.parse(reading)).toEqual(reading);
  return reading;
}

export function describeProfilePageChecks(pages: string, page: ProfilePageSource): void {
  describe(`readGitHubPage on ${pages}`, () => {
    it('reads defunkt: login from the URL, display name from the vcard', () => {
      const document = page('defunkt');
      expect(readGitHubPage(document, url('/defunkt'))).toEqual({
        kind: 'user-profile',
        login: 'defunkt',
        displayName: 'Chris Wanstrath',
        couldNotRead: [],
      });
      expect(readRenderedUsername(document)).toBe('defunkt');
      expect(readColorMode(document)).toBe('auto');
    });

    it('reads dingaanmanjate, whose display name differs from the login', () => {
      expect(readGitHubPage(page('dingaanmanjate'), url('/dingaanmanjate'))).toEqual({
        kind: 'user-profile',
        login: 'dingaanmanjate',
        displayName: 'fasma',
        couldNotRead: [],
      });
    });

    it('treats profile tabs and a trailing slash as the same profile', () => {
      const document = page('defunkt');
      expect(readGitHubPage(document, url('/defunkt?tab=repositories'))).toMatchObject({ login: 'defunkt' });
      expect(readGitHubPage(document, url('/defunkt/'))).toMatchObject({ login: 'defunkt' });
    });

    it.each([
      '/defunkt/dotjs',
      '/defunkt/dotjs/issues',
      '/settings/profile',
      '/orgs/python/repositories',
      '/features',
      '/topics/python',
      '/sponsors/defunkt',
      '/marketplace',
      '/',
    ])('%s is not a profile URL, whatever the page holds', (path) => {
      expect(readGitHubPage(page('defunkt'), url(path))).toEqual({ kind: 'not-a-user-profile', reason: 'not-a-profile-url' });
    });

    it('is not fooled by a profile path on another host', () => {
      expect(readGitHubPage(page('defunkt'), new URL('https://gist.github.com/defunkt'))).toMatchObject({
        reason: 'not-a-profile-url',
      });
    });
  });

  describe(`readGitHubProfile on ${pages}`, () => {
    it('on another tab, says pins and README are not on the page and keeps the rest', () => {
      const reading = readProfile(page('defunkt'), '/defunkt?tab=repositories');
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
      const reading = readProfile(page('dingaanmanjate'), '/dingaanmanjate?tab=overview');
      expect(reading.pinnedRepos).toHaveLength(5);
      expect(reading).toMatchObject({ hasProfileReadme: true, couldNotRead: [] });
    });

    it('takes the login casing from the page when the URL differs only in case', () => {
      expect(readProfile(page('defunkt'), '/DeFunkt')).toMatchObject({ handle: 'defunkt', githubLogins: ['defunkt'] });
    });

    it('returns null while the page still shows another profile (URL changed first)', () => {
      expect(readGitHubProfile(page('defunkt'), url('/dingaanmanjate'))).toBeNull();
    });

    it.each(['/defunkt/dotjs', '/orgs/python/repositories', '/topics/python', '/sponsors/defunkt', '/'])(
      '%s is not a user profile',
      (path) => {
        expect(readGitHubProfile(page('defunkt'), url(path))).toBeNull();
      },
    );
  });
}
