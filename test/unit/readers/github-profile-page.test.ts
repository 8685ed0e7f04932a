import { describe, expect, it } from 'vitest';
import { readColorMode } from '@/lib/readers/github/color-mode';
import { readGitHubPage, readRenderedUsername } from '@/lib/readers/github/profile-page';
import { parseHtml, readOwnFixture } from '../../support/fixtures';
import { describeProfilePageChecks } from '../../support/github-profile-cases';

const page = (html: string) => parseHtml(html);
const url = (path: string) => new URL(`https://github.com${path}`);

describeProfilePageChecks('synthetic logged-out profiles', (login) => page(readOwnFixture(`github-pages/${login}.html`)));

describe('readGitHubPage says when a page is not a person’s profile', () => {
  it('recognises an organization page', () => {
    const document = page(readOwnFixture('github-pages/organization.html'));
    expect(readGitHubPage(document, url('/python'))).toEqual({ kind: 'not-a-user-profile', reason: 'organization' });
  });

  it('recognises GitHub’s 404 page', () => {
    const document = page(readOwnFixture('github-pages/not-found.html'));
    expect(readGitHubPage(document, url('/no-such-user-xyz'))).toEqual({
      kind: 'not-a-user-profile',
      reason: 'page-not-found',
    });
  });
});

describe('readGitHubPage on markup it does not know', () => {
  it('keeps the login from the URL and says it could not read the name', () => {
    const document = page(readOwnFixture('github-pages/unfamiliar-markup.html'));
    expect(readGitHubPage(document, url('/newmarkup'))).toEqual({
      kind: 'user-profile',
      login: 'newmarkup',
      displayName: null,
      couldNotRead: ['display name'],
    });
    expect(readColorMode(document)).toBe('dark');
  });

  it('returns hostile text as plain text, never as markup', () => {
    const document = page(readOwnFixture('github-pages/hostile-name.html'));
    const reading = readGitHubPage(document, url('/hostile-dev'));
    expect(reading).toMatchObject({ kind: 'user-profile', login: 'hostile-dev' });
    expect(reading.kind === 'user-profile' && reading.displayName).toBe(
      '<img src=x onerror="window.__pyvetXss=1"><script>window.__pyvetXss=1</script>',
    );
  });

  it('reads an empty name as no name', () => {
    const document = page(
      '<h1 class="vcard-names"><span class="p-name vcard-fullname"> </span><span class="p-nickname">quiet</span></h1>',
    );
    expect(readGitHubPage(document, url('/quiet'))).toMatchObject({ displayName: null, couldNotRead: [] });
  });
});

describe('readGitHubPage on logged-in markup', () => {
  it('reads a logged-in view, whose username element also holds the pronouns', () => {
    const document = page(readOwnFixture('github-pages/profile-logged-in.html'));
    expect(readGitHubPage(document, url('/ada-py'))).toEqual({
      kind: 'user-profile',
      login: 'ada-py',
      displayName: 'Ada Lovelace',
      couldNotRead: [],
    });
    // "ada-py · she/her" on the page: the login alone, so page-rendered checks still match.
    expect(readRenderedUsername(document)).toBe('ada-py');
  });

  it('reads the 2021 logged-in own-profile markup', () => {
    const document = page(readOwnFixture('github-pages/profile-logged-in-own-2021.html'));
    expect(readGitHubPage(document, url('/py-owner'))).toEqual({
      kind: 'user-profile',
      login: 'py-owner',
      displayName: 'Owen Pyle',
      couldNotRead: [],
    });
    expect(readRenderedUsername(document)).toBe('py-owner');
  });
});
