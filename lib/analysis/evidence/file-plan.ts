import type { TreeEntry } from './snapshot';
import { yamlScalar } from './yaml-scalar';

/**
 * Which small files to download for one repository, chosen by what each can
 * tell: the manifest that declares the application's runtime dependencies,
 * the CI configuration that runs the tests, the README, and the files that
 * pin a runtime (a Dockerfile, .python-version). Each raw download costs no
 * API request but takes time and bandwidth, so a repository gets a budget.
 *
 * The plan is a pure function of the tree and what was read so far: asked
 * again after a first round, it adds the files those point to (a `-r`
 * include, a workspace member, the script a CI step runs, the Makefile
 * target) and drops what was read, most telling first.
 */
export const MAX_FILES_PER_REPO = 6;
/** Downloads across one analysis (five repositories at most). */
export const MAX_FILES_PER_ANALYSIS = 24;
/** Bigger files are generated or vendored, and not worth a download. */
export const MAX_DOWNLOAD_BYTES = 200 * 1024;

/**
 * 'container': a Dockerfile or compose file in a folder without a manifest of
 * its own, the only place that folder's stack is declared (a DAG folder run
 * by apache/airflow, an ETL image that pip-installs its packages).
 */
export type FileRole = 'readme' | 'manifest' | 'ci' | 'test-runner' | 'runtime-pin' | 'container' | 'include' | 'ci-script' | 'test-module';

/** Files whose reading decides the stack: left unread, they leave it unknown (not "not found"). */
export const declaresStack = (role: FileRole) => role === 'manifest' || role === 'include' || role === 'container';

export interface PlannedFile {
  path: string;
  role: FileRole;
}

/** Other languages' manifests: a folder with one is not a Python project (a frontend/ with its Dockerfile). */
const OTHER_MANIFEST_NAMES = ['package.json', 'go.mod', 'Cargo.toml', 'pom.xml', 'build.gradle', 'Gemfile', 'composer.json'];
/** Folders at the root that hold the build recipes of the repository's project: compose/production/django/Dockerfile, docker/Dockerfile. */
const RECIPES_FOLDER = /^(compose|docker|\.docker|dockerfiles|deploy|deployment|ops)\//i;
/** Manifests, most informative first. */
const MANIFEST_NAMES = ['pyproject.toml', 'requirements.txt', 'setup.cfg', 'setup.py', 'Pipfile', 'environment.yml', 'environment.yaml'];
/** In a `requirements/` folder, the file for the running application says the most about the stack. */
const PREFERRED_REQUIREMENTS = ['base', 'prod', 'production', 'common', 'main', 'requirements'];
/** Folders that usually hold the application of a repository with several parts. */
const APPLICATION_FOLDERS = ['backend', 'server', 'api', 'app', 'service', 'src'];
/** Folders whose every child may be a service or package of its own. */
const MULTI_PROJECT_FOLDERS = ['services', 'packages', 'apps', 'projects', 'libs'];
/** Workflow names that usually run the test suite, most likely first. */
const TEST_WORKFLOW_WORDS = ['test', 'tox', 'ci', 'python', 'build', 'check'];
/** CI services besides GitHub Actions, each a single file. */
export const OTHER_CI_FILES = ['.travis.yml', '.gitlab-ci.yml', '.circleci/config.yml', 'azure-pipelines.yml', 'appveyor.yml', 'Jenkinsfile'];
const README_NAMES = ['readme.md', 'readme.markdown', 'readme.rst', 'readme.txt', 'readme'];
/** Tiny files that name the Python a project runs on. */
const PYTHON_VERSION_FILES = ['.python-version', 'runtime.txt'];

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

/** Any file that configures continuous integration: a workflow or another service's file. */
export function isCiPath(path: string): boolean {
  return isWorkflowPath(path) || OTHER_CI_FILES.includes(path);
}

