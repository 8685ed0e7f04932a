import { z } from 'zod';
import { readDependencyFiles } from './dependency-files';
import { isCiPath, isNotTestsFolder, isTestModulePath, isVendoredPath } from './file-plan';
import { type Evidence, evidenceIn, EvidenceSchema, type RepoSnapshot, type TreeEntry } from './snapshot';
import { plural } from '../../text/plural';

export const TestFrameworkSchema = z.enum(['pytest', 'unittest', 'tox', 'nox']);
export type TestFramework = z.infer<typeof TestFrameworkSchema>;

/** Whether a repository has tests, how many, what runs them, and whether CI does. */
export const TestsEvidenceSchema = z.object({
  /** At least one test file, or Python code in a tests folder. Configuration alone is not tests. */
  present: z.boolean(),
  frameworks: z.array(TestFrameworkSchema),
  /** test_*.py, *_test.py and Django's tests.py. */
  testFileCount: z.number(),
  /** Other .py files, outside tests folders; setup.py, conftest.py and noxfile.py are tooling, not source. */
  sourceFileCount: z.number(),
  /** testFileCount / sourceFileCount to two decimals; null without source files. */
  testToSourceRatio: z.number().nullable(),
  /**
   * 'yes': a CI file that was read runs tests. 'no': every CI file was read
   * and none does. 'unknown': there is CI that was not read. 'no-ci': none.
   */
  ciRunsTests: z.enum(['yes', 'no', 'unknown', 'no-ci']),
  /**
   * Most telling first, at most five. Kinds: 'ci-tests' (a CI file runs them),
   * 'ci' (CI whose verdict is 'no' or 'unknown'), 'test-dir', 'test-file',
   * 'test-config', 'test-dependency'.
   */
  evidence: z.array(EvidenceSchema),
  /** GitHub cut the tree short: the counts are a lower bound. */
  partial: z.boolean(),
});
export type TestsEvidence = z.infer<typeof TestsEvidenceSchema>;

const MAX_EVIDENCE = 5;
const TEST_DIR_NAMES = new Set(['tests', 'test']);
const TOOLING_FILES = new Set(['setup.py', 'conftest.py', 'noxfile.py']);

/** Files whose mere presence configures a test runner. */
const CONFIG_FILES: { name: string; framework: TestFramework; detail: string }[] = [
  { name: 'pytest.ini', framework: 'pytest', detail: 'pytest is configured in pytest.ini.' },
  { name: 'conftest.py', framework: 'pytest', detail: 'pytest fixtures in conftest.py.' },
  { name: 'tox.ini', framework: 'tox', detail: 'tox runs the tests across environments (tox.ini).' },
  { name: 'noxfile.py', framework: 'nox', detail: 'nox sessions are defined in noxfile.py.' },
];

/** Sections of downloaded files that configure pytest. */
const CONFIG_SECTIONS: { file: string; section: RegExp; detail: string }[] = [
  {
    file: 'pyproject.toml',
    section: /^\s*\[tool\.pytest\.ini_options\]/m,
    detail: 'pytest is configured in pyproject.toml.',
  },
  { file: 'setup.cfg', section: /^\s*\[tool:pytest\]/m, detail: 'pytest is configured in setup.cfg.' },
  { file: 'tox.ini', section: /^\s*\[pytest\]/m, detail: 'pytest is configured in tox.ini.' },
];
/** tox configured inside pyproject.toml (tox 4's `[tool.tox]`, or the legacy ini string). */
const TOX_IN_PYPROJECT = /^\s*\[tool\.tox(\]|\.)/m;

/**
 * A test module written with unittest: TestCase classes (Django's and DRF's
 * included) or unittest.main(). `from unittest.mock import patch` is a
 * mocking library any pytest suite uses, not the framework.
 */
const UNITTEST_STYLE =
  /\bunittest\.(TestCase|IsolatedAsyncioTestCase|main)\b|^\s*from unittest import [^\n]*\b(TestCase|IsolatedAsyncioTestCase)\b|^\s*from (django\.test|rest_framework\.test)\b/m;

