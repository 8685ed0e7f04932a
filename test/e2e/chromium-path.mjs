// Where the end-to-end tests find a Chromium to drive. Plain JavaScript so that
// `npm test` can check for it (require-chromium.mjs) before anything else runs.
import { existsSync } from 'node:fs';

const KNOWN_LOCATIONS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** $CHROMIUM_PATH if set, else the first known install; null when there is none. */
export function findChromium() {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : null;
  return KNOWN_LOCATIONS.find((path) => existsSync(path)) ?? null;
}

export const INSTALL_HINT =
  'No Chromium found for the end-to-end tests: install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chrome or Chromium binary.';
