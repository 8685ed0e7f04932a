import { afterEach, describe, expect, it, vi } from 'vitest';
import { RENDER_WAIT_MS, whenPageRendered } from '@/lib/readers/github/page-rendered';

const profileHeader = (login: string) =>
  `<h1 class="vcard-names"><span class="p-name">Name</span><span class="p-nickname vcard-username">${login}</span></h1>`;

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
    await whenPageRendered(document, new URL('https://github.com/defunkt/dotjs'), new AbortController().signal);
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

  it('stops waiting when the visit is aborted or after the timeout', async () => {
    document.body.innerHTML = profileHeader('defunkt');
    const visit = new AbortController();
    const aborted = whenPageRendered(document, new URL('https://github.com/ada'), visit.signal);
    visit.abort();
    await aborted;

    vi.useFakeTimers();
    const timedOut = whenPageRendered(document, new URL('https://github.com/ada'), new AbortController().signal);
    vi.advanceTimersByTime(RENDER_WAIT_MS);
    await timedOut;
  });
});
