import { readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CandidateAnalyzer } from '../github/candidate-analyzer';
import type { CandidateReport } from '../analysis/candidate-report';
import { DEFAULT_API_URL, DEFAULT_RAW_URL, GitHubClient } from '../github/client';
import { explainGitHubError } from '../github/describe-error';
import { GitHubLoginSchema } from '../sites/github-login';
import { readProfilePage } from '../readers/read-page';
import { accountReading } from '../judgement/account-reading';
import { evaluateCandidate } from '../judgement/evaluate';
import { interviewPlanMarkdown } from '../judgement/interview-plan';
import { kitPlanMarkdown } from '../judgement/kits/kit-markdown';
import { buildStageKits } from '../judgement/kits/stage-kits';
import { DEFAULT_THRESHOLDS, RoleScorecardSchema, type RoleScorecard, type TemplateId } from '../judgement/scorecard';
import { scorecardFromTemplate } from '../judgement/templates';
import { z } from 'zod';
import { toCsv } from '../shortlists/export/csv';
import { BATCH_CSV_HEADER, formatReportText, reportCsvRow } from './report-text';
import { defaultCacheDir, FileResponseCache } from './file-cache';
import { runAtsCommand } from './ats-command';
import { EXIT, UsageError, type CliIo } from './cli-io';
import { ATS_PRESET_IDS } from '../shortlists/export/ats-presets';

export { EXIT, type CliIo } from './cli-io';

