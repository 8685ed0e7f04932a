import { startBackground } from '@/lib/background/start';

// The background owns the GitHub client, the token and the database (lib/background/start.ts).
export default defineBackground(() => {
  startBackground(browser);
  // bench/sidebar-first-paint.ts reads it: how long the worker takes from its start to listening.
  performance.mark('pyvet:background-ready');
});
