import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { evaluateCandidate } from '@/lib/judgement/evaluate';
import { escapeMarkdown, interviewPlanMarkdown } from '@/lib/judgement/interview-plan';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import type { Verdict } from '@/lib/judgement/verdict';
import { NOW, ownMarketplaceReading, realReport, scorecard, thresholds } from './candidates';

let dingaan: CandidateReport;
beforeAll(async () => {
  dingaan = await realReport('dingaanmanjate');
});

const SMALL: Verdict = {
  role: { id: 'template-backend', name: 'Product backend' },
  mustHaves: [
    {
      skill: 'FastAPI',
      status: 'evidenced',
      evidence: [
        { kind: 'dependency', repo: 'ada/api', path: 'pyproject.toml', url: 'https://github.com/ada/api/blob/main/pyproject.toml', detail: 'Depends on fastapi.' },
      ],
      claims: [{ source: 'marketplace-skills', quote: 'Python, FastAPI', url: 'https://www.upwork.com/freelancers/~01ada' }],
    },
    { skill: 'API design', status: 'ask-in-interview', evidence: [], claims: [] },
  ],
  niceToHaves: [],
  summary: '1 of 2 must-haves evidenced, 0 claimed only, 0 not found, 1 to ask in interview',
  flags: [
    {
      id: 'no-tests',
      severity: 'high',
      reason: 'The one opened Python repository has no tests.',
      evidence: [{ kind: 'repo', repo: 'ada/api', path: null, url: 'https://github.com/ada/api', detail: 'No tests found.' }],
      probes: ['test-strategy'],
    },
  ],
  confidence: { level: 'medium', reasons: ['Only the 6 most recently pushed of 9 public repositories were listed.'] },
  probes: [{ id: 'test-strategy', title: 'Test strategy', question: 'What would you automate first?' }],
};

