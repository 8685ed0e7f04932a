// Where the end-to-end tests find the browsers they drive. Plain JavaScript so that
// `npm test` can check for them (require-browsers.mjs) before anything else runs, and
// .ci/run install the missing ones before `npm ci`.
import { existsSync } from 'node:fs';

/** Each browser: its name, the variable that names its binary, where it usually is, its Debian package. */
const BROWSERS = {
  chromium: {
    name: 'Chromium',
    variable: 'CHROMIUM_PATH',
    locations: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    debianPackage: 'chromium',
  },
  firefox: {
    name: 'Firefox',
    variable: 'FIREFOX_PATH',
    locations: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    debianPackage: 'firefox-esr',
  },
};

/** $<BROWSER>_PATH if set, else the first known install; null when there is none. */
function find(browser) {
  const { variable, locations } = BROWSERS[browser];
  const fromEnvironment = process.env[variable];
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : null;
  return locations.find((path) => existsSync(path)) ?? null;
}

/** One line saying how to install the browsers named (a key of BROWSERS each). */
export function installHint(browsers) {
  const found = browsers.map((browser) => BROWSERS[browser]);
  const names = found.map(({ name }) => name).join(' or ');
  const packages = found.map(({ debianPackage }) => debianPackage).join(' ');
  const variables = found.map(({ variable }) => variable).join(' and ');
  const [them, binaries] = found.length > 1 ? ['them', 'their binaries'] : ['it', 'its binary'];
  return `No ${names} found for the end-to-end tests: install ${them} (Debian/Ubuntu: sudo apt-get install -y ${packages}) or set ${variables} to ${binaries}.`;
}

export const findChromium = () => find('chromium');
export const findFirefox = () => find('firefox');
/** The browsers `npm test` drives that are not installed, as keys of BROWSERS. */
export const missingBrowsers = () => Object.keys(BROWSERS).filter((browser) => !find(browser));
/** The Debian packages that install them (.ci/run installs these). */
export const missingDebianPackages = () => missingBrowsers().map((browser) => BROWSERS[browser].debianPackage);
