import { z } from 'zod';
import { GitHubLoginSchema } from '../../sites/github-login';
import { GITHUB } from '../../sites/sites';
import { githubSelectors, queryFirst } from './selectors';

export const GitHubPageReadingSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('user-profile'),
    login: GitHubLoginSchema,
    /** Null when the person set no name, or when the page's markup was not understood. */
    displayName: z.string().nullable(),
    /** Fields the reader expected but could not read from unfamiliar markup. */
    couldNotRead: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('not-a-user-profile'),
    reason: z.enum(['not-a-profile-url', 'organization', 'page-not-found']),
  }),
]);
export type GitHubPageReading = z.infer<typeof GitHubPageReadingSchema>;

const notAUserProfile = (reason: 'not-a-profile-url' | 'organization' | 'page-not-found'): GitHubPageReading => ({
  kind: 'not-a-user-profile',
  reason,
});

/**
 * Reads what pyvet needs to start an analysis from a github.com page.
 * Pure: it looks only at the document and URL it is given.
 */
export function readGitHubPage(document: Document, url: URL): GitHubPageReading {
  const login = GITHUB.profileHandle(url);
  if (!login) return notAUserProfile('not-a-profile-url');
  // github-url-detection's is404() checks the same title, but on the global document.
  if (/^(Page|File) not found · GitHub/.test(document.title)) return notAUserProfile('page-not-found');
  if (queryFirst(document, githubSelectors.organizationMarker)) return notAUserProfile('organization');


  if (!queryFirst(document, githubSelectors.userProfileMarker)) {
    // Unfamiliar markup: the login from the URL is still reliable, the name is not.
    return { kind: 'user-profile', login, displayName: null, couldNotRead: ['display name'] };
  }
  const displayName = queryFirst(document, githubSelectors.displayName)?.textContent?.trim() || null;
  return { kind: 'user-profile', login, displayName, couldNotRead: [] };
}

/**
 * The login the page's own header shows, if any. GitHub updates the URL before
 * it swaps in the new page, so a mismatch with the URL means "not rendered yet".
 * Logged-in viewers also see the person's pronouns inside the same element
 * ("defunkt · he/him"); a login has no spaces, so the first word is the login.
 */
export function readRenderedUsername(document: Document): string | null {
  return queryFirst(document, githubSelectors.username)?.textContent?.trim().split(/\s+/)[0] || null;
}