const USAGE = `Usage:
  npm run pyvet -- read <saved-page.html> --url <page-url>
  npm run pyvet -- analyze <login> [--json] [--role backend|data|ai|<saved-name> [--kit]] [--api-url URL] [--raw-url URL] [--cache-dir DIR]
  npm run pyvet -- analyze --logins logins.txt --csv out.csv [--api-url URL] [--raw-url URL] [--cache-dir DIR]
  npm run pyvet -- ats csv --format ${ATS_PRESET_IDS.join('|')} --in <pyvet JSON export> --out file.csv
  npm run pyvet -- ats push --to ashby|lever --in <pyvet JSON export> [--api-url URL]
GITHUB_TOKEN in the environment switches to GraphQL (2 requests a profile, 5,000 an hour).
Saved roles for --role are read from $XDG_CONFIG_HOME/pyvet/roles.json (an array of scorecards).
--kit adds a kit for every later stage (technical screen to first 30 days); with --json and --role the report carries it as "kit".
ats push takes the key from ASHBY_API_KEY or LEVER_API_KEY, and Lever's acting user from LEVER_PERFORM_AS.`;

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // Node's parse errors go on to explain "--"; the first sentence is the useful part.
      const reason = (error as Error).message.split('. ')[0] ?? '';
      io.stderr(`pyvet: ${reason} (see: npm run pyvet -- --help)\n`);
      return EXIT.usage;
    }
    io.stderr(`pyvet: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // The ats commands read their own options, which the analyze options below would reject.
  if (argv[0] === 'ats') return runAtsCommand(argv.slice(1), io);
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      'api-url': { type: 'string', default: DEFAULT_API_URL },
      'raw-url': { type: 'string', default: DEFAULT_RAW_URL },
      'cache-dir': { type: 'string' },
      logins: { type: 'string' },
      csv: { type: 'string' },
      url: { type: 'string' },
      role: { type: 'string' },
      kit: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return EXIT.ok;
  }
  const [command, ...rest] = positionals;
  if (command === 'read') return readSavedPage(rest, values.url, io);
  if (command !== 'analyze') throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  for (const url of [values['api-url'], values['raw-url']]) {
    if (!/^https?:\/\/[^/]+/.test(url)) throw new UsageError(`"${url}" is not an http(s) URL`);
  }

  const analyzer = new CandidateAnalyzer(
    async () =>
      new GitHubClient({
        cache: new FileResponseCache(values['cache-dir'] ?? defaultCacheDir(io.env)),
        apiUrl: values['api-url'],
        rawUrl: values['raw-url'],
        token: io.env.GITHUB_TOKEN || undefined,
      }),
  );

  if (values.logins !== undefined) {
    if (rest.length > 0) throw new UsageError('give either a login or --logins, not both');
    if (!values.csv) throw new UsageError('--logins needs --csv FILE for the results');
    return analyzeBatch(analyzer, values.logins, values.csv, io);
  }
  if (rest.length !== 1) throw new UsageError(rest.length === 0 ? 'no login given' : 'give one login, or use --logins');
  // The kits are built from the verdict, and there is no verdict without a role.
  if (values.kit && values.role === undefined) throw new UsageError('--kit needs --role: the kits are built for a role');
  const role = values.role === undefined ? null : await resolveRole(values.role, io.env);
  return analyzeOne(analyzer, rest[0] ?? '', { json: values.json, kit: values.kit }, role, io);
}

/** `read`: a saved profile page, read as the extension would, printed as JSON. */
async function readSavedPage(files: readonly string[], pageUrl: string | undefined, io: CliIo): Promise<number> {
  if (files.length !== 1) throw new UsageError('give one saved page to read');
  if (!pageUrl) throw new UsageError('--url is needed: the address the page was saved from');
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    throw new UsageError(`"${pageUrl}" is not a URL`);
  }
  let html: string;
  try {
    html = await readFile(files[0] ?? '', 'utf8');
  } catch {
    throw new UsageError(`cannot read ${files[0]}`);
  }
  const result = readProfilePage(await parseSavedPage(html, url), url);
  if (result.status === 'unknown-site') throw new UsageError(`pyvet has no reader for ${result.host}`);
  if (result.status === 'not-a-profile') throw new UsageError(`${url.href} is not a ${result.site} profile page`);
  io.stdout(`${JSON.stringify(result.reading, null, 2)}\n`);
  return EXIT.ok;
}

/** A DOM for a saved page, with its scripts and styles never loaded or run. */
async function parseSavedPage(html: string, url: URL): Promise<Document> {
  const { Window } = await import('happy-dom');
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function parseLogin(raw: string): string {
  const login = GitHubLoginSchema.safeParse(raw.trim().replace(/^@/, ''));
  if (!login.success) throw new UsageError(`"${raw}" is not a GitHub login`);
  return login.data;
}

const TEMPLATE_NAMES: Record<string, TemplateId> = { backend: 'backend', data: 'data', ai: 'ai' };

/** backend|data|ai are the built-in templates; any other name is looked up in the saved roles file. */
async function resolveRole(name: string, env: NodeJS.ProcessEnv): Promise<RoleScorecard> {
  const templateId = TEMPLATE_NAMES[name.toLowerCase()];
  if (templateId) return scorecardFromTemplate(templateId, Date.now());
  const file = join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'pyvet', 'roles.json');
  let saved: RoleScorecard[];
  try {
    saved = z.array(RoleScorecardSchema).parse(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    throw new UsageError(`unknown role "${name}" (use backend, data, ai, or a name saved in ${file})`);
  }
  const role = saved.find((scorecard) => scorecard.name.toLowerCase() === name.toLowerCase());
  if (!role) throw new UsageError(`unknown role "${name}" (saved roles: ${saved.map((s) => s.name).join(', ') || 'none'})`);
  return role;
}

async function analyzeOne(
  analyzer: CandidateAnalyzer,
  rawLogin: string,
  { json, kit }: { json: boolean; kit: boolean },
  role: RoleScorecard | null,
  io: CliIo,
): Promise<number> {
  const login = parseLogin(rawLogin);
  const outcome = await analyzer.analyze({ login, refresh: false }, (step) => io.stderr(`… ${step.step}\n`));
  if (outcome.status === 'error') {
    const { title, nextStep } = explainGitHubError(outcome.error, login);
    io.stderr(`pyvet: ${title} ${nextStep}\n`);
    return outcome.error.kind === 'rate-limited' ? EXIT.rateLimited : EXIT.failed;
  }
  const { report } = outcome;
  if (!role) {
    io.stdout(json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReportText(report)}\n`);
    return EXIT.ok;
  }
  const now = Date.now();
  const verdict = evaluateCandidate({
    report,
    reading: null,
    // The account's bio, company and website are the candidate's words, as the profile page is in the sidebar.
    githubReading: accountReading(report),
    scorecard: role,
    thresholds: DEFAULT_THRESHOLDS,
    now,
  });
  // No marketplace page is read here, so the close says the rate is not known.
  const stageKits = () => buildStageKits({ verdict, scorecard: role, report, rate: null, closedAt: null, now });
  const name = report.name ?? report.login;
  if (json) {
    const scorecard = { role: verdict.role, summary: verdict.summary, mustHaves: verdict.mustHaves, niceToHaves: verdict.niceToHaves };
    const judged = { ...report, scorecard, flags: verdict.flags, probes: verdict.probes, confidence: verdict.confidence, kit: stageKits() };
    io.stdout(`${JSON.stringify(judged, null, 2)}\n`);
  } else {
    const plan = interviewPlanMarkdown(verdict, name, report.profileUrl);
    const kitPlan = kit ? `\n${kitPlanMarkdown(stageKits(), name, report.profileUrl)}` : '';
    io.stdout(`${formatReportText(report)}\n\n${plan}${kitPlan}\n`);
  }
  return EXIT.ok;
}

