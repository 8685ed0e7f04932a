import { whenReadable } from '../when-readable';
import { readRenderedUsername } from './profile-page';

/** How long to wait for GitHub to swap in a new page before reading whatever is there. */
export const RENDER_WAIT_MS = 10_000;

/**
 * Resolves once the document shows the page at `url`. GitHub's client-side
 * navigation changes the URL first and the DOM later, so a profile header
 * still naming the previous user means "not yet". Pages without a profile
 * header (repositories, organizations) count as rendered.
 */
export function whenPageRendered(document: Document, url: URL, signal: AbortSignal): Promise<void> {
  const expectedLogin = url.pathname.split('/')[1]?.toLowerCase() ?? '';
  const isRendered = () => {
    const shown = readRenderedUsername(document);
    return shown === null || shown.toLowerCase() === expectedLogin;
  };
  return whenReadable(document, isRendered, signal, RENDER_WAIT_MS);
}
