import { startBackground } from '@/lib/background/start';

// The background owns the GitHub client, the token and the database (lib/background/start.ts).
export default defineBackground(() => startBackground(browser));
