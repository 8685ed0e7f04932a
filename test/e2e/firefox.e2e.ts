import { describe, expect, it } from 'vitest';
import { OWN_PAGES } from '../support/github-fixture-routes';
import { sidebarPart, type BrowserTab } from './browser-session';
import { firefoxExtensionSession } from './firefox-browser';
import { describeUpworkPageReading, OWN_UPWORK_FACTS } from './marketplace-cases';

// pyvet's core in real Firefox (the Firefox build as shipped: an event page instead of a service
// worker, Firefox's permissions), on the same fake sites as the Chromium tests. Each part has its
// own browser and fake, so each sees GitHub asked afresh.

describe('in Firefox, on a GitHub profile', () => {
  const session = firefoxExtensionSession();
  let profile: BrowserTab;
  let shortlists: BrowserTab;

  it('shows the evidence, saves the candidate from the sidebar, and the shortlists page lists them', async () => {
    profile = await session.open('https://github.com/defunkt');
    await expect.poll(() => profile.text(sidebarPart('candidate-name')), { timeout: 15_000 }).toBe('Chris Wanstrath');
    expect(await profile.text(sidebarPart('public-repos'))).toBe('107');
    expect(await profile.text(sidebarPart('python-repos'))).toBe('3 (1 of them forks) among the 6 most recently pushed');
    expect(await profile.text(sidebarPart('last-python-push'))).toMatch(/^defunkt\/pystache-lite 2025-09-14 \(/);
    const repos = await profile.texts(sidebarPart('repo'));
    expect(repos.find((repo) => repo.includes('pystache-lite'))).toContain('FastAPI');
    expect(await profile.text(sidebarPart('outdated'))).toContain('Programming Language :: Python :: 2');
    // The anonymous request plan holds in Firefox too: at most 8 API requests.
    const api = session.github.requestsTo();
    expect(api).toContain('GET /users/defunkt');
    expect(api.length).toBeLessThanOrEqual(8);

    await profile.select('pyvet-sidebar #pyvet-save-stage', 'Technical screen');
    await profile.fill('pyvet-sidebar #pyvet-save-shortlist', 'Backend Q4');
    await profile.press('Save', sidebarPart('save-candidate'));
    await expect.poll(() => profile.text(sidebarPart('save-status'))).toBe('Saved to “Backend Q4” at Technical screen.');

    shortlists = await session.openExtensionPage('shortlists.html');
    await expect.poll(() => shortlists.text('[data-testid="candidate-row"]')).toContain('Chris Wanstrath @defunktTechnical screen');
    expect(await shortlists.texts('[data-testid="shortlist"]')).toContain('Backend Q4 (1)');
  });

  it('with the event page asleep, a move on the shortlists page still reaches the open sidebar, and a new profile wakes it', async () => {
    await session.firefox.suspendBackground();
    await shortlists.click('input[aria-label="Select Chris Wanstrath"]');
    await shortlists.select('[data-testid="view-count"] ~ label select', 'Practical task');
    await shortlists.press('Move');
    await expect.poll(() => shortlists.text('[data-testid="notice"]')).toBe('1 candidate moved to Practical task.');
    await expect.poll(() => profile.text(sidebarPart('saved-state')), { timeout: 10_000 }).toMatch(/^Saved · Practical task · /);

    await session.firefox.suspendBackground();
    const another = await session.open('https://github.com/dingaanmanjate');
    await expect.poll(() => another.text(sidebarPart('candidate-name')), { timeout: 15_000 }).toBe('fasma');
  });
});

describe('in Firefox, on Upwork once the user enables it in the popup', () => {
  const session = firefoxExtensionSession();

  it('asks for the Upwork permission on the user’s click and shows the sidebar on that page at once', async () => {
    const upwork = await session.open(`https://www.upwork.com/freelancers/~01140923f209578a6b`);
    expect(await upwork.texts('pyvet-sidebar')).toEqual([]);
    const popup = await session.firefox.openPopupFor(upwork);
    await expect.poll(() => popup.text('[data-testid="enable-marketplace"]'), { timeout: 15_000 }).toBe('Enable pyvet on Upwork');
    await popup.click('[data-testid="enable-marketplace"]');
    await expect.poll(() => popup.text('[data-testid="permission-note"]')).toBe(
      'pyvet now reads Upwork profiles; its sidebar is on this page.',
    );
    await expect.poll(() => upwork.text(sidebarPart('marketplace-name')), { timeout: 15_000 }).toBe(OWN_PAGES.upwork.name);
  });

  // Later visits get the sidebar from the script the background registered on the grant.
  describeUpworkPageReading(session, OWN_PAGES, OWN_UPWORK_FACTS);
});
