import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { matchScorecard, summarize } from '@/lib/judgement/match';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { SkillMatchSchema, type SkillMatch } from '@/lib/judgement/verdict';
import {
  githubReading,
  marketplaceReading,
  martaReading,
  MARTA_URL,
  NOW,
  ownMarketplaceReading,
  realReport,
  scorecard,
} from './candidates';

let defunkt: CandidateReport;
let dingaan: CandidateReport;
beforeAll(async () => {
  defunkt = await realReport('defunkt');
  dingaan = await realReport('dingaanmanjate');
});

const PRIYA_URL = 'https://www.freelancer.com/u/priyasharma_dev';
const priya = () => ownMarketplaceReading('freelancer-profile.html', PRIYA_URL);

const details = (match: SkillMatch | undefined) => match?.evidence.map((item) => item.detail);
const statuses = (matches: readonly SkillMatch[]) => matches.map((match) => [match.skill, match.status]);

// Expected evidence was read off the fixture files (test/fixtures/raw/defunkt/pystache-lite/main/pyproject.toml,
// its .github/workflows/tests.yml, its tree with Dockerfile and tests/conftest.py), not from the matcher.
describe('matchScorecard on defunkt (real fixture report) against the backend template', () => {
  it('evidences what pystache-lite uses, asks about judgement, and finds none of the nice-to-haves', () => {
    const result = matchScorecard(scorecardFromTemplate('backend', NOW), defunkt, null);
    expect(statuses(result.mustHaves)).toEqual([
      ['FastAPI', 'evidenced'],
      ['PostgreSQL', 'evidenced'],
      ['pytest', 'evidenced'],
      ['API design', 'ask-in-interview'],
      ['Docker', 'evidenced'],
      ['Git workflow', 'ask-in-interview'],
    ]);
    expect(statuses(result.niceToHaves)).toEqual([
      ['Redis', 'not-found'],
      ['background jobs', 'not-found'],
      ['AWS deployment', 'not-found'],
      ['observability tools', 'not-found'],
    ]);
    expect(result.summary).toBe('4 of 6 must-haves evidenced, 0 claimed only, 0 not found, 2 to ask in interview');
    for (const match of [...result.mustHaves, ...result.niceToHaves]) expect(SkillMatchSchema.parse(match)).toEqual(match);
  });

  it('links each evidenced skill to the file that shows it', () => {
    const [fastapi, postgres, pytest, , docker] = matchScorecard(scorecardFromTemplate('backend', NOW), defunkt, null).mustHaves;
    expect(fastapi?.evidence).toEqual([
      {
        kind: 'dependency',
        repo: 'defunkt/pystache-lite',
        path: 'pyproject.toml',
        url: 'https://github.com/defunkt/pystache-lite/blob/main/pyproject.toml',
        detail: 'Depends on fastapi >=0.110 (pyproject.toml).',
      },
    ]);
    expect(details(postgres)).toEqual(['Depends on psycopg >=3.1 (pyproject.toml).']);
    // pytest: the dependency and conftest.py, then the CI run the tests detector found.
    expect(details(pytest)).toEqual([
      'Depends on pytest >=8 (pyproject.toml).',
      'Depends on pytest-cov (pyproject.toml).',
      'tests/conftest.py is in the repository.',
      'CI runs the tests: "python -m pytest --cov".',
    ]);
    expect(docker?.evidence.map((item) => item.url)).toEqual(['https://github.com/defunkt/pystache-lite/blob/main/Dockerfile']);
  });

  it('attaches related code to an interview skill as context, never as proof', () => {
    const apiDesign = matchScorecard(scorecardFromTemplate('backend', NOW), defunkt, null).mustHaves[3];
    expect(apiDesign?.status).toBe('ask-in-interview');
    // The web frameworks it uses are where to start the conversation: Django in pystache, FastAPI in pystache-lite.
    expect(details(apiDesign)).toEqual(['Depends on django ==1.4.2 (setup.py).', 'Depends on fastapi >=0.110 (pyproject.toml).']);
  });
});