/**
 * Code the candidate committed but did not write: virtual environments,
 * installed packages, JavaScript dependencies. Counting it would credit them
 * with other people's tests and frameworks.
 */
export function isVendoredPath(path: string): boolean {
  return /(^|\/)(node_modules|site-packages|\.?venv|\.?virtualenv|\.tox|\.nox|vendor|third_party)(\/|$)/i.test(path);
}

/**
 * A Dockerfile by any of its usual names (Dockerfile, Dockerfile.dev, api.Dockerfile, DockerFile);
 * Podman and Buildah call the same file a Containerfile.
 */
export const DOCKERFILE_PATH = /(^|\/)([^/]+\.)?(dockerfile|containerfile)([.-][\w-]+)?$/i;

export function isDockerfilePath(path: string): boolean {
  return DOCKERFILE_PATH.test(path);
}

/** A Docker Compose file: docker-compose.yml, compose.yaml, docker-compose.prod.yml. */
export function isComposePath(path: string): boolean {
  return /(^|\/)(docker-)?compose(\.[\w-]+)*\.ya?ml$/i.test(path);
}

/** The folder a path is in, with a trailing slash ("" at the root). */
export const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * Everything worth reading that has not been read yet, most telling first.
 * `files` holds what earlier rounds downloaded (absent = not downloaded).
 */
export function planDownloads(tree: readonly TreeEntry[], files: Readonly<Record<string, string>> = {}): PlannedFile[] {
  const blobs = new Map(
    tree
      .filter((entry) => entry.type === 'blob' && (entry.size ?? 0) <= MAX_DOWNLOAD_BYTES && !isVendoredPath(entry.path))
      .map((entry) => [entry.path, entry]),
  );
  // Listed once: trees can hold thousands of paths, and every step below looks through them.
  const paths = [...blobs.keys()];
  const entries = [...blobs.values()];
  const has = (path: string) => blobs.has(path);
  const plan: PlannedFile[] = [];
  const want = (path: string | undefined, role: FileRole) => {
    if (path !== undefined && has(path) && !(path in files) && !plan.some((planned) => planned.path === path)) plan.push({ path, role });
  };

  const manifestFolders = manifestFoldersOf(paths);
  const otherProjects = new Set(paths.filter((path) => OTHER_MANIFEST_NAMES.includes(baseName(path))).map(folderOf));
  // A Dockerfile or compose file declares a folder's stack only when no manifest does: next to one it
  // installs or runs what the manifest declares (or another language's packages), and in a recipes folder
  // (compose/local/django/Dockerfile) it builds the repository's project, whose manifest is elsewhere.
  const containerRole = (path: string): FileRole =>
    manifestFolders.has(folderOf(path)) || otherProjects.has(folderOf(path)) || (manifestFolders.size > 0 && RECIPES_FOLDER.test(path)) ? 'runtime-pin' : 'container';
  // Follow-ups first: what the files already read point to decides more than another guess from the tree.
  for (const path of followUps(files, has, paths)) want(path.path, path.role === 'runtime-pin' ? containerRole(path.path) : path.role);
  // When nothing read so far says what runs the tests, a test module is the one file that can.
  const read = Object.keys(files).length > 0;
  const testModule = sampleTestModule(paths);
  if (read && !runnerKnown(files, paths)) want(testModule, 'test-module');

  const readme = findRootReadme(entries);
  const roots = projectRoots(manifestFolders);
  const manifests = roots.flatMap((root) => manifestsIn(root, blobs));
  const ci = ciFiles(paths);
  want(readme?.path, 'readme');
  want(manifests[0], 'manifest');
  want(ci[0], 'ci');
  // A second manifest when the first may not be the runtime one: a subproject's, or setup.py's classifiers.
  want(manifests[1], 'manifest');
  want(['tox.ini', 'noxfile.py'].find(has), 'test-runner');
  const containers = containerFiles(entries);
  const otherLanguage = (path: string) => otherProjects.has(folderOf(path)) && !manifestFolders.has(folderOf(path));
  const dockerfile = dockerfileFor(
    roots,
    containers.map((entry) => entry.path).filter((path) => isDockerfilePath(path) && !otherLanguage(path)),
  );
  if (dockerfile) want(dockerfile, containerRole(dockerfile));
  want(PYTHON_VERSION_FILES.find(has), 'runtime-pin');
  for (const path of manifests.slice(2)) want(path, 'manifest');
  for (const path of composeAndDockerfilesInTurn(containers.filter((entry) => containerRole(entry.path) === 'container'))) want(path, 'container');
  // Next to a manifest, a compose file adds the services (a database, a broker); a recipe, the image's Python.
  const pins = containers.filter((entry) => containerRole(entry.path) === 'runtime-pin' && (isComposePath(entry.path) || RECIPES_FOLDER.test(entry.path)));
  for (const path of composeAndDockerfilesInTurn(pins)) want(path, 'runtime-pin');
  for (const path of ci.slice(1)) want(path, 'ci');
  // Otherwise last: how the suite is written (unittest classes under pytest), when the budget leaves room.
  if (read) want(testModule, 'test-module');
  return plan;
}

