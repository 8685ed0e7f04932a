import { browser } from 'wxt/browser';
import { z } from 'zod';
import { emptyReading, ProfileReadingSchema, type ProfileReading } from '../readers/profile-reading';

/**
 * The popup asks the content script of its tab who is on the page, so it
 * can score and save the same person the sidebar shows without reading the
 * page a second time.
 */
const PageReadingRequestSchema = z.object({ type: z.literal('pyvet-page-reading') });

export const PageCandidateSchema = z.object({
  reading: ProfileReadingSchema,
  /** The GitHub account to analyze: the profile's own, or the one a marketplace profile links. */
  githubLogin: z.string().nullable(),
  /** The address the candidate is saved under (the profile, without tracking parameters). */
  profileUrl: z.url({ protocol: /^https$/ }),
});
export type PageCandidate = z.infer<typeof PageCandidateSchema>;

/** In a content script: answers the popup with the candidate of the current visit; returns a remover. */
export function answerPageCandidate(current: () => PageCandidate | null): () => void {
  // Answered at once through sendResponse, which every Chrome and Firefox version supports
  // (a returned Promise is not understood by older Chromes); other messages are left alone.
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: PageCandidate | null) => void): undefined => {
    if (PageReadingRequestSchema.safeParse(message).success) sendResponse(current());
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** In the popup: the candidate on the tab's page, or null when no pyvet sidebar is there. */
export async function askTabForCandidate(tabId: number): Promise<PageCandidate | null> {
  const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'pyvet-page-reading' }).catch(() => null);
  const parsed = PageCandidateSchema.nullable().safeParse(reply);
  return parsed.success ? parsed.data : null;
}

/** A GitHub account as a page candidate; without a reading of its page, only the login is known. */
export function githubCandidate(login: string, reading: ProfileReading | null = null): PageCandidate {
  const profileUrl = `https://github.com/${login}`;
  return {
    reading: reading ?? { ...emptyReading('github', profileUrl), handle: login, githubLogins: [login] },
    githubLogin: login,
    profileUrl,
  };
}
