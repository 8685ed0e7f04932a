import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import type { ProfileReading } from '@/lib/readers/profile-reading';
import { accountReading } from '@/lib/judgement/account-reading';
import { evaluateCandidate } from '@/lib/judgement/evaluate';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { VerdictSchema } from '@/lib/judgement/verdict';
import { githubReading, marketplaceReading, martaReading, NOW, ownMarketplaceReading, realReport, scorecard, thresholds } from './candidates';

let defunkt: CandidateReport;
let dingaan: CandidateReport;
beforeAll(async () => {
  defunkt = await realReport('defunkt');
  dingaan = await realReport('dingaanmanjate');
});

describe('evaluateCandidate', () => {
  it('holds dingaanmanjate against the data template: matches, flags, confidence and probes in one verdict', () => {
    const verdict = evaluateCandidate({
      report: dingaan,
      reading: null,
      githubReading: githubReading('dingaanmanjate'),
      scorecard: scorecardFromTemplate('data', NOW),
      thresholds: thresholds(),
      now: NOW,
    });
    expect(VerdictSchema.parse(verdict)).toEqual(verdict);
    expect(verdict.role).toEqual({ id: 'template-data', name: 'Data pipeline' });
    expect(verdict.mustHaves.map((match) => [match.skill, match.status])).toEqual([
      ['SQL', 'evidenced'],
      ['ETL design', 'ask-in-interview'],
      ['idempotent jobs', 'ask-in-interview'],
      ['scheduling (Airflow, Prefect or Dagster)', 'evidenced'],
      ['pandas or polars', 'evidenced'],
      ['data warehouse', 'not-found'],
      ['monitoring', 'not-found'],
    ]);
    expect(verdict.summary).toBe('3 of 7 must-haves evidenced, 0 claimed only, 2 not found, 2 to ask in interview');
    expect(verdict.flags.map((flag) => flag.id)).toEqual(['no-tests', 'outdated-stack', 'notebook-only', 'thin-docs']);
    expect(verdict.confidence).toEqual({ level: 'high', reasons: [] });
    // The data role's core probes first, then what the flags add (notebook-only: ETL idempotency, already there;
    // outdated-stack: async traps and the GIL).
    expect(verdict.probes.map((probe) => probe.id)).toEqual(['etl-idempotency', 'database-isolation', 'test-strategy', 'async-traps', 'gil']);
    expect(verdict.probes[0]?.question).toContain('Airflow task');
  });

  it('reaches the same verdict from the account’s words in the API answer as from its profile page', () => {
    const role = scorecard(['FastAPI', 'Data engineer', 'Git workflow'], ['API design']);
    const verdictWith = (words: ProfileReading) =>
      evaluateCandidate({ report: dingaan, reading: null, githubReading: words, scorecard: role, thresholds: thresholds(), now: NOW });
    const page = githubReading('dingaanmanjate');
    const fromApi = accountReading(dingaan);
    expect([fromApi.overview, fromApi.company, fromApi.website]).toEqual([page.overview, page.company, page.website]);
    expect(fromApi.couldNotRead).toEqual([]);
    const verdict = verdictWith(fromApi);
    expect(verdict).toEqual(verdictWith(page));
    // "Data engineer in training." is a claim; the website, dingaanmanjate.github.io, claims no Git workflow.
    expect(verdict.mustHaves.map((match) => [match.skill, match.status, match.claims.map((claim) => claim.source)])).toEqual([
      ['FastAPI', 'not-found', []],
      ['Data engineer', 'claimed', ['github-bio']],
      ['Git workflow', 'ask-in-interview', []],
    ]);
    expect(verdict.niceToHaves[0]?.claims).toEqual([]);
  });

  it('adds the probes the flags raise after the role’s own', () => {
    const verdict = evaluateCandidate({
      report: defunkt,
      reading: null,
      githubReading: null,
      scorecard: scorecardFromTemplate('backend', NOW),
      thresholds: thresholds(),
      now: NOW,
    });
    expect(verdict.flags.map((flag) => flag.id)).toEqual(['stale-python', 'outdated-stack']);
    expect(verdict.probes.map((probe) => probe.id)).toEqual(['async-traps', 'database-isolation', 'test-strategy', 'gil']);
    expect(verdict.confidence.level).toBe('medium');
  });

  it('judges a marketplace profile with no GitHub account on its words alone, at low confidence', () => {
    const priya = ownMarketplaceReading('freelancer-profile.html', 'https://www.freelancer.com/u/priyasharma_dev');
    const verdict = evaluateCandidate({
      report: null,
      reading: priya,
      githubReading: null,
      scorecard: scorecardFromTemplate('backend', NOW),
      thresholds: thresholds(),
      now: NOW,
    });
    expect(verdict.summary).toBe('0 of 6 must-haves evidenced, 1 claimed only, 3 not found, 2 to ask in interview');
    expect(verdict.flags).toEqual([]);
    expect(verdict.confidence.level).toBe('low');
  });

  it('raises profile flags from the marketplace page beside portfolio flags from the code', () => {
    const reading = marketplaceReading({
      title: 'Senior Python Developer',
      location: 'Austin, United States',
      hourlyRate: { amount: 15, currency: 'USD', text: '$15.00/hr' },
      overview: 'Any project in 24 hours. Django, FastAPI, Docker and Kubernetes.',
    });
    const verdict = evaluateCandidate({ report: dingaan, reading, githubReading: null, scorecard: scorecard(['Django']), thresholds: thresholds(), now: NOW });
    expect(verdict.flags.map((flag) => [flag.id, flag.severity])).toEqual([
      ['no-tests', 'high'],
      ['outdated-stack', 'warn'],
      ['notebook-only', 'warn'],
      ['keywords-without-depth', 'warn'],
      ['overpromising', 'warn'],
      ['thin-docs', 'info'],
      ['low-rate', 'info'],
    ]);
    expect(verdict.mustHaves[0]).toMatchObject({ skill: 'Django', status: 'claimed' });
    // A Django role is a backend role: its core probes lead.
    expect(verdict.probes.map((probe) => probe.id).slice(0, 3)).toEqual(['async-traps', 'database-isolation', 'test-strategy']);
  });

  it('uses the GitHub reading for confidence when there is no marketplace page', () => {
    const verdict = evaluateCandidate({
      report: null,
      reading: null,
      githubReading: { ...githubReading('defunkt'), couldNotRead: ['pinned repositories'] },
      scorecard: scorecard([]),
      thresholds: thresholds(),
      now: NOW,
    });
    expect(verdict.summary).toBe('No must-haves on this scorecard.');
    expect(verdict.confidence.reasons).toContain("The profile page's pinned repositories could not be read.");
  });

  it('evaluates an Upwork page with no GitHub account on its words alone', () => {
    const verdict = evaluateCandidate({
      report: null,
      reading: martaReading(),
      githubReading: null,
      scorecard: scorecardFromTemplate('backend', NOW),
      thresholds: thresholds(),
      now: NOW,
    });
    expect(VerdictSchema.parse(verdict)).toEqual(verdict);
    // The page names the backend stack (FastAPI, PostgreSQL, pytest, Docker) but shows no code: claimed only.
    expect(verdict.mustHaves.map((match) => [match.skill, match.status])).toEqual([
      ['FastAPI', 'claimed'],
      ['PostgreSQL', 'claimed'],
      ['pytest', 'claimed'],
      ['API design', 'ask-in-interview'],
      ['Docker', 'claimed'],
      ['Git workflow', 'ask-in-interview'],
    ]);
    expect(verdict.summary).toBe('0 of 6 must-haves evidenced, 4 claimed only, 0 not found, 2 to ask in interview');
    expect(verdict.flags).toEqual([]);
  });
});
