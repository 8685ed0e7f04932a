import { extractUpworkPageState, PAGE_STATE_ANSWER, PAGE_STATE_REQUEST } from '@/lib/readers/upwork/page-state';

// Runs in Upwork's own JavaScript world (registered at runtime once Upwork is enabled) to copy the
// profile fields that exist only in the page's Nuxt state. It reads; it runs no page code and
// hands over plain data only, which the isolated content script validates.
export default defineContentScript({
  matches: ['https://www.upwork.com/*'],
  world: 'MAIN',
  registration: 'runtime',
  main() {
    const answer = () =>
      window.postMessage(
        { source: PAGE_STATE_ANSWER, state: extractUpworkPageState((window as { __NUXT__?: unknown }).__NUXT__) },
        location.origin,
      );
    window.addEventListener('message', (event) => {
      if (event.origin === location.origin && event.data?.source === PAGE_STATE_REQUEST) answer();
    });
    answer();
  },
});