/** What a nox session runs: `session.run("pytest", …)`, `session.run("python", "-m", "unittest", …)`. */
const NOX_SESSION_RUNS: { pattern: RegExp; framework: TestFramework }[] = [
  { pattern: /session\.run\(\s*["']py\.?test["']|["']-m["']\s*,\s*["']pytest["']/, framework: 'pytest' },
  { pattern: /["']-m["']\s*,\s*["']unittest["']/, framework: 'unittest' },
];

/** Dependencies that only a tested project needs. */
const TEST_PACKAGES: { name: RegExp; framework: TestFramework | null }[] = [
  { name: /^pytest(-.+)?$/, framework: 'pytest' },
  { name: /^tox$/, framework: 'tox' },
  { name: /^nox$/, framework: 'nox' },
  { name: /^unittest2$/, framework: 'unittest' },
  { name: /^coverage$/, framework: null },
];

/**
 * Commands in a CI file that run a test suite. A name followed by "." or "-"
 * is a file or another tool (tox.ini, pytest-cov), not the command.
 */
const TEST_COMMANDS: { command: RegExp; framework: TestFramework | null }[] = [
  { command: /\bpy\.?test\b(?![.-])/, framework: 'pytest' },
  { command: /\btox\b(?![.-])/, framework: 'tox' },
  { command: /\bnox\b(?![.-])/, framework: 'nox' },
  // `python -m unittest`, also under coverage: `coverage run --source=app -m unittest`.
  { command: /(\bpython[\d.]*|\bcoverage\s+run(\s+--?[\w-]+(=\S+)?)*)\s+-m\s+unittest\b/, framework: 'unittest' },
  // A test package run as a module: `python -m simplejson.tests`.
  { command: /\bpython[\d.]*\s+-m\s+[\w.]*\btests?\b/, framework: null },
  // Django's test runner is built on unittest; django-jenkins runs it for Jenkins.
  { command: /\bmanage\.py\s+(test|jenkins)\b/, framework: 'unittest' },
  { command: /\bsetup\.py\s+test\b/, framework: null },
  { command: /\b(nosetests|nose2|unit2|green|trial)\b(?![.-])/, framework: null },
  { command: /\bcoverage\s+run\b/, framework: null },
  { command: /\bmake\s+(test|tests|check)\b/, framework: null },
  // A script named for the tests (scripts/test.sh, tests-start.sh, run_tests.sh).
  { command: /(^|[\s/])[\w.-]*tests?[\w.-]*\.(sh|bash)\b/, framework: null },
];
/** Lines that mention a test runner without running it: installing one, or naming a step after it. */
const NOT_A_RUN = /\b(pip3?|uv\s+pip|conda|mamba|apt(-get)?)\s+install\b|\bpoetry\s+add\b|\buv\s+add\b/;
/** YAML and INI keys whose value is a command to run; any other key's value is configuration, not a command. */
const COMMAND_KEYS = new Set(['run', 'script', 'scripts', 'command', 'commands', 'cmd', 'test', 'test_script', 'build_script']);
/** A reusable workflow or a CI template whose name says it runs the tests (`uses: org/workflows/.github/workflows/tox.yml@v1`). */
const SHARED_TEST_WORKFLOW = /^\s*-?\s*(uses|template)\s*:\s*\S*(test|tox|nox|pytest)[\w.-]*\.ya?ml(@\S+)?\s*$/i;

export function detectTests(snapshot: RepoSnapshot): TestsEvidence {
  const own = snapshot.tree.filter((entry) => !isVendoredPath(entry.path));
  const evidence = evidenceIn(snapshot);
  const frameworks = new Set<TestFramework>();

  const ci = readCi(snapshot, own);
  ci.frameworks.forEach((framework) => frameworks.add(framework));
  const ciEvidence = ci.shown ? [evidence(ci.shown.kind, ci.shown.path, ci.shown.detail)] : [];

  const pythonFiles = own.filter((entry) => entry.type === 'blob' && entry.path.endsWith('.py'));
  const testFiles = pythonFiles.filter((entry) => isTestModulePath(entry.path));
  const testDirs = findTestDirs(own.filter((entry) => !isNotTestsFolder(entry.path)));
  const inTestDir = (path: string) => testDirs.some((dir) => path.startsWith(`${dir}/`));
  const sourceFiles = pythonFiles.filter(
    (entry) => !isTestModulePath(entry.path) && !inTestDir(entry.path) && !isNotTestsFolder(entry.path) && !TOOLING_FILES.has(baseName(entry.path)),
  );
  const dirEvidence = testDirs.slice(0, 2).map((dir) => {
    const count = testFiles.filter((entry) => entry.path.startsWith(`${dir}/`)).length;
    return evidence('test-dir', dir, `Tests folder ${dir}/ with ${plural(count, 'test file')}.`, 'tree');
  });

  const configEvidence: Evidence[] = [];
  for (const config of CONFIG_FILES) {
    const file = own.find((entry) => entry.type === 'blob' && baseName(entry.path) === config.name);
    if (!file) continue;
    frameworks.add(config.framework);
    configEvidence.push(evidence('test-config', file.path, config.detail));
  }
  for (const config of CONFIG_SECTIONS) {
    if (!config.section.test(snapshot.files[config.file] ?? '')) continue;
    frameworks.add('pytest');
    configEvidence.push(evidence('test-config', config.file, config.detail));
  }

  if (TOX_IN_PYPROJECT.test(snapshot.files['pyproject.toml'] ?? '')) {
    frameworks.add('tox');
    configEvidence.push(evidence('test-config', 'pyproject.toml', 'tox runs the tests across environments ([tool.tox] in pyproject.toml).'));
  }

  const dependencyEvidence: Evidence[] = [];
  for (const file of readDependencyFiles(snapshot)) {
    const names = new Set<string>();
    for (const dependency of file.dependencies) {
      const known = TEST_PACKAGES.find((p) => p.name.test(dependency.name));
      if (!known) continue;
      names.add(dependency.name);
      if (known.framework) frameworks.add(known.framework);
    }
    if (names.size > 0) {
      const detail = `Declares ${[...names].join(', ')} (${file.path}).`;
      dependencyEvidence.push(evidence('test-dependency', file.path, detail));
    }
  }

  // What a runner configuration runs, when it was read: tox's commands, nox's sessions.
  const toxIni = snapshot.files['tox.ini'];
  if (toxIni !== undefined) for (const { command } of testCommands(toxIni, snapshot.files)) if (command.framework) frameworks.add(command.framework);
  for (const { pattern, framework } of NOX_SESSION_RUNS) if (pattern.test(snapshot.files['noxfile.py'] ?? '')) frameworks.add(framework);

  // A test module read to learn how the suite is written: unittest classes, or pytest.
  for (const file of testFiles) {
    const text = snapshot.files[file.path];
    if (text === undefined) continue;
    // TestCase classes beside plain test functions are helpers of a pytest suite, not its style.
    if (UNITTEST_STYLE.test(text) && !/^def test_/m.test(text)) frameworks.add('unittest');
    if (/^\s*(import pytest|from pytest\b)|@pytest\./m.test(text)) frameworks.add('pytest');
  }

  // A test module outside any tests folder is worth showing only when there is no folder to show.
  const looseTest = testDirs.length === 0 ? testFiles[0] : undefined;
  const fileEvidence = looseTest ? [evidence('test-file', looseTest.path, `Test module ${looseTest.path}.`)] : [];

  const testCodeInFolder = pythonFiles.some((entry) => inTestDir(entry.path) && baseName(entry.path) !== '__init__.py');
  const present = testFiles.length > 0 || testCodeInFolder;
  return {
    present,
    // A configured runner with nothing to run says nothing about how the candidate tests.
    frameworks: present ? TestFrameworkSchema.options.filter((framework) => frameworks.has(framework)) : [],
    testFileCount: testFiles.length,
    sourceFileCount: sourceFiles.length,
    testToSourceRatio: sourceFiles.length > 0 ? Math.round((testFiles.length / sourceFiles.length) * 100) / 100 : null,
    ciRunsTests: ci.verdict,
    // Whether CI runs the tests says the most; then where the tests are, then how they are run.
    evidence: [
      ...ciEvidence,
      ...dirEvidence,
      ...fileEvidence,
      ...configEvidence.slice(0, 2),
      ...dependencyEvidence.slice(0, 1),
    ].slice(0, MAX_EVIDENCE),
    partial: snapshot.treeTruncated,
  };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}


/**
 * Folders named tests/ or test/ at any depth (src/pkg/tests), shallowest
 * first, without the ones nested in another. Folders are also inferred from
 * file paths, in case the tree lists blobs only.
 */
function findTestDirs(tree: readonly TreeEntry[]): string[] {
  const dirs = new Set<string>();
  for (const entry of tree) {
    const parts = entry.path.split('/');
    const folders = entry.type === 'tree' ? parts.length : parts.length - 1;
    for (let depth = 1; depth <= folders; depth++) {
      if (TEST_DIR_NAMES.has(parts[depth - 1] ?? '')) dirs.add(parts.slice(0, depth).join('/'));
    }
  }
  const sorted = [...dirs].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  return sorted.filter((dir) => !sorted.some((other) => other !== dir && dir.startsWith(`${other}/`)));
}

interface CiReading {
  verdict: TestsEvidence['ciRunsTests'];
  /** The CI file to show: the first one that runs tests, or else one that explains the verdict. */
  shown: { kind: 'ci-tests' | 'ci'; path: string; detail: string } | null;
  frameworks: TestFramework[];
}

/** Reads the CI files that were downloaded; never guesses about the others. */
function readCi(snapshot: RepoSnapshot, tree: readonly TreeEntry[]): CiReading {
  const ciFiles = tree.filter((entry) => entry.type === 'blob' && isCiPath(entry.path)).map((entry) => entry.path);
  const firstCi = ciFiles[0];
  if (firstCi === undefined) return { verdict: 'no-ci', shown: null, frameworks: [] };

  const frameworks: TestFramework[] = [];
  let shown: CiReading['shown'] = null;
  for (const path of ciFiles) {
    const text = path === 'Jenkinsfile' ? jenkinsSteps(snapshot.files[path] ?? '') : (snapshot.files[path] ?? '');
    for (const { command, line } of testCommands(text, snapshot.files)) {
      if (command.framework) frameworks.push(command.framework);
      shown ??= { kind: 'ci-tests', path, detail: `CI runs the tests: "${line}".` };
    }
    const shared = text.split(/\r?\n/).find((line) => SHARED_TEST_WORKFLOW.test(stripComment(line)));
    if (shared) shown ??= { kind: 'ci-tests', path, detail: `CI runs the tests with a shared workflow: "${shortenCommand(shared)}".` };
  }
  if (shown) return { verdict: 'yes', shown, frameworks };

  const unread = ciFiles.find((path) => snapshot.files[path] === undefined);
  if (unread) {
    const detail = `CI is configured in ${unread}; it was not read, so whether it runs the tests is unknown.`;
    return { verdict: 'unknown', shown: { kind: 'ci', path: unread, detail }, frameworks };
  }
  const detail = `CI is configured in ${firstCi} but runs no test command pyvet recognizes.`;
  return { verdict: 'no', shown: { kind: 'ci', path: firstCi, detail }, frameworks };
}

/**
 * The commands of a CI file (or of a script, tox.ini or Makefile it calls)
 * that run a test suite, with what each matched. A command is the value of a
 * `run:`/`script:`/`commands` key, a line of a block or list under one, or a
 * recipe line of the Makefile target called; other keys' values (`path:
 * .nox/.cache`, a matrix of package names) are settings, not commands.
 */
export function testCommands(
  text: string,
  files: Readonly<Record<string, string>>,
  depth = 0,
): { command: (typeof TEST_COMMANDS)[number]; line: string }[] {
  return commandLines(text).flatMap((line) => {
    if (NOT_A_RUN.test(line)) return [];
    const command = TEST_COMMANDS.find((c) => c.command.test(line));
    if (command) return [{ command, line: shortenCommand(line) }];
    // Scripts and Makefile targets the command runs, when they were read: one level down.
    if (depth > 0) return [];
    return calledCommands(line, files).flatMap((called) =>
      testCommands(called, files, depth + 1).map((found) => ({ ...found, line: `${shortenCommand(line)} → ${found.line}` })),
    );
  });
}

function commandLines(text: string): string[] {
  const commands: string[] = [];
  const keys: { indent: number; key: string }[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '');
    const body = line.trim();
    if (body === '' || /^[{[]/.test(body)) continue;
    const indent = line.length - line.trimStart().length;
    const listItem = /^-\s+/.test(body);
    const content = body.replace(/^-\s+/, '');
    const keyed = /^["']?([\w.-]+)["']?\s*[:=](?:\s+(.*)|\s*$)/.exec(content);
    if (keyed) {
      const keyIndent = listItem ? indent + 2 : indent;
      while (keys.length > 0 && keys[keys.length - 1]!.indent >= keyIndent) keys.pop();
      const key = (keyed[1] ?? '').toLowerCase();
      const value = keyed[2]?.trim() ?? '';
      if (COMMAND_KEYS.has(key) && value !== '' && !/^[|>][-+]?$/.test(value)) commands.push(value.replace(/^["']|["']$/g, ''));
      keys.push({ indent: keyIndent, key });
      continue;
    }
    // A plain line belongs to the nearest key above it (YAML lets a list sit at its key's own indent).
    while (keys.length > 0 && keys[keys.length - 1]!.indent > indent) keys.pop();
    if (!listItem) while (keys.length > 0 && keys[keys.length - 1]!.indent === indent) keys.pop();
    if (COMMAND_KEYS.has(keys[keys.length - 1]?.key ?? '')) commands.push(content);
  }
  return commands;
}

/** What a command runs that may hold the test command: the scripts it calls, the Makefile targets it makes. */
function calledCommands(command: string, files: Readonly<Record<string, string>>): string[] {
  const called: string[] = [];
  for (const match of command.matchAll(/(?:^|\s)(?:(?:ba)?sh\s+)?\.?\/?((?:[\w.-]+\/)*[\w.-]+\.(?:sh|bash))\b/g)) {
    const script = Object.keys(files).find((path) => path === match[1] || path.endsWith(`/${match[1]}`));
    // A script's every line is a command.
    if (script) called.push(...(files[script] ?? '').split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean));
  }
  const make = /\bmake\s+((?:[\w-]+\s*)+)/.exec(command);
  const makefile = files['Makefile'] ?? files['GNUmakefile'];
  if (make && makefile) called.push(...makeRecipes(makefile, (make[1] ?? '').trim().split(/\s+/)));
  return called.map((line) => `run: ${line}`);
}

/** The recipe lines of Makefile targets, and of the targets they depend on (one level). */
function makeRecipes(makefile: string, targets: readonly string[], depth = 0): string[] {
  const lines = makefile.split(/\r?\n/);
  const recipes: string[] = [];
  for (const target of targets) {
    const at = lines.findIndex((line) => new RegExp(`^${target.replace(/[-.]/g, '\\$&')}\\s*:(?!=)`).test(line));
    if (at < 0) continue;
    const prerequisites = (lines[at] ?? '').split(':')[1]?.trim().split(/\s+/).filter(Boolean) ?? [];
    for (let i = at + 1; i < lines.length && /^\t/.test(lines[i] ?? ''); i++) recipes.push((lines[i] ?? '').trim().replace(/^[@-]+/, ''));
    if (depth === 0) recipes.push(...makeRecipes(makefile, prerequisites, 1));
  }
  return recipes;
}

/** Whether a CI file (with the files it calls, when read) runs the test suite. */
export function ciFileRunsTests(text: string, files: Readonly<Record<string, string>>): boolean {
  return testCommands(text, files).length > 0 || text.split(/\r?\n/).some((line) => SHARED_TEST_WORKFLOW.test(stripComment(line)));
}

const stripComment = (line: string) => line.replace(/(^|\s)#.*$/, '');

/** A Jenkinsfile's shell steps (`sh 'python manage.py test'`) as commands. */
function jenkinsSteps(text: string): string {
  return [...text.matchAll(/\b(?:sh|bat)\s*\(?\s*(['"]{1,3})([\s\S]*?)\1/g)].map((match) => `run: ${(match[2] ?? '').replace(/\s+/g, ' ').trim()}`).join('\n');
}

/** "python -m pytest -q", cut to a readable length. */
function shortenCommand(line: string): string {
  const command = line.replace(/^-?\s*(run|script|commands|command)?\s*:\s*/, '').replace(/^-\s+/, '').trim();
  return command.length > 60 ? `${command.slice(0, 59)}…` : command;
}
