import { afterAll, describe, expect, it } from 'vitest';
import { startDemo, type Demo } from './demo';
import { sidebar } from './extension-browser';

let demo: Demo | undefined;
afterAll(async () => {
  await demo?.close();
});

describe('npm run demo', () => {
  it('opens the sample profiles with the sidebar working, offline and without a token', async () => {
    demo = await startDemo({ headless: true });
    const [github, second, upwork, shortlists] = demo.browser.context.pages();
    await expect.poll(() => sidebar(github!, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('Chris Wanstrath');
    await expect.poll(() => sidebar(second!, 'candidate-name').textContent(), { timeout: 15_000 }).toBe('fasma');
    expect(upwork!.url()).toBe('https://www.upwork.com/freelancers/~01linkedgithub0000');
    expect(shortlists!.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/shortlists\.html$/);
    expect(demo.github.seen.every((request) => request.headers.authorization === undefined)).toBe(true);
  });
});
