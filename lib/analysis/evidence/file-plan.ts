import type { TreeEntry } from './snapshot';

/**
 * Which small files to download for one repository. Every download costs an
 * API request, so a repository gets at most three: its dependency manifest,
 * the CI workflow most likely to run its tests, and its README. Everything
 * else is judged from the file tree alone.
 */
export const MAX_FILES_PER_REPO = 3;
/** Bigger files are generated or vendored, and not worth a request. */
export const MAX_DOWNLOAD_BYTES = 200 * 1024;

/** Dependency manifests at the root, most informative first. */
const ROOT_MANIFESTS = ['pyproject.toml', 'requirements.txt'];
const LATER_ROOT_MANIFESTS = ['Pipfile', 'environment.yml', 'environment.yaml'];
/** In a `requirements/` folder, the file for the running application says the most about the stack. */
const PREFERRED_REQUIREMENTS = ['base', 'prod', 'production', 'common', 'main'];
/** Workflow names that usually run the test suite, most likely first. */
const TEST_WORKFLOW_WORDS = ['test', 'tox', 'ci', 'python', 'build'];
const README_NAMES = ['readme.md', 'readme.markdown', 'readme.rst', 'readme.txt', 'readme'];

export function planFileDownloads(tree: readonly TreeEntry[]): string[] {
  const downloadable = tree.filter((entry) => entry.type === 'blob' && (entry.size ?? 0) <= MAX_DOWNLOAD_BYTES);
  const plan = [chooseManifest(downloadable), chooseWorkflow(downloadable), findRootReadme(downloadable)?.path];
  return plan.filter((path) => path !== undefined).slice(0, MAX_FILES_PER_REPO);
}

/** The root README, preferring Markdown, then reStructuredText, then plain text. Names are case-insensitive. */
export function findRootReadme(tree: readonly TreeEntry[]): TreeEntry | undefined {
  for (const name of README_NAMES) {
    const found = tree.find((entry) => entry.type === 'blob' && entry.path.toLowerCase() === name);
    if (found) return found;
  }
  return undefined;
}

/** A GitHub Actions workflow: a YAML file directly in `.github/workflows/`. */
export function isWorkflowPath(path: string): boolean {
  return /^\.github\/workflows\/[^/]+\.ya?ml$/i.test(path);
}

/**
 * Code the candidate committed but did not write: virtual environments,
 * installed packages, JavaScript dependencies. Counting it would credit them
 * with other people's tests and frameworks.
 */
export function isVendoredPath(path: string): boolean {
  return /(^|\/)(node_modules|site-packages|\.?venv|\.?virtualenv|\.tox|\.nox|vendor|third_party)(\/|$)/i.test(path);
}

function chooseManifest(blobs: readonly TreeEntry[]): string | undefined {
  const paths = new Set(blobs.map((entry) => entry.path));
  const candidates = [
    ...ROOT_MANIFESTS,
    ...requirementsFolderFiles(blobs),
    ...setupFiles(blobs),
    ...LATER_ROOT_MANIFESTS,
  ];
  return candidates.find((path) => paths.has(path));
}

/**
 * setup.cfg before setup.py, unless setup.py is the bigger one: next to a
 * full setup.py, a setup.cfg often holds only tool settings ("[wheel]
 * universal = 1"), and next to a declarative setup.cfg, setup.py is a one-line shim.
 */
function setupFiles(blobs: readonly TreeEntry[]): string[] {
  const sizeOf = (path: string) => blobs.find((entry) => entry.path === path)?.size ?? 0;
  return sizeOf('setup.py') > sizeOf('setup.cfg') ? ['setup.py', 'setup.cfg'] : ['setup.cfg', 'setup.py'];
}

/** `requirements/*.txt`: the base or production file first, development and test files last. */
function requirementsFolderFiles(blobs: readonly TreeEntry[]): string[] {
  const files = blobs
    .map((entry) => entry.path)
    .filter((path) => /^requirements\/[^/]+\.txt$/.test(path))
    .sort();
  const rank = (path: string) => {
    const name = path.slice('requirements/'.length, -'.txt'.length).toLowerCase();
    const preferred = PREFERRED_REQUIREMENTS.indexOf(name);
    if (preferred >= 0) return preferred;
    return /dev|test|lint|doc/.test(name) ? PREFERRED_REQUIREMENTS.length + 1 : PREFERRED_REQUIREMENTS.length;
  };
  return files.sort((a, b) => rank(a) - rank(b));
}

/** The workflow whose name suggests tests; any workflow is better than none. */
function chooseWorkflow(blobs: readonly TreeEntry[]): string | undefined {
  const rank = (path: string) => {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    const word = TEST_WORKFLOW_WORDS.findIndex((w) => name.includes(w));
    return word >= 0 ? word : TEST_WORKFLOW_WORDS.length;
  };
  const workflows = blobs
    .map((entry) => entry.path)
    .filter(isWorkflowPath)
    .sort();
  return workflows.sort((a, b) => rank(a) - rank(b))[0];
}