async function analyzeBatch(analyzer: CandidateAnalyzer, loginsFile: string, csvFile: string, io: CliIo): Promise<number> {
  let text: string;
  try {
    text = await readFile(loginsFile, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${loginsFile}`);
  }
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const logins = [...new Set(lines.map(parseLogin))];
  if (logins.length === 0) throw new UsageError(`${loginsFile} holds no logins`);

  const reports: CandidateReport[] = [];
  const failures: string[] = [];
  let stoppedAt: number | null = null;
  for (const [index, login] of logins.entries()) {
    io.stderr(progressLine(index, logins.length, login, io.stderrIsTty));
    const outcome = await analyzer.analyze({ login, refresh: false });
    if (outcome.status === 'ok') {
      reports.push(outcome.report);
      continue;
    }
    const { title, nextStep } = explainGitHubError(outcome.error, login);
    if (outcome.error.kind === 'rate-limited') {
      io.stderr(`\npyvet: ${title} ${nextStep}\n`);
      stoppedAt = index;
      break;
    }
    failures.push(login);
    io.stderr(`\npyvet: ${login}: ${title}\n`);
  }
  io.stderr(progressLine(stoppedAt ?? logins.length, logins.length, '', io.stderrIsTty) + '\n');

  await writeFile(csvFile, `${toCsv(BATCH_CSV_HEADER, reports.map(reportCsvRow))}\r\n`);
  io.stderr(`Wrote ${reports.length} of ${logins.length} candidates to ${csvFile}.\n`);
  if (failures.length) io.stderr(`Not analyzed: ${failures.join(', ')}.\n`);
  if (stoppedAt !== null) {
    io.stderr('Run the same command again after the reset: candidates already analyzed come from the cache.\n');
    return EXIT.rateLimited;
  }
  return failures.length ? EXIT.failed : EXIT.ok;
}

const BAR_WIDTH = 24;

/** "[#######-----] 7/12 login": redrawn in place on a terminal, one line per login in a log. */
function progressLine(done: number, total: number, login: string, tty: boolean): string {
  const filled = Math.round((done / total) * BAR_WIDTH);
  const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${login}`;
  return tty ? `\r${line.padEnd(BAR_WIDTH + 50)}` : `${line}\n`;
}

// Run when started as a script (npm run pyvet), not when imported by tests.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const code = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stderrIsTty: Boolean(process.stderr.isTTY),
  });
  process.exitCode = code;
}
