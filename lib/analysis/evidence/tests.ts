import { z } from 'zod';
import { readDependencyFiles } from './dependency-files';
import { isVendoredPath, isWorkflowPath } from './file-plan';
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
/** CI configuration besides GitHub Actions workflows. */
const OTHER_CI_FILES = ['.travis.yml', '.gitlab-ci.yml', '.circleci/config.yml', 'azure-pipelines.yml'];

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
  { command: /\bpython[\d.]*\s+-m\s+unittest\b/, framework: 'unittest' },
  // Django's test runner is built on unittest.
  { command: /\bmanage\.py\s+test\b/, framework: 'unittest' },
  { command: /\bcoverage\s+run\b/, framework: null },
  { command: /\bmake\s+(test|check)\b/, framework: null },
];
/** Lines that mention a test runner without running it: installing one, or naming a step after it. */
const NOT_A_RUN = /\b(pip3?|uv\s+pip|conda|mamba|apt(-get)?)\s+install\b|\bpoetry\s+add\b|^-?\s*name\s*:/;

export function detectTests(snapshot: RepoSnapshot): TestsEvidence {
  const own = snapshot.tree.filter((entry) => !isVendoredPath(entry.path));
  const evidence = evidenceIn(snapshot);
  const frameworks = new Set<TestFramework>();

  const ci = readCi(snapshot, own);
  ci.frameworks.forEach((framework) => frameworks.add(framework));
  const ciEvidence = ci.shown ? [evidence(ci.shown.kind, ci.shown.path, ci.shown.detail)] : [];

  const pythonFiles = own.filter((entry) => entry.type === 'blob' && entry.path.endsWith('.py'));
  const testFiles = pythonFiles.filter((entry) => isTestFile(entry.path));
  const testDirs = findTestDirs(own);
  const inTestDir = (path: string) => testDirs.some((dir) => path.startsWith(`${dir}/`));
  const sourceFiles = pythonFiles.filter(
    (entry) => !isTestFile(entry.path) && !inTestDir(entry.path) && !TOOLING_FILES.has(baseName(entry.path)),
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

  // A test module outside any tests folder is worth showing only when there is no folder to show.
  const looseTest = testDirs.length === 0 ? testFiles[0] : undefined;
  const fileEvidence = looseTest ? [evidence('test-file', looseTest.path, `Test module ${looseTest.path}.`)] : [];

  const testCodeInFolder = pythonFiles.some((entry) => inTestDir(entry.path) && baseName(entry.path) !== '__init__.py');
  return {
    present: testFiles.length > 0 || testCodeInFolder,
    frameworks: TestFrameworkSchema.options.filter((framework) => frameworks.has(framework)),
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


function isTestFile(path: string): boolean {
  const name = baseName(path);
  return /^test_.+\.py$/.test(name) || /.+_test\.py$/.test(name) || name === 'tests.py';
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
  const ciFiles = tree
    .filter((entry) => entry.type === 'blob' && (isWorkflowPath(entry.path) || OTHER_CI_FILES.includes(entry.path)))
    .map((entry) => entry.path);
  const firstCi = ciFiles[0];
  if (firstCi === undefined) return { verdict: 'no-ci', shown: null, frameworks: [] };

  const frameworks: TestFramework[] = [];
  let shown: CiReading['shown'] = null;
  for (const path of ciFiles) {
    for (const { command, line } of testCommands(snapshot.files[path] ?? '')) {
      if (command.framework) frameworks.push(command.framework);
      shown ??= { kind: 'ci-tests', path, detail: `CI runs the tests: "${line}".` };
    }
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

/** The lines of a CI file that run a test suite, with the command each matched. Comments are left out. */
function testCommands(text: string): { command: (typeof TEST_COMMANDS)[number]; line: string }[] {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, '').trim());
  return lines.flatMap((line) => {
    if (NOT_A_RUN.test(line)) return [];
    const command = TEST_COMMANDS.find((c) => c.command.test(line));
    return command ? [{ command, line: shortenCommand(line) }] : [];
  });
}

/** "- run: python -m pytest -q" → "python -m pytest -q", cut to a readable length. */
function shortenCommand(line: string): string {
  const command = line.replace(/^-?\s*(run|script|commands)?\s*:\s*/, '').replace(/^-\s+/, '');
  return command.length > 60 ? `${command.slice(0, 59)}…` : command;
}