describe('matchScorecard: synonyms and spelling variants find the same evidence', () => {
  it.each([
    ['Postgres', 'evidenced', ['Depends on psycopg2-binary ==2.9.9 (requirements.txt).']],
    ['psycopg', 'evidenced', ['Depends on psycopg2-binary ==2.9.9 (requirements.txt).']],
    ['SQL', 'evidenced', ['Depends on psycopg2-binary ==2.9.9 (requirements.txt).']],
    ['pandas or polars', 'evidenced', ['Depends on pandas ==2.2.2 (requirements.txt).']],
    ['Apache Airflow', 'evidenced', ['Depends on apache-airflow ==2.9.1 (requirements.txt).']],
    ['scheduling (Airflow, Prefect or Dagster)', 'evidenced', ['Depends on apache-airflow ==2.9.1 (requirements.txt).']],
    ['Jupyter notebooks', 'evidenced', ['notebooks/explore.ipynb is in the repository.', 'notebooks/clean.ipynb is in the repository.', 'notebooks/report.ipynb is in the repository.']],
    ['sklearn', 'not-found', []],
    ['k8s', 'not-found', []],
    ['data warehouse', 'not-found', []],
  ])('%s on dingaanmanjate (requirements.txt: pandas, requests, psycopg2-binary, apache-airflow) is %s', (skill, status, expected) => {
    const [match] = matchScorecard(scorecard([skill]), dingaan, null).mustHaves;
    expect(match?.status).toBe(status);
    expect(details(match)).toEqual(expected);
  });
});

describe('matchScorecard: claimed only versus evidenced', () => {
  it('quotes the title, the skill chips and the overview, with the page URL, when no code was seen', () => {
    const [django, fastapi, postgres] = matchScorecard(scorecard(['Django', 'FastAPI', 'PostgreSQL']), null, priya()).mustHaves;
    expect(django).toEqual({
      skill: 'Django',
      status: 'claimed',
      evidence: [],
      claims: [
        { source: 'marketplace-title', quote: 'Senior Python & Django Developer', url: PRIYA_URL },
        { source: 'marketplace-skills', quote: 'Python, Django, FastAPI', url: PRIYA_URL },
        { source: 'marketplace-overview', quote: 'I build Django and FastAPI backends. Eight years of Python.', url: PRIYA_URL },
      ],
    });
    expect(fastapi?.claims.map((claim) => claim.source)).toEqual(['marketplace-skills', 'marketplace-overview']);
    expect(postgres).toEqual({ skill: 'PostgreSQL', status: 'not-found', evidence: [], claims: [] });
  });

  it('calls a skill evidenced when the code shows it, and still keeps the claims', () => {
    const [fastapi, django] = matchScorecard(scorecard(['FastAPI', 'Django']), defunkt, priya()).mustHaves;
    expect(fastapi?.status).toBe('evidenced');
    expect(fastapi?.claims).toHaveLength(2);
    expect(django?.status).toBe('evidenced'); // pystache's setup.py pins django
  });

  it('reads a GitHub bio as the candidate’s words, whether passed as the reading or beside a marketplace page', () => {
    const bio = { ...githubReading('dingaanmanjate'), overview: 'Backend dev.\nFastAPI + Postgres, some k8s.' };
    const [k8s] = matchScorecard(scorecard(['Kubernetes']), null, null, bio).mustHaves;
    expect(k8s).toMatchObject({
      status: 'claimed',
      claims: [{ source: 'github-bio', quote: 'Backend dev. FastAPI + Postgres, some k8s.', url: 'https://github.com/dingaanmanjate' }],
    });
    const both = matchScorecard(scorecard(['FastAPI']), null, priya(), bio).mustHaves[0];
    expect(both?.claims.map((claim) => claim.source)).toEqual(['github-bio', 'marketplace-skills', 'marketplace-overview']);
    const sameTwice = matchScorecard(scorecard(['Kubernetes']), null, bio, bio).mustHaves[0];
    expect(sameTwice?.claims).toHaveLength(1);
  });

  it('needs whole words: "flasks" claims no Flask, "Postgre" no SQL; PostgreSQL work claims SQL', () => {
    const reading = marketplaceReading({ overview: 'I sell lab flasks and beakers.' });
    expect(matchScorecard(scorecard(['Flask']), null, reading).mustHaves[0]?.status).toBe('not-found');
    const pgOnly = marketplaceReading({ overview: 'Ten years of PostgreSQL tuning.' });
    expect(matchScorecard(scorecard(['SQL']), null, pgOnly).mustHaves[0]?.status).toBe('claimed');
    expect(matchScorecard(scorecard(['SQL']), null, marketplaceReading({ overview: 'Postgre' })).mustHaves[0]?.status).toBe('not-found');
  });

  it('finds no Git workflow in a host name: "github.com" and "*.github.io" are addresses, not claims', () => {
    const bio = { ...githubReading('dingaanmanjate'), overview: 'Code at github.com/dingaanmanjate, notes at dingaanmanjate.github.io.' };
    expect(matchScorecard(scorecard(['Git workflow']), null, null, bio).mustHaves[0]).toEqual({
      skill: 'Git workflow',
      status: 'ask-in-interview',
      evidence: [],
      claims: [],
    });
    const worded = { ...bio, overview: 'Git and GitHub every day; code at github.com/dingaanmanjate.' };
    expect(matchScorecard(scorecard(['Git workflow']), null, null, worded).mustHaves[0]?.claims).toHaveLength(1);
  });

  it('tells languages apart by their whole names: Go, C, C++ and C#', () => {
    const role = scorecard(['Go', 'C', 'C++', 'C#']);
    const statuses = (overview: string) =>
      matchScorecard(role, null, marketplaceReading({ overview })).mustHaves.map((match) => match.status);
    expect(statuses('Django and C++ developer')).toEqual(['not-found', 'not-found', 'claimed', 'not-found']);
    expect(statuses('C# on .NET, some Go')).toEqual(['claimed', 'not-found', 'not-found', 'claimed']);
    expect(statuses('Embedded C, then Django')).toEqual(['not-found', 'claimed', 'not-found', 'not-found']);
  });
});

