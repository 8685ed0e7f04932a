// First step of `npm test`: stop at once, with one line, when there is no browser to test in.
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