describe('interviewPlanMarkdown', () => {
  it('writes role, summary, must-have table, flags with evidence, then numbered probes', () => {
    expect(interviewPlanMarkdown(SMALL, 'Ada Lovelace', 'https://www.upwork.com/freelancers/~01ada')).toBe(
      [
        '# Interview plan: Ada Lovelace',
        '',
        '- Role: Product backend',
        '- Profile: [https\\://www\\.upwork.com/freelancers/\\~01ada](https://www.upwork.com/freelancers/~01ada)',
        '- Must-haves: 1 of 2 must-haves evidenced, 0 claimed only, 0 not found, 1 to ask in interview',
        '- Confidence: medium. Only the 6 most recently pushed of 9 public repositories were listed.',
        '',
        '## Must-haves',
        '',
        '| Skill | Status | Evidence and claims |',
        '| --- | --- | --- |',
        '| FastAPI | Evidenced | [ada/api/pyproject.toml](https://github.com/ada/api/blob/main/pyproject.toml); “Python, FastAPI” ([skills](https://www.upwork.com/freelancers/~01ada)) |',
        '| API design | Ask in interview | – |',
        '',
        '## Red flags',
        '',
        '- **high** no-tests: The one opened Python repository has no tests.',
        '  - [ada/api](https://github.com/ada/api): No tests found.',
        '',
        '## Questions to ask',
        '',
        '1. **Test strategy**: What would you automate first?',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is no flag, and leaves out a profile line without an http(s) address', () => {
    const plan = interviewPlanMarkdown({ ...SMALL, flags: [] }, 'Ada', '');
    expect(plan).toContain('## Red flags\n\nNo red flags.\n');
    expect(plan).not.toContain('- Profile:');
    expect(interviewPlanMarkdown(SMALL, 'Ada', 'javascript:alert(1)')).not.toContain('- Profile:');
  });

  it('renders a real verdict (dingaanmanjate, data role) with every section', () => {
    const verdict = evaluateCandidate({
      report: dingaan,
      reading: null,
      githubReading: null,
      scorecard: scorecardFromTemplate('data', NOW),
      thresholds: thresholds(),
      now: NOW,
    });
    const plan = interviewPlanMarkdown(verdict, 'fasma', 'https://github.com/dingaanmanjate');
    expect(plan).toContain('- Must-haves: 3 of 7 must-haves evidenced, 0 claimed only, 2 not found, 2 to ask in interview');
    expect(plan).toContain(
      '| scheduling (Airflow, Prefect or Dagster) | Evidenced | [dingaanmanjate/etl-scripts/requirements.txt](https://github.com/dingaanmanjate/etl-scripts/blob/main/requirements.txt) |',
    );
    expect(plan).toContain('| data warehouse | Not found | – |');
    expect(plan).toContain('- **high** no-tests: The one opened Python repository has no tests');
    expect(plan).toContain('- **info** thin-docs:');
    expect(plan).toMatch(/## Questions to ask\n\n1\. \*\*ETL idempotency\*\*: An Airflow task fails/);
    expect(plan.match(/^\d+\. /gm)).toHaveLength(verdict.probes.length);
  });
});

describe('interviewPlanMarkdown escapes what the candidate controls', () => {
  it('keeps the hostile page’s name, tags and script as text (hostile-profile.html)', () => {
    const reading = ownMarketplaceReading('hostile-profile.html', 'https://www.fiverr.com/hostile_dev');
    const verdict = evaluateCandidate({
      report: null,
      reading,
      githubReading: null,
      scorecard: scorecard(['Python', 'script']),
      thresholds: thresholds(),
      now: NOW,
    });
    const plan = interviewPlanMarkdown(verdict, reading.name ?? '', reading.url);
    expect(plan.split('\n')[0]).toBe('# Interview plan: \\<img src=x onerror="window.\\_\\_pyvetXss=1"\\>');
    expect(plan).toContain('“\\<b\\>Python\\</b\\>, Django” ([skills](https://www.fiverr.com/hostile_dev))');
    expect(plan).toContain('“Hi click me \\<script\\>window.\\_\\_pyvetXss=1\\</script\\>” ([overview](https://www.fiverr.com/hostile_dev))');
    // No unescaped angle bracket, and no link other than the ones pyvet made.
    expect(plan).not.toMatch(/(^|[^\\])</);
    expect(plan.match(/\]\(([^)]*)\)/g)).toEqual(expect.arrayContaining(['](https://www.fiverr.com/hostile_dev)']));
    for (const target of plan.match(/\]\(([^)]*)\)/g) ?? []) expect(target).toMatch(/^\]\(https:\/\//);
  });

  it('escapes skill names, quotes and links that try to become markup', () => {
    const verdict: Verdict = {
      ...SMALL,
      mustHaves: [
        {
          skill: '[click](javascript:alert(1))',
          status: 'claimed',
          evidence: [],
          claims: [
            { source: 'marketplace-overview', quote: 'see ![x](https://evil.example/x.png) | a *b* `c`', url: 'javascript:alert(2)' },
            { source: 'github-bio', quote: 'mail me@evil.example or www.evil.example', url: 'https://github.com/ada' },
          ],
        },
      ],
      flags: [
        {
          ...SMALL.flags[0]!,
          evidence: [
            {
              kind: 'file',
              repo: 'ada/api',
              path: 'docs/(x) [y].md',
              url: 'https://github.com/ada/api/blob/main/docs/(x)%20%5By%5D.md',
              detail: 'docs/(x) [y].md is in the repository.',
            },
          ],
        },
      ],
    };
    const plan = interviewPlanMarkdown(verdict, 'Ada\n# Owned\n<script>', 'https://example.org/ada');
    expect(plan.split('\n')[0]).toBe('# Interview plan: Ada \\# Owned \\<script\\>');
    expect(plan).toContain(
      '| \\[click\\](javascript:alert(1)) | Claimed only | “see !\\[x\\](https\\://evil.example/x.png) \\| a \\*b\\* \\`c\\`” (overview); “mail me\\@evil.example or www\\.evil.example” ([GitHub bio](https://github.com/ada)) |',
    );
    expect(plan).toContain('  - [ada/api/docs/(x) \\[y\\].md](https://github.com/ada/api/blob/main/docs/%28x%29%20%5By%5D.md): docs/(x) \\[y\\].md is in the repository.');
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['plain words, commas and periods.', 'plain words, commas and periods.'],
    ['two\n\nlines', 'two lines'],
    ['a_b*c`d[e]f<g>h|i~j#k\\l', 'a\\_b\\*c\\`d\\[e\\]f\\<g\\>h\\|i\\~j\\#k\\\\l'],
    ['https://x.example', 'https\\://x.example'],
    ['WWW.x.example', 'WWW\\.x.example'],
    ['ada@x.example', 'ada\\@x.example'],
    ['&lt;b&gt;', '&lt;b&gt;'],
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});
