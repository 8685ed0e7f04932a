/**
 * DOMAIN.md's hourly rate benchmarks for Python work, in US dollars. They are
 * market figures from hiring-market analyses, never pyvet's own finding:
 * every text that uses one says "market benchmark".
 */
export interface RateBenchmark {
  region: string;
  /** The low end of the band, $/h: the figure a rate is held against. */
  low: number;
  /** As DOMAIN.md states it: "$50-$70/h for US mid-level". */
  label: string;
  /** How a profile's location names the region, tested against the location text. */
  locations: readonly RegExp[];
}

export const RATE_BENCHMARKS: readonly RateBenchmark[] = [
  {
    region: 'United States',
    low: 50,
    label: '$50-$70/h for US mid-level',
    // "US" and "U.S." only in capitals: "us" is also a word.
    locations: [/\bunited states\b/i, /\busa\b/i, /\bu\.s\.a\.?/i, /(^|[^\p{L}])(US|U\.S\.)($|[^\p{L}])/u],
  },
  { region: 'Australia', low: 30, label: '$30-$40/h in Australia and Germany', locations: [/\baustralia\b/i] },
  { region: 'Germany', low: 30, label: '$30-$40/h in Australia and Germany', locations: [/\bgermany\b/i, /\bdeutschland\b/i] },
  { region: 'India', low: 3, label: 'about $3/h average in India', locations: [/\bindia\b/i, /\bbharat\b/i] },
];

/** The benchmark for a profile's location, or null when no band is known for it. */
export function benchmarkFor(location: string | null): RateBenchmark | null {
  if (!location) return null;
  return RATE_BENCHMARKS.find((benchmark) => benchmark.locations.some((pattern) => pattern.test(location))) ?? null;
}
