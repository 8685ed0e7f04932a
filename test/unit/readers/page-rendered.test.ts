import { afterEach, describe, expect, it, vi } from 'vitest';
import { RENDER_WAIT_MS, whenPageRendered } from '@/lib/readers/github/page-rendered';

const profileHeader = (login: string) =>
  `<h1 class="vcard-names"><span class="p-name">Name</span><span class="p-nickname vcard-username">${login}</span></h1>`;

/** Follows a wait: `settled` turns true once it resolves. */
function watch(wait: Promise<void>) {
  const state = { settled: false };
  void wait.then(() => (state.settled = true));
  return state;
}

/** Lets every already-resolved promise run its callbacks. */
const flush = () => new Promise<void>((done) => queueMicrotask(done)).then(() => Promise.resolve());

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('whenPageRendered', () => {
  it('resolves at once when the header already shows the URL’s login, in any case', async () => {
    document.body.innerHTML = profileHeader('Defunkt');
    await expect(whenPageRendered(document, new URL('https://github.com/defunkt'), new AbortController().signal)).resolves.toBeUndefined();
  });

  it('resolves at once on pages without a profile header', async () => {
    document.body.innerHTML = '<main>repository</main>';
    const wait = watch(whenPageRendered(document, new URL('https://github.com/defunkt/dotjs'), new AbortController().signal));
    await flush();
    expect(wait.settled).toBe(true);
  });

  it('waits while the previous profile is still shown, until GitHub swaps the page', async () => {
    document.body.innerHTML = profileHeader('defunkt');
    let rendered = false;
    const waiting = whenPageRendered(document, new URL('https://github.com/ada'), new AbortController().signal).then(
      () => (rendered = true),
    );
    await new Promise((done) => setTimeout(done, 20));
    expect(rendered).toBe(false);
    document.body.innerHTML = profileHeader('ada');
    await waiting;
    expect(rendered).toBe(true);
  });

  it('stops waiting when the visit is aborted', async () => {
    document.body.innerHTML = profileHeader('defunkt');
    const visit = new AbortController();
    const wait = watch(whenPageRendered(document, new URL('https://github.com/ada'), visit.signal));
    await flush();
    expect(wait.settled).toBe(false);
    visit.abort();
    await flush();
    expect(wait.settled).toBe(true);
  });

  it('stops waiting after RENDER_WAIT_MS, and not a moment before', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = profileHeader('defunkt');
    const wait = watch(whenPageRendered(document, new URL('https://github.com/ada'), new AbortController().signal));
    await vi.advanceTimersByTimeAsync(RENDER_WAIT_MS - 1);
    expect(wait.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.settled).toBe(true);
  });
});
