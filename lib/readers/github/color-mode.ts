export type ColorMode = 'light' | 'dark' | 'auto';

/**
 * GitHub's chosen theme, from `<html data-color-mode>` (2026-01: "auto" when
 * logged out, the user's setting when logged in). Unknown values mean "auto",
 * which then follows the system preference.
 */
export function readColorMode(document: Document): ColorMode {
  const mode = document.documentElement.dataset.colorMode;
  return mode === 'light' || mode === 'dark' ? mode : 'auto';
}