/** Whether the tree, or the configuration read so far (not a README, which may say anything), says what runs the tests. */
function runnerKnown(files: Readonly<Record<string, string>>, paths: readonly string[]): boolean {
  if (paths.some((path) => /(^|\/)(conftest\.py|pytest\.ini)$/.test(path))) return true;
  return Object.entries(files).some(
    ([path, text]) => !/(^|\/)readme/i.test(path) && /\bpy\.?test\b|\[tool\.pytest|\[tool:pytest\]|\bunittest\b|manage\.py\s+test\b/.test(text),
  );
}

/** The test module most likely to be a plain test file: test_*.py or *_test.py before a tests.py, then the shortest path. */
function sampleTestModule(paths: readonly string[]): string | undefined {
  const rank = (path: string) => (baseName(path) === 'tests.py' ? 1 : 0);
  return paths.filter(isTestModulePath).sort((a, b) => rank(a) - rank(b) || a.length - b.length || a.localeCompare(b))[0];
}

/** Folders that declare Python dependencies; a requirements/ folder belongs to the project above it. */
function manifestFoldersOf(paths: readonly string[]): Set<string> {
  return new Set(
    paths
      .filter((path) => MANIFEST_NAMES.includes(baseName(path)) || /(^|\/)requirements([^/]*\.txt|\/[^/]+\.txt)$/i.test(path))
      .map((path) => folderOf(path).replace(/(^|\/)requirements\/$/, '$1')),
  );
}

const depth = (folder: string) => folder.split('/').length - 1;

/**
 * Where the application's manifests are: the root, then a folder that holds
 * the application (backend/, server/, …) or each service of a monorepo.
 */
function projectRoots(manifestFolders: ReadonlySet<string>): string[] {
  // With nothing at the root, every folder that declares dependencies may be a part of the work (week-1/app/, …).
  if (!manifestFolders.has('')) {
    return [...manifestFolders].filter((folder) => depth(folder) <= 3 && !/^(docs?|tests?|examples?)\//.test(folder)).sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
  }
  const application = APPLICATION_FOLDERS.map((name) => `${name}/`).filter((folder) => manifestFolders.has(folder));
  const services = [...manifestFolders]
    .filter((folder) => depth(folder) === 2 && MULTI_PROJECT_FOLDERS.includes(folder.split('/')[0] ?? ''))
    .sort();
  const others = [...manifestFolders].filter((folder) => depth(folder) === 1 && !application.includes(folder) && !/^(docs?|tests?|examples?|requirements)\//.test(folder)).sort();
  return [...new Set(['', ...application, ...services, ...others])];
}

/** The best manifests of one project folder, runtime first; setup.py after setup.cfg unless it is the bigger one. */
function manifestsIn(root: string, blobs: ReadonlyMap<string, TreeEntry>): string[] {
  const sizeOf = (path: string) => blobs.get(path)?.size ?? 0;
  const setup = sizeOf(`${root}setup.py`) > sizeOf(`${root}setup.cfg`) ? ['setup.py', 'setup.cfg'] : ['setup.cfg', 'setup.py'];
  const requirementsFolder = [...blobs.keys()]
    .filter((path) => path.startsWith(`${root}requirements/`) && /^[^/]+\.txt$/.test(path.slice(root.length + 'requirements/'.length)))
    .sort((a, b) => requirementsRank(a) - requirementsRank(b) || a.localeCompare(b));
  const candidates = [
    `${root}pyproject.toml`,
    `${root}requirements.txt`,
    ...requirementsFolder,
    ...setup.map((name) => `${root}${name}`),
    `${root}Pipfile`,
    `${root}environment.yml`,
    `${root}environment.yaml`,
  ];
  return candidates.filter((path) => blobs.has(path));
}

function requirementsRank(path: string): number {
  const name = baseName(path).replace(/\.txt$/, '').toLowerCase();
  const preferred = PREFERRED_REQUIREMENTS.indexOf(name);
  if (preferred >= 0) return preferred;
  return isDevelopmentName(name) ? PREFERRED_REQUIREMENTS.length + 1 : PREFERRED_REQUIREMENTS.length;
}

/** Names of requirement files, extras and groups that hold tooling rather than the application's runtime. */
export function isDevelopmentName(name: string): boolean {
  return /(^|[-_.])(dev|develop|development|tests?|testing|lint|linting|docs?|typing|types|mypy|style|format|ci|qa|bench|benchmarks?|coverage|local|tox|nox|pre-commit)([-_.]|$)/i.test(
    name,
  );
}

/** CI files, the one most likely to run the tests first: a test workflow, another service's file, any workflow. */
function ciFiles(paths: readonly string[]): string[] {
  const workflowRank = (path: string) => {
    const name = baseName(path).toLowerCase();
    const word = TEST_WORKFLOW_WORDS.findIndex((w) => name.includes(w));
    return word >= 0 ? word : TEST_WORKFLOW_WORDS.length;
  };
  const workflows = paths.filter(isWorkflowPath).sort((a, b) => workflowRank(a) - workflowRank(b) || a.localeCompare(b));
  const likely = workflows.filter((path) => workflowRank(path) < TEST_WORKFLOW_WORDS.length);
  const others = OTHER_CI_FILES.filter((path) => paths.includes(path));
  return [...likely, ...others, ...workflows.filter((path) => !likely.includes(path))];
}

/** The Dockerfile of the application (of those the project's folders hold): at the root, else in the first project folder that has one. */
function dockerfileFor(roots: readonly string[], dockerfiles: readonly string[]): string | undefined {
  for (const root of roots) {
    const found = shortestIn(root, dockerfiles);
    if (found) return found;
  }
  return dockerfiles.filter((path) => path.split('/').length <= 3).sort((a, b) => a.length - b.length)[0];
}

/** The folder's Dockerfile with the shortest path ("Dockerfile" before "Dockerfile.dev"). */
function shortestIn(folder: string, dockerfiles: readonly string[]): string | undefined {
  return dockerfiles.filter((path) => folderOf(path) === folder).sort((a, b) => a.length - b.length)[0];
}

/** Dockerfiles and compose files of the project's own folders (three levels at most; not docs, tests or examples). */
function containerFiles(entries: readonly TreeEntry[]): TreeEntry[] {
  return entries.filter(
    (entry) =>
      (isDockerfilePath(entry.path) || isComposePath(entry.path)) &&
      depth(folderOf(entry.path)) <= 3 &&
      !isNotTestsFolder(entry.path) &&
      !/(^|\/)tests?\//i.test(entry.path),
  );
}

/**
 * Dockerfiles and compose files, most telling first: compose files and
 * Dockerfiles in turn, the bigger of each first (more services, more
 * installs), so that even two downloads see both the services a project runs
 * and the packages an image installs.
 */
function composeAndDockerfilesInTurn(entries: readonly TreeEntry[]): string[] {
  const bySize = (a: TreeEntry, b: TreeEntry) => (b.size ?? 0) - (a.size ?? 0) || a.path.localeCompare(b.path);
  const compose = entries.filter((entry) => isComposePath(entry.path)).sort(bySize);
  const dockerfiles = entries.filter((entry) => !isComposePath(entry.path)).sort(bySize);
  return Array.from({ length: Math.max(compose.length, dockerfiles.length) }, (_, i) => [compose[i], dockerfiles[i]])
    .flat()
    .flatMap((entry) => (entry ? [entry.path] : []));
}

/** What the files read so far point to, in the order it matters. */
function followUps(files: Readonly<Record<string, string>>, has: (path: string) => boolean, paths: readonly string[]): PlannedFile[] {
  const wanted: PlannedFile[] = [];
  for (const [path, text] of Object.entries(files)) {
    const folder = folderOf(path);
    if (/requirements[^/]*\.(txt|in)$/i.test(path) || /(^|\/)requirements\/[^/]+\.txt$/.test(path)) {
      for (const match of text.matchAll(/^\s*(?:-r|--requirement|-c|--constraint)(?:\s+|=)(\S+)/gm)) {
        wanted.push({ path: joinPath(folder, match[1] ?? ''), role: 'include' });
      }
    }
    if (isDockerfilePath(path) || baseName(path) === 'setup.py') {
      // `pip install -r requirements.txt` in a Dockerfile, `open('reqs/base-requirements.txt')` in setup.py.
      const named = [...text.matchAll(/(?:-r\s+|["'])((?:[\w.-]+\/)*[\w.-]*requirements[\w.-]*\.(?:txt|in))\b/gi)].map((match) => match[1] ?? '');
      for (const file of named) wanted.push({ path: joinPath(folder, file), role: 'include' }, { path: file, role: 'include' });
    }
    if (isComposePath(path)) {
      // `build: ./parser`: the Dockerfile a service is built from is the one that matters.
      for (const dockerfile of builtDockerfiles(text, folder, paths)) wanted.push({ path: dockerfile, role: 'runtime-pin' });
    }
    if (baseName(path) === 'pyproject.toml') {
      for (const member of workspaceMembers(text)) {
        const pattern = globToRegExp(joinPath(folder, member));
        for (const candidate of paths.filter((p) => baseName(p) === 'pyproject.toml' && pattern.test(folderOf(p).slice(0, -1)))) {
          wanted.push({ path: candidate, role: 'manifest' });
        }
      }
    }
    if (isCiPath(path) || baseName(path) === 'tox.ini' || baseName(path) === 'Makefile' || /\.(sh|bash)$/.test(path)) {
      for (const script of scriptsCalled(text, folder, has)) wanted.push({ path: script, role: 'ci-script' });
      if (/(^|[\s;&|'"])make(\s+-\S+)*\s+[\w-]+/m.test(text) && baseName(path) !== 'Makefile') wanted.push({ path: 'Makefile', role: 'ci-script' });
      for (const match of text.matchAll(/uses:\s*\.\/(\.github\/workflows\/[^\s@'"]+\.ya?ml)/g)) wanted.push({ path: match[1] ?? '', role: 'ci' });
      if (/\btox\b/.test(text) && !path.endsWith('tox.ini')) wanted.push({ path: 'tox.ini', role: 'test-runner' });
      if (/\bnox\b/.test(text)) wanted.push({ path: 'noxfile.py', role: 'test-runner' });
    }
  }
  return wanted.filter(({ path }) => has(path) && !(path in files));
}

/**
 * The Dockerfiles a compose file builds its services from: `build: ./api`, or
 * `build:` with `context:` and `dockerfile:` under it (read line by line).
 */
function builtDockerfiles(compose: string, folder: string, paths: readonly string[]): string[] {
  const found: string[] = [];
  const lines = compose.split(/\r?\n/);
  lines.forEach((line, index) => {
    const build = /^(\s*)build\s*:\s*(.*)$/.exec(line);
    if (!build) return;
    let context = yamlScalar(build[2] ?? '');
    let dockerfile = '';
    if (context === '') {
      const indent = (build[1] ?? '').length;
      for (const next of lines.slice(index + 1)) {
        if (next.trim() === '' || next.trim().startsWith('#')) continue;
        if (next.search(/\S/) <= indent) break;
        context = yamlScalar(/^\s*context\s*:\s*(.*)$/.exec(next)?.[1] ?? '') || context;
        dockerfile = yamlScalar(/^\s*dockerfile\s*:\s*(.*)$/.exec(next)?.[1] ?? '') || dockerfile;
      }
    }
    const contextFolder = joinPath(folder, context || '.');
    const prefix = contextFolder === '' ? '' : `${contextFolder}/`;
    if (dockerfile !== '') found.push(joinPath(prefix, dockerfile));
    else {
      const built = shortestIn(prefix, paths.filter(isDockerfilePath));
      if (built) found.push(built);
    }
  });
  return found;
}

/** `[tool.uv.workspace] members = ["backend", "packages/*"]`, read with a light touch (the TOML reader runs later). */
function workspaceMembers(pyproject: string): string[] {
  const section = /^\[tool\.uv\.workspace\][^[]*/m.exec(pyproject)?.[0] ?? '';
  const list = /members\s*=\s*\[([^\]]*)\]/.exec(section)?.[1] ?? '';
  return [...list.matchAll(/["']([^"']+)["']/g)].map((match) => match[1] ?? '').filter(Boolean);
}

/** Shell scripts a CI step or a Makefile runs: `bash scripts/test.sh`, `./scripts/tests-start.sh`, `sh ci/run.sh`. */
function scriptsCalled(text: string, folder: string, has: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:^|[\s;&|'"=(])(?:(?:ba)?sh\s+)?\.?\/?((?:[\w.-]+\/)*[\w.-]+\.(?:sh|bash))\b/gm)) {
    const script = match[1] ?? '';
    // A step may run from the root or from its project folder (working-directory: backend).
    found.push(...[script, joinPath(folder, script)].filter(has));
    found.push(...[...APPLICATION_FOLDERS].map((name) => `${name}/${script}`).filter(has));
  }
  return [...new Set(found)];
}

export function isTestModulePath(path: string): boolean {
  if (!path.endsWith('.py') || isVendoredPath(path) || isNotTestsFolder(path)) return false;
  const name = baseName(path);
  // Django projects split settings by environment: settings/tests.py configures the test run, it holds no tests.
  if (name === 'tests.py' && /(^|\/)settings\/tests\.py$/.test(path)) return false;
  return /^test_.+\.py$/.test(name) || /.+_test\.py$/.test(name) || name === 'tests.py';
}

/** Benchmarks, fixtures, examples and docs hold files named like tests that are not the test suite. */
export function isNotTestsFolder(path: string): boolean {
  return /(^|\/)(bench|benchmarks?|examples?|fixtures?|docs?|samples?|demos?|test[-_]?data|testdata)\//i.test(path);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `folder/` + a relative path with `./` and `../` resolved; absolute paths stay as they are, minus the slash. */
function joinPath(folder: string, relative: string): string {
  const parts = (relative.startsWith('/') ? relative.slice(1) : `${folder}${relative}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '§').replace(/\*/g, '[^/]*').replace(/§/g, '.*');
  return new RegExp(`^${escaped}$`);
}
