/** How long a cached GitHub answer is used without asking GitHub again (a setting; this is its default). */
export const DEFAULT_FRESHNESS_MS = 24 * 60 * 60 * 1000;
