import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `visit` for the current page and after every client-side navigation
 * (GitHub's Turbo, Nuxt and other single-page apps), each with an AbortSignal
 * that ends when the next visit starts or the extension is reloaded.
 * `sameVisit` lets a caller ignore re-renders of the page it already shows.
 */
export function onPageVisits(
  ctx: ContentScriptContext,
  visit: (url: URL, signal: AbortSignal) => Promise<void>,
  sameVisit: (url: URL) => boolean = () => false,
): void {
  let current: AbortController | null = null;
  const start = (url: URL) => {
    if (sameVisit(url)) return;
    current?.abort();
    current = new AbortController();
    // A visit that fails (the extension was updated under the page, say) must not stop the next one.
    visit(url, AbortSignal.any([ctx.signal, current.signal])).catch((error: unknown) => console.warn('pyvet:', error));
  };
  // WXT reports URL changes (Navigation API, or polling where it is missing);
  // GitHub also fires turbo:load once a client-side navigation has rendered.
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => start(newUrl));
  ctx.addEventListener(document, 'turbo:load', () => start(new URL(location.href)));
  start(new URL(location.href));
}
