/**
 * Resolves once `isReadable()` holds, checking after each DOM change; or
 * after `timeoutMs` (then the caller reads whatever is there); or when the
 * visit is aborted. Client-rendered pages need this; it never polls.
 */
export function whenReadable(
  document: Document,
  isReadable: () => boolean,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<void> {
  if (isReadable()) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (isReadable()) finish();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const timer = setTimeout(finish, timeoutMs);
    signal.addEventListener('abort', finish);
  });
}
