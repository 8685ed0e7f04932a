/**
 * Resolves once the browser could paint what was just put on screen, before
 * work that holds the main thread (reading and unpacking records, loading a
 * script). A timer stands in where no frame comes: a hidden tab (a profile
 * opened in the background), tests under Node.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