describe('matchScorecard: a manifest that was not read', () => {
  const withUnread = (report: CandidateReport, manifestsUnread: string[]): CandidateReport => ({
    ...report,
    repos: report.repos.map((repo, index) => (index === 0 ? { ...repo, stack: { ...repo.stack, manifestsUnread } } : repo)),
  });

  it('calls a skill the code does not show unknown, not "not found", while a manifest that could show it went unread', () => {
    const report = withUnread(defunkt, ['backend/pyproject.toml']);
    const result = matchScorecard(scorecard(['Redis', 'FastAPI']), report, null);
    expect(statuses(result.mustHaves)).toEqual([
      ['Redis', 'unread'],
      ['FastAPI', 'evidenced'],
    ]);
    expect(result.summary).toBe('1 of 2 must-haves evidenced, 0 claimed only, 0 not found, 1 unknown (a manifest was not read)');
    // Words still count: a claim is a claim.
    expect(matchScorecard(scorecard(['Redis']), report, marketplaceReading({ overview: 'Redis queues.' })).mustHaves[0]?.status).toBe('claimed');
  });

  it('says "not found" once every manifest was read', () => {
    expect(matchScorecard(scorecard(['Redis']), withUnread(defunkt, []), null).mustHaves[0]?.status).toBe('not-found');
  });
});

describe('matchScorecard: what is never evaluated', () => {
  it('leaves "not required" skills out entirely, whatever the candidate shows or lacks', () => {
    const role = scorecard(['FastAPI'], ['Redis'], ['Django', 'frontend React experience', 'Kubernetes']);
    const result = matchScorecard(role, defunkt, priya());
    expect(result.mustHaves.map((match) => match.skill)).toEqual(['FastAPI']);
    expect(result.niceToHaves.map((match) => match.skill)).toEqual(['Redis']);
    expect(result.summary).toBe('1 of 1 must-have evidenced, 0 claimed only, 0 not found');
  });
});

