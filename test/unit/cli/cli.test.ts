import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CandidateReportSchema } from '@/lib/analysis/candidate-report';
import { EXIT } from '@/lib/cli/main';
import { KitIdSchema } from '@/lib/judgement/funnel';
import { StageKitSchema } from '@/lib/judgement/kits/kit-schema';
import { ProfileReadingSchema } from '@/lib/readers/profile-reading';
import { cli } from '../../support/cli';
import { fixtureGitHub, type FakeRoute } from '../../support/fake-fetch';
import { fixtureReply } from '../../support/github-fixture-routes';
import { KIT_PLAN_HEADINGS } from '../../support/kits';

describe('pyvet analyze <login>', () => {
  it('prints a readable report with evidence links and the request cost', async () => {
    const { run, out } = cli();
    expect(await run('analyze', 'defunkt')).toBe(EXIT.ok);
    expect(out.stdout).toContain('defunkt — Chris Wanstrath (https://github.com/defunkt)');
    expect(out.stdout).toMatch(/defunkt\/pystache-lite \[original\] tests ✓ 2 files, run in CI · docs thorough · FastAPI/);
    expect(out.stdout).toContain('https://github.com/defunkt/pystache-lite/blob/main/.github/workflows/tests.yml');
    expect(out.stdout).toMatch(/Cost: 7 API requests, \d+ file downloads \(anonymous\)\./);
  });

  it('with --json, prints only the CandidateReport on stdout; progress goes to stderr', async () => {
    const { run, out } = cli();
    expect(await run('analyze', '@defunkt', '--json')).toBe(EXIT.ok);
    const report = CandidateReportSchema.parse(JSON.parse(out.stdout));
    expect(report.login).toBe('defunkt');
    expect(out.stderr).toContain('… account');
  });

  it('uses GITHUB_TOKEN for GraphQL, sent only to the API', async () => {
    const { run, out, fake } = cli(fixtureGitHub(), { GITHUB_TOKEN: 'github_pat_cli' });
    expect(await run('analyze', 'defunkt', '--json')).toBe(EXIT.ok);
    const raw = fake.requests.filter((r) => r.url.startsWith('https://raw.githubusercontent.com/'));
    expect(JSON.parse(out.stdout).cost).toEqual({ mode: 'token', apiRequests: 2, rawRequests: raw.length });
    // The token goes to GraphQL only; the one raw download (a test module the query could not name) carries none.
    expect(fake.requests.filter((r) => r.headers.authorization).every((r) => r.url === 'https://api.github.com/graphql')).toBe(true);
    expect(raw.every((r) => r.headers.authorization === undefined)).toBe(true);
  });

  it.each([
    [['analyze', 'not/a/login'], /^pyvet: "not\/a\/login" is not a GitHub login \(see: npm run pyvet -- --help\)\n$/],
    [['analyze', 'defunkt', '--bogus'], /^pyvet: Unknown option '--bogus' \(see/],
    [['analyze'], /^pyvet: no login given/],
    [['inspect', 'defunkt'], /^pyvet: unknown command "inspect"/],
    [['analyze', 'defunkt', '--api-url', 'ftp://x'], /^pyvet: "ftp:\/\/x" is not an http\(s\) URL/],
  ])('%j: one clear line on stderr, exit 2', async (args, message) => {
    const { run, out, fake } = cli();
    expect(await run(...args)).toBe(EXIT.usage);
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(fake.requests).toEqual([]);
  });

  it('keeps the answers of each --api-url apart in the cache: an Enterprise login is not the github.com one', async () => {
    const enterprise = 'https://ghe.example.com/api/v3';
    const enterpriseUser = { login: 'defunkt', id: 7, type: 'User', name: 'Dana on Enterprise', avatar_url: 'a', html_url: 'https://ghe.example.com/defunkt', public_repos: 0 };
    const { run, out, fake } = cli((request) => {
      if (!request.url.startsWith(enterprise)) return fixtureGitHub()(request);
      // The account, and no repositories or events.
      return { body: request.url === `${enterprise}/users/defunkt` ? enterpriseUser : [] };
    });
    const report = async (...args: string[]) => {
      out.stdout = '';
      expect(await run('analyze', 'defunkt', '--json', ...args)).toBe(EXIT.ok);
      return CandidateReportSchema.parse(JSON.parse(out.stdout));
    };

    expect((await report()).name).toBe('Chris Wanstrath');
    const enterpriseRun = await report('--api-url', enterprise);
    expect(enterpriseRun).toMatchObject({ name: 'Dana on Enterprise', profileUrl: 'https://ghe.example.com/defunkt', reposListed: 0 });
    expect(enterpriseRun.cost.apiRequests).toBeGreaterThan(0);
    expect(fake.requests.some((r) => r.url === `${enterprise}/users/defunkt`)).toBe(true);

    // Each server's answers stay cached under its own address.
    const asked = fake.requests.length;
    expect(await report()).toMatchObject({ name: 'Chris Wanstrath', cost: { apiRequests: 0 } });
    expect(await report('--api-url', enterprise)).toMatchObject({ name: 'Dana on Enterprise', cost: { apiRequests: 0 } });
    expect(fake.requests.length).toBe(asked);
  });

  it('says when GitHub cannot be reached, exit 1', async () => {
    const { run, out } = cli(() => {
      throw new TypeError('fetch failed');
    });
    expect(await run('analyze', 'defunkt')).toBe(EXIT.failed);
    expect(out.stderr).toContain('pyvet: Could not reach GitHub. Check your connection, then try again.');
    expect(out.stdout).toBe('');
  });

  it('says when the login does not exist, exit 1', async () => {
    const { run, out } = cli();
    expect(await run('analyze', 'nobody-here')).toBe(EXIT.failed);
    expect(out.stderr).toContain('GitHub has no account called “nobody-here”.');
  });
});

describe('pyvet analyze --logins --csv', () => {
  it('stops cleanly at the rate limit, writes what it has, and resumes from the cache', async () => {
    let allowance = 10; // enough API requests for defunkt (7), not for dingaanmanjate too
    const limited: FakeRoute = (request) => {
      if (request.url.startsWith('https://api.github.com/')) {
        if (allowance-- <= 0) {
          return { status: 403, body: { message: 'API rate limit exceeded' }, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1795000000' } };
        }
      }
      return fixtureGitHub()(request);
    };
    const { run, out, fake } = cli(limited);
    const dir = mkdtempSync(join(tmpdir(), 'pyvet-batch-'));
    writeFileSync(join(dir, 'logins.txt'), '# shortlist\ndefunkt\n\n@dingaanmanjate\ndefunkt\n');
    const csv = join(dir, 'out.csv');

    expect(await run('analyze', '--logins', join(dir, 'logins.txt'), '--csv', csv)).toBe(EXIT.rateLimited);
    expect(out.stderr).toContain('GitHub’s rate limit is used up.');
    expect(out.stderr).toContain('Wrote 1 of 2 candidates');
    expect(Papa.parse<string[]>(readFileSync(csv, 'utf8').trim()).data.map((row) => row[0])).toEqual(['login', 'defunkt']);

    // After the reset: defunkt comes from the cache, only dingaanmanjate is asked for.
    allowance = Infinity;
    const before = fake.requests.length;
    expect(await run('analyze', '--logins', join(dir, 'logins.txt'), '--csv', csv)).toBe(EXIT.ok);
    const asked = fake.requests.slice(before).map((r) => r.url);
    expect(asked.some((url) => url.includes('/defunkt'))).toBe(false);
    expect(asked.some((url) => url.includes('/users/dingaanmanjate'))).toBe(true);
    expect(Papa.parse<string[]>(readFileSync(csv, 'utf8').trim()).data.map((row) => row[0])).toEqual([
      'login',
      'defunkt',
      'dingaanmanjate',
    ]);
  });

  it('refuses a logins file with a bad line before asking GitHub anything', async () => {
    const { run, out, fake } = cli();
    const dir = mkdtempSync(join(tmpdir(), 'pyvet-batch-'));
    writeFileSync(join(dir, 'logins.txt'), 'defunkt\nhttps://evil.example\n');
    expect(await run('analyze', '--logins', join(dir, 'logins.txt'), '--csv', join(dir, 'o.csv'))).toBe(EXIT.usage);
    expect(out.stderr).toMatch(/^pyvet: "https:\/\/evil.example" is not a GitHub login/);
    expect(fake.requests).toEqual([]);
  });
});

describe('npm run pyvet (the real script, against a local fake API over HTTP)', () => {
  it('runs the same engine from the command line', async () => {
    const server = createServer((request, response) => {
      const reply = fixtureReply('api.github.com', new URL(request.url ?? '/', 'http://x').pathname);
      response.writeHead(reply.status, reply.headers).end(reply.body);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const { stdout } = await promisify(execFile)(
        'node',
        [resolve(__dirname, '../../../node_modules/tsx/dist/cli.mjs'), 'lib/cli/main.ts', 'analyze', 'dingaanmanjate', '--json',
          '--api-url', url, '--raw-url', url, '--cache-dir', mkdtempSync(join(tmpdir(), 'pyvet-cli-'))],
        { cwd: resolve(__dirname, '../../..') },
      );
      expect(CandidateReportSchema.parse(JSON.parse(stdout))).toMatchObject({ login: 'dingaanmanjate', pythonRepos: 1 });
    } finally {
      server.close();
    }
    // A second Node process compiling TypeScript: seconds on a busy machine.
  }, 30_000);
});

describe('pyvet read <saved-page> --url', () => {
  const own = (path: string) => resolve(__dirname, '../../fixtures', path);

  it('prints the reading of a saved GitHub profile as JSON', async () => {
    const { run, out } = cli();
    expect(await run('read', own('github-pages/defunkt.html'), '--url', 'https://github.com/defunkt')).toBe(EXIT.ok);
    const reading = ProfileReadingSchema.parse(JSON.parse(out.stdout));
    expect(reading).toMatchObject({ site: 'github', handle: 'defunkt', name: 'Chris Wanstrath', githubLogins: ['defunkt'] });
  });

  it('reads a saved Upwork profile as the extension does: the markup, then the Nuxt state from its script text', async () => {
    const { run, out } = cli();
    const url = 'https://www.upwork.com/freelancers/~01synthetic0000001';
    expect(await run('read', own('marketplace-pages/upwork-profile.html'), '--url', url)).toBe(EXIT.ok);
    const reading = ProfileReadingSchema.parse(JSON.parse(out.stdout));
    expect(reading).toMatchObject({ site: 'upwork', name: 'Marta K.', location: 'Lviv, Ukraine', jobSuccess: 97 });
    expect(reading.skills).toContain('FastAPI');
    expect(reading.overview).toMatch(/^I build and maintain Python backends/);
    expect(reading.couldNotRead).toEqual(['total earnings']);
  });

  it('finds the GitHub account a saved Upwork profile names only in its page state', async () => {
    const { run, out } = cli();
    const url = 'https://www.upwork.com/freelancers/~01synthetic0000002';
    expect(await run('read', own('marketplace-pages/upwork-profile-github-in-overview.html'), '--url', url)).toBe(EXIT.ok);
    expect(ProfileReadingSchema.parse(JSON.parse(out.stdout)).githubLogins).toEqual(['tomasz-w-py', 'tw-data']);
  });

  it.each([
    [['read', 'nope.html', '--url', 'https://github.com/defunkt'], /^pyvet: cannot read nope\.html/],
    [['read', 'x.html'], /^pyvet: --url is needed/],
    [['read', 'x.html', '--url', 'not a url'], /^pyvet: "not a url" is not a URL/],
  ])('%j: one clear line, exit 2', async (args, message) => {
    const { run, out } = cli();
    expect(await run(...args)).toBe(EXIT.usage);
    expect(out.stderr).toMatch(message);
  });

  it('says when it has no reader for the site, or the page is not a profile', async () => {
    const page = own('github-pages/defunkt.html');
    const first = cli();
    expect(await first.run('read', page, '--url', 'https://example.com/cv')).toBe(EXIT.usage);
    expect(first.out.stderr).toMatch(/^pyvet: pyvet has no reader for example\.com/);
    const second = cli();
    expect(await second.run('read', page, '--url', 'https://github.com/defunkt/dotjs')).toBe(EXIT.usage);
    expect(second.out.stderr).toMatch(/is not a github profile page/);
  });
});

describe('pyvet analyze --role', () => {
  it('adds the scorecard match and flags to the JSON report', async () => {
    const { run, out } = cli();
    expect(await run('analyze', 'defunkt', '--json', '--role', 'backend')).toBe(EXIT.ok);
    const json = JSON.parse(out.stdout);
    expect(json.scorecard.role).toEqual({ id: 'template-backend', name: 'Product backend' });
    expect(json.scorecard.summary).toMatch(/^\d+ of 6 must-haves evidenced/);
    const fastapi = json.scorecard.mustHaves.find((match: { skill: string }) => match.skill === 'FastAPI');
    expect(fastapi.status).toBe('evidenced');
    expect(fastapi.evidence[0].url).toBe('https://github.com/defunkt/pystache-lite/blob/main/pyproject.toml');
    expect(json.flags.map((flag: { id: string }) => flag.id)).toContain('outdated-stack');
    expect(json.flags.every((flag: { probes: unknown[] }) => Array.isArray(flag.probes))).toBe(true);
  });

  // mira-allrounder (made up) has no repositories; her bio, company and website are all there is.
  it.each([
    ['anonymous', {}],
    ['token', { GITHUB_TOKEN: 'github_pat_cli' }],
  ])('holds the account’s bio, company and website against the role as the candidate’s words (%s)', async (mode, env) => {
    const { run, out } = cli(fixtureGitHub(), env);
    expect(await run('analyze', 'mira-allrounder', '--json', '--role', 'backend')).toBe(EXIT.ok);
    const json = JSON.parse(out.stdout);
    expect(json.cost.mode).toBe(mode);
    const profile = 'https://github.com/mira-allrounder';
    expect(json.scorecard.summary).toBe('0 of 6 must-haves evidenced, 3 claimed only, 1 not found, 2 to ask in interview');
    expect(json.scorecard.mustHaves).toEqual([
      {
        skill: 'FastAPI',
        status: 'claimed',
        evidence: [],
        claims: [{ source: 'github-bio', quote: expect.stringContaining('Django & FastAPI, Airflow ETL'), url: profile }],
      },
      { skill: 'PostgreSQL', status: 'claimed', evidence: [], claims: [{ source: 'github-company', quote: 'Postgres Partners', url: profile }] },
      { skill: 'pytest', status: 'claimed', evidence: [], claims: [{ source: 'github-website', quote: 'https://pytest-patterns.example', url: profile }] },
      { skill: 'API design', status: 'ask-in-interview', evidence: [], claims: [] },
      { skill: 'Docker', status: 'not-found', evidence: [], claims: [] },
      // The bio ends "Code: github.com/mira-allrounder": an address, not a Git workflow claim.
      { skill: 'Git workflow', status: 'ask-in-interview', evidence: [], claims: [] },
    ]);
    const kitchenSink = json.flags.find((flag: { id: string }) => flag.id === 'kitchen-sink-claims');
    expect(kitchenSink.reason).toContain('6 Python subfields at once');
    expect(kitchenSink.evidence).toEqual([expect.objectContaining({ kind: 'profile-text', repo: 'GitHub profile', url: profile })]);
    // No page was read, so nothing "could not be read" from one.
    expect(json.confidence.reasons.join(' ')).not.toContain('profile page');
  });

  it('quotes the account’s words in the readable interview plan', async () => {
    const { run, out } = cli();
    expect(await run('analyze', 'mira-allrounder', '--role', 'backend')).toBe(EXIT.ok);
    expect(out.stdout).toContain('| PostgreSQL | Claimed only | “Postgres Partners” ([GitHub company](https://github.com/mira-allrounder)) |');
    expect(out.stdout).toMatch(/\*\*warn\*\* kitchen-sink-claims: The profile claims expertise in 6 Python subfields/);
  });

  it('prints the interview plan after the report', async () => {
    const { run, out } = cli();
    expect(await run('analyze', 'defunkt', '--role', 'data')).toBe(EXIT.ok);
    expect(out.stdout).toContain('Data pipeline');
    expect(out.stdout).toMatch(/must-haves evidenced/);
  });

  it('with --kit, prints a kit for every later stage after the interview plan, one ## section each', async () => {
    const { run, out } = cli();
    expect(await run('analyze', 'mira-allrounder', '--role', 'backend', '--kit')).toBe(EXIT.ok);
    const kitPlan = out.stdout.slice(out.stdout.indexOf('# Hiring plan for'));
    expect(out.stdout.indexOf('# Interview plan')).toBeLessThan(out.stdout.indexOf('# Hiring plan for'));
    expect(kitPlan.match(/^## .*$/gm)).toEqual(KIT_PLAN_HEADINGS);
    // Docker is the one must-have nothing shows: the screen opens with it. No marketplace page, so no rate.
    expect(kitPlan).toMatch(/### Questions, riskiest first\n\n- Nothing we read shows Docker\./);
    expect(kitPlan).toContain('- Use: FastAPI, PostgreSQL, pytest, Docker.');
    expect(kitPlan).toContain('- The rate is not known');
    expect(kitPlan).toContain('- Check-in, day 30');
  });

  it('adds the stage kits to the JSON report with --role, and refuses --kit without a role', async () => {
    const { run, out, fake } = cli();
    expect(await run('analyze', 'defunkt', '--kit')).toBe(EXIT.usage);
    expect(out.stderr).toMatch(/^pyvet: --kit needs --role/);
    expect(fake.requests).toEqual([]);

    expect(await run('analyze', 'defunkt', '--json', '--role', 'data')).toBe(EXIT.ok);
    const kits = z.array(StageKitSchema).parse(JSON.parse(out.stdout).kit);
    expect(kits.map((kit) => kit.id)).toEqual(KitIdSchema.options);
    expect(kits[1]?.sections.find((section) => section.reviewerOnly)?.heading).toMatch(/^Left unclear on purpose/);
  });

  it('finds a saved role by name, and refuses an unknown one before asking GitHub', async () => {
    const config = mkdtempSync(join(tmpdir(), 'pyvet-config-'));
    const { run, out, fake } = cli(fixtureGitHub(), { XDG_CONFIG_HOME: config });
    expect(await run('analyze', 'defunkt', '--role', 'platform')).toBe(EXIT.usage);
    expect(out.stderr).toMatch(/^pyvet: unknown role "platform"/);
    expect(fake.requests).toEqual([]);

    mkdirSync(join(config, 'pyvet'));
    writeFileSync(
      join(config, 'pyvet', 'roles.json'),
      JSON.stringify([{ id: 'r1', name: 'Platform', templateId: null, mustHave: ['Docker', 'Kubernetes'], niceToHave: [], notRequired: [], updatedAt: 1 }]),
    );
    expect(await run('analyze', 'defunkt', '--json', '--role', 'platform')).toBe(EXIT.ok);
    expect(JSON.parse(out.stdout).scorecard.summary).toMatch(/^\d of 2 must-haves evidenced/);
  });
});
