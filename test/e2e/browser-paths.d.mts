type Browser = 'chromium' | 'firefox';
export function findChromium(): string | null;
export function findFirefox(): string | null;
export function missingBrowsers(): Browser[];
export function missingDebianPackages(): string[];
export function installHint(browsers: Browser[]): string;
