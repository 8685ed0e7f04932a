// First step of `npm test`: stop at once, with one line, when Chromium or Firefox is missing.
import { installHint, missingBrowsers } from './browser-paths.mjs';

const missing = missingBrowsers();
if (missing.length > 0) {
  console.error(installHint(missing));
  process.exit(1);
}
