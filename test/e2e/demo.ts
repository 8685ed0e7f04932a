// `npm run demo`: pyvet in a real Chromium window against the local fake
// GitHub, with sample profiles, so anyone can try it offline and without a token.
import { pathToFileURL } from 'node:url';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './extension-browser';
import { startFakeGitHub, type FakeGitHub } from './fake-github';

/** The tabs the demo opens: two sample GitHub profiles and an Upwork profile that links one (test/fixtures). */
export const DEMO_PAGES = [
  'https://github.com/defunkt',
  'https://github.com/dingaanmanjate',
  'https://www.upwork.com/freelancers/~01linkedgithub0000',
];

export interface Demo {
  github: FakeGitHub;
  browser: ExtensionBrowser;
  close(): Promise<void>;
}

export async function startDemo(options: { headless: boolean }): Promise<Demo> {
  const github = await startFakeGitHub();
  const browser = await launchWithExtension(github, EXTENSION_DIR, options).catch(async (error: unknown) => {
    await github.close();
    throw error;
  });
  const [first, ...rest] = DEMO_PAGES;
  const opening = browser.context.pages()[0] ?? (await browser.context.newPage());
  await opening.goto(first!);
  for (const url of rest) await (await browser.context.newPage()).goto(url);
  await (await browser.context.newPage()).goto(`chrome-extension://${browser.extensionId}/shortlists.html`);
  await opening.bringToFront();
  return {
    github,
    browser,
    close: async () => {
      await browser.close();
      await github.close();
    },
  };
}

async function main(): Promise<void> {
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error('npm run demo opens a Chromium window and needs a desktop session (no DISPLAY found here).');
    process.exit(1);
  }
  const demo = await startDemo({ headless: false });
  console.log(
    [
      'pyvet demo: Chromium is open with the extension, against a local fake of github.com, api.github.com and www.upwork.com.',
      `Tabs: ${DEMO_PAGES.join(', ')} and the shortlists page.`,
      'On the Upwork tab, open the pyvet popup and choose "Enable pyvet on Upwork" to see the marketplace sidebar.',
      'Nothing leaves this machine. Close the window (or press Ctrl+C) to stop.',
    ].join('\n'),
  );
  const stop = () => void demo.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  demo.browser.context.on('close', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`pyvet demo could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