describe('matchScorecard: free text the catalogue does not know', () => {
  it('quotes an Upwork page for "Stripe" (title, skills, overview), within 160 characters', () => {
    const reading = martaReading();
    const [stripe] = matchScorecard(scorecard(['Stripe']), null, reading).mustHaves;
    expect(stripe?.status).toBe('claimed');
    const [title, skills, overview] = stripe?.claims ?? [];
    expect(title).toEqual({ source: 'marketplace-title', quote: 'Senior Python Developer | FastAPI, Django & Stripe Integrations', url: MARTA_URL });
    expect(skills?.source).toBe('marketplace-skills');
    expect(skills?.quote).toMatch(/^…?[^…]*\bStripe\b[^…]*…?$/);
    expect(overview?.source).toBe('marketplace-overview');
    const collapsed = (reading.overview ?? '').replace(/\s+/g, ' ');
    for (const claim of [skills, overview]) {
      expect(claim?.quote.length).toBeLessThanOrEqual(160);
      expect(claim?.quote).toContain('Stripe');
    }
    // The overview's only "Stripe" is in "Payment flows on Stripe: webhooks…", near its end: the quote is cut before it.
    expect(overview?.quote).toContain('Payment flows on Stripe: webhooks, retries and idempotency keys');
    expect(overview?.quote.startsWith('…')).toBe(true);
    expect(collapsed).toContain((overview?.quote ?? '').replace(/^…|…$/g, ''));
  });

  it('finds a free-text skill by name in the evidence of the opened repositories', () => {
    const [psycopg2Binary, conftest] = matchScorecard(scorecard(['psycopg2-binary', 'conftest']), dingaan, null).mustHaves;
    expect(psycopg2Binary?.status).toBe('evidenced');
    expect(details(psycopg2Binary)).toEqual(['Depends on psycopg2-binary ==2.9.9 (requirements.txt).']);
    expect(matchScorecard(scorecard(['conftest']), defunkt, null).mustHaves[0]?.status).toBe('evidenced');
    expect(conftest?.status).toBe('not-found');
  });

  it.each(['COBOL', '???', '((( ', 'x'.repeat(120), 'Shopify flows'])('never throws on %j: not found without evidence or claims', (skill) => {
    expect(matchScorecard(scorecard([skill]), dingaan, priya()).mustHaves).toEqual([{ skill, status: 'not-found', evidence: [], claims: [] }]);
  });
});

describe('matchScorecard: skills only an interview can show', () => {
  it('asks about them even with nothing claimed', () => {
    const result = matchScorecard(scorecard(['communication', 'idempotent jobs']), null, priya());
    expect(result.mustHaves).toEqual([
      { skill: 'communication', status: 'ask-in-interview', evidence: [], claims: [] },
      { skill: 'idempotent jobs', status: 'ask-in-interview', evidence: [], claims: [] },
    ]);
    expect(result.summary).toBe('0 of 2 must-haves evidenced, 0 claimed only, 0 not found, 2 to ask in interview');
  });

  it('still asks when claimed, with the claim attached to ask about', () => {
    const reading = marketplaceReading({ overview: 'I design REST APIs that last.' });
    const [apiDesign] = matchScorecard(scorecard(['API design']), null, reading).mustHaves;
    expect(apiDesign).toMatchObject({
      status: 'ask-in-interview',
      claims: [{ source: 'marketplace-overview', quote: 'I design REST APIs that last.' }],
    });
  });

  it('attaches the pipeline code to "idempotent jobs" as the thing to ask about', () => {
    const [idempotent] = matchScorecard(scorecard(['idempotent jobs']), dingaan, null).mustHaves;
    expect(idempotent?.status).toBe('ask-in-interview');
    expect(details(idempotent)).toEqual(['Depends on apache-airflow ==2.9.1 (requirements.txt).']);
  });
});

describe('summarize', () => {
  const match = (status: SkillMatch['status']): SkillMatch => ({ skill: status, status, evidence: [], claims: [] });
  it.each<[SkillMatch['status'][], string]>([
    [['evidenced', 'evidenced', 'evidenced', 'evidenced', 'claimed', 'not-found'], '4 of 6 must-haves evidenced, 1 claimed only, 1 not found'],
    [['evidenced', 'ask-in-interview', 'claimed', 'not-found'], '1 of 4 must-haves evidenced, 1 claimed only, 1 not found, 1 to ask in interview'],
    [['not-found'], '0 of 1 must-have evidenced, 0 claimed only, 1 not found'],
    [[], 'No must-haves on this scorecard.'],
  ])('%j → %s', (list, expected) => {
    expect(summarize(list.map(match))).toBe(expected);
  });
});
