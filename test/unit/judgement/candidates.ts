import vm from 'node:vm';
import { buildCandidateReport, type CandidateReport } from '@/lib/analysis/candidate-report';
import type { RepoFacts, RepoSnapshot, TreeEntry } from '@/lib/analysis/evidence/snapshot';
import { readGitHubProfile } from '@/lib/readers/github/profile-reading';
import { readMarketplaceProfile } from '@/lib/readers/marketplace/read-profile';
import { emptyReading, type ProfileReading } from '@/lib/readers/profile-reading';
import { mergeUpworkPageState, UpworkPageStateSchema } from '@/lib/readers/upwork/merge-page-state';
import { extractUpworkPageState } from '@/lib/readers/upwork/page-state';
import { DEFAULT_THRESHOLDS, type RoleScorecard, type Thresholds } from '@/lib/judgement/scorecard';
import { parseHtml, readOwnFixture } from '../../support/fixtures';
import { repoFacts } from '../../support/repo-facts';
import { fixtureReport } from '../../support/reports';

/** Inputs for the scorecard and flag tests: the engine's reports on fixture accounts and pages, small made-up ones for edge cases. */

export const NOW = Date.parse('2026-11-26T10:00:00Z');

const reports = new Map<string, Promise<CandidateReport>>();

/** The real engine's report on a fixture account ('defunkt', 'dingaanmanjate'), made once per file. */
export function realReport(login: 'defunkt' | 'dingaanmanjate'): Promise<CandidateReport> {
  let report = reports.get(login);
  if (!report) {
    report = fixtureReport(login, NOW);
    reports.set(login, report);
  }
  return report;
}

export const MARTA_URL = 'https://www.upwork.com/freelancers/~01synthetic0000001';

/**
 * An Upwork page as the extension reads it: the markup, then the overview and
 * skills from the page's own __NUXT__ state (run here in a bare VM context, as
 * the main-world script reads it in the browser).
 */
export function upworkPageReading(html: string, href: string): ProfileReading {
  const reading = readMarketplaceProfile(parseHtml(html), new URL(href));
  if (!reading) throw new Error('the Upwork page does not read as a profile');
  const script = /<script>(window\.__NUXT__=[\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!script) throw new Error('the Upwork page has no __NUXT__ state');
  const context: { window: { __NUXT__?: unknown } } = { window: {} };
  vm.runInNewContext(script, context, { timeout: 2000 });
  return mergeUpworkPageState(reading, UpworkPageStateSchema.parse(extractUpworkPageState(context.window.__NUXT__)));
}

/** The synthetic Upwork page of Marta K. (test/fixtures/marketplace-pages/upwork-profile.html). */
export function martaReading(): ProfileReading {
  return upworkPageReading(readOwnFixture('marketplace-pages/upwork-profile.html'), MARTA_URL);
}

/** The project's synthetic marketplace pages (test/fixtures/marketplace-pages). */
export function ownMarketplaceReading(file: string, href: string): ProfileReading {
  const reading = readMarketplaceProfile(parseHtml(readOwnFixture(`marketplace-pages/${file}`)), new URL(href));
  if (!reading) throw new Error(`${file} does not read as a profile`);
  return reading;
}

/** A GitHub profile page as pyvet reads it; the project's synthetic pages unless another source is given. */
export function githubReading(
  login: 'defunkt' | 'dingaanmanjate',
  page: (login: string) => string = (name) => readOwnFixture(`github-pages/${name}.html`),
): ProfileReading {
  const reading = readGitHubProfile(parseHtml(page(login)), new URL(`https://github.com/${login}`));
  if (!reading) throw new Error(`${login}.html does not read as a profile`);
  return reading;
}

/** A made-up marketplace reading with only what a test is about. */
export function marketplaceReading(overrides: Partial<ProfileReading> = {}): ProfileReading {
  return { ...emptyReading('upwork', 'https://www.upwork.com/freelancers/~01made-up'), ...overrides };
}

export function thresholds(overrides: Partial<Thresholds> = {}): Thresholds {
  return { ...DEFAULT_THRESHOLDS, ...overrides };
}

export function scorecard(mustHave: string[], niceToHave: string[] = [], notRequired: string[] = []): RoleScorecard {
  return { id: 'custom', name: 'Custom role', templateId: null, mustHave, niceToHave, notRequired, updatedAt: NOW };
}

/**
 * A made-up repository "ada/<name>" on branch main. Paths are blobs of 1000
 * bytes unless given as entries; downloaded files are added as blobs.
 */
export function repoSnapshot(name: string, paths: (string | TreeEntry)[], files: Record<string, string> = {}, treeTruncated = false): RepoSnapshot {
  const tree: TreeEntry[] = paths.map((path) => (typeof path === 'string' ? { path, type: 'blob', size: 1000 } : path));
  for (const [path, text] of Object.entries(files)) {
    if (!tree.some((entry) => entry.path === path)) tree.push({ path, type: 'blob', size: text.length });
  }
  return { fullName: `ada/${name}`, htmlUrl: `https://github.com/ada/${name}`, defaultBranch: 'main', tree, treeTruncated, files };
}

/** An own Python repository pushed to recently, to list beside a snapshot of it. */
export function recentRepo(name: string, overrides: Partial<RepoFacts> = {}): RepoFacts {
  return repoFacts(name, { createdAt: '2025-01-10T00:00:00Z', pushedAt: '2026-10-01T00:00:00Z', ...overrides });
}

/** The real engine's report on a made-up account "ada" (no events). */
export function accountReport(repos: RepoFacts[], examined: RepoSnapshot[] = [], publicRepos = repos.length): CandidateReport {
  return buildCandidateReport(
    {
      user: {
        login: 'ada',
        id: 1,
        type: 'User',
        name: 'Ada',
        avatar_url: 'https://avatars.githubusercontent.com/u/1',
        html_url: 'https://github.com/ada',
        public_repos: publicRepos,
      },
      repos,
      events: [],
      contributions: null,
      examined,
      gaps: [],
      cost: { apiRequests: 0, rawRequests: 0, mode: 'anonymous' },
      fetchedAt: NOW,
    },
    NOW,
  );
}
