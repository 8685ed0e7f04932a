import { isCiPath, isComposePath, isDockerfilePath, isWorkflowPath } from './file-plan';
import { imageIs, imagesIn } from './images';
import type { RepoSnapshot } from './snapshot';

/**
 * Which Python versions a repository names, from the files pyvet read: the
 * versions it runs on (a Dockerfile's base image, .python-version,
 * runtime.txt, a conda environment, a compose service's image, Pipfile's python_version, a Makefile's
 * `python3.8`), and the versions its CI and tox test. Read as text only.
 */
export interface PythonVersionSeen {
  /** "3.9", "2.7": major and minor only. */
  version: string;
  path: string;
  /** What in the file names it, e.g. "FROM python:3.9-slim". */
  quote: string;
}

export interface PythonVersions {
  /** What the project runs on. */
  runtime: PythonVersionSeen[];
  /** What its CI and tox environments test. */
  tested: PythonVersionSeen[];
}

export function readPythonVersions(snapshot: RepoSnapshot): PythonVersions {
  const runtime: PythonVersionSeen[] = [];
  const tested: PythonVersionSeen[] = [];
  for (const [path, text] of Object.entries(snapshot.files)) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (isDockerfilePath(path) || isComposePath(path)) runtime.push(...fromImages(path, text));
    else if (name === '.python-version') runtime.push(...firstVersion(path, text.split(/\r?\n/).find((line) => line.trim() && !line.startsWith('#')) ?? ''));
    else if (name === 'runtime.txt') runtime.push(...firstVersion(path, /python-(\d[\d.]*)/.exec(text)?.[0] ?? ''));
    else if (/^environment[^/]*\.ya?ml$/.test(name)) runtime.push(...matches(path, text, /^\s*-\s*python\s*[=<>~]=?\s*(\d+\.\d+)/gm));
    else if (name === 'Pipfile') runtime.push(...matches(path, text, /^\s*python_(?:full_)?version\s*=\s*["'](\d+\.\d+)/gm));
    else if (name === 'Makefile' || name === 'GNUmakefile') runtime.push(...matches(path, text, /\bpython(\d\.\d{1,2})\b/g));

    // A scheduled workflow that runs the project's own script is where the project runs.
    if (isWorkflowPath(path) && runsProjectOnSchedule(text)) runtime.push(...versionsInConfig(path, text));
    else if (isCiPath(path) || name === 'tox.ini' || name === 'noxfile.py' || name === 'pyproject.toml') tested.push(...versionsInConfig(path, text));
  }
  return { runtime, tested };
}

/**
 * A workflow on a `schedule:` that runs a Python script or module of the
 * project (`python run.py --run-once`, `python -m scraper`), and no tests:
 * a bot or a job deployed on GitHub Actions.
 */
export function runsProjectOnSchedule(workflow: string): boolean {
  if (!/^\s*schedule\s*:/m.test(workflow)) return false;
  const runs = [...workflow.matchAll(/\bpython3?(?:\.\d+)?\s+(?:-m\s+([\w.]+)|([\w./-]+\.py)\b)/g)];
  const isTooling = (module: string) => /^(pip|venv|build|pytest|unittest|tox|nox|coverage|mypy|ruff|flake8|pylint|black|twine)$/.test(module);
  const isTestScript = (script: string) => /test/i.test(script);
  const projectRuns = runs.filter(([, module, script]) => (module ? !isTooling(module) && !isTestScript(module) : !isTestScript(script ?? '')));
  return projectRuns.length > 0 && !/\b(pytest|unittest|tox|nox)\b/.test(workflow);
}

/** The newest version among those seen; null when none was. */
export function newest(seen: readonly PythonVersionSeen[]): PythonVersionSeen | null {
  const rank = (version: string) => version.split('.').map(Number);
  return seen.reduce<PythonVersionSeen | null>((best, item) => {
    if (!best) return item;
    const [a = 0, b = 0] = rank(item.version);
    const [c = 0, d = 0] = rank(best.version);
    return a > c || (a === c && b > d) ? item : best;
  }, null);
}

function majorMinor(version: string): string | null {
  const match = /^(\d)\.(\d{1,2})/.exec(version);
  return match && (match[1] === '2' || match[1] === '3') ? `${match[1]}.${match[2]}` : null;
}

function firstVersion(path: string, quote: string): PythonVersionSeen[] {
  const version = majorMinor(/\d+\.\d+/.exec(quote)?.[0] ?? '');
  return version ? [{ version, path, quote: quote.trim().slice(0, 80) }] : [];
}

function matches(path: string, text: string, pattern: RegExp): PythonVersionSeen[] {
  return [...text.matchAll(pattern)].flatMap((match) => {
    const version = majorMinor(match[1] ?? '');
    return version ? [{ version, path, quote: match[0].trim().slice(0, 80) }] : [];
  });
}

/**
 * The Python an image runs: `FROM python:3.9-slim` (an `ARG PYTHON_VERSION=3.9`
 * resolved) or a compose service's `image: python:3.9-slim`; in a Dockerfile
 * also a base image whose tag names its Python (`FROM apache/airflow:2.8.1-python3.8`).
 * A tag without a version (`python:slim`) is the current release and names none.
 */
function fromImages(path: string, text: string): PythonVersionSeen[] {
  const tagMayNamePython = isDockerfilePath(path);
  return imagesIn(path, text).flatMap((image) => {
    const tag = image.tag ?? '';
    const version =
      imageIs(image.name, ['python']) ? majorMinor(tag) : tagMayNamePython ? majorMinor(/python(\d\.\d{1,2})/.exec(tag)?.[1] ?? '') : null;
    return version ? [{ version, path, quote: image.quote.slice(0, 80) }] : [];
  });
}

/**
 * Versions a CI file, tox or nox tests: values under keys naming Python
 * (`python-version: ["3.8", "3.12"]`, Travis's `python:` list), Python images
 * (`image: python:3.7`, `cimg/python:3.8`) and tox environments (`py27`,
 * `py{36,37}`, `TOXENV=py38-core`). PyPy and "3.x" name no version.
 */
function versionsInConfig(path: string, text: string): PythonVersionSeen[] {
  const seen: PythonVersionSeen[] = [];
  const add = (raw: string, quote: string) => {
    const version = majorMinor(raw);
    if (version) seen.push({ version, path, quote: quote.trim().slice(0, 80) });
  };
  const isToml = path.endsWith('.toml');
  const lines = text.split(/\r?\n/);
  let listKeyIndent: number | null = null;
  let inFlowList = false;
  for (const raw of lines) {
    if (inFlowList) {
      // `python-version: [` … `]` over several lines.
      for (const match of raw.matchAll(/["']?(\d\.\d{1,2})["']?/g)) add(match[1] ?? '', raw);
      if (raw.includes(']')) inFlowList = false;
      continue;
    }
    const line = raw.replace(/(^|\s)#.*$/, '');
    const indent = line.search(/\S/);
    if (indent < 0) continue;
    if (listKeyIndent !== null) {
      const item = /^\s*-\s*["']?(\d\.\d{1,2})["']?\s*$/.exec(line);
      if (item && indent >= listKeyIndent) {
        add(item[1] ?? '', line);
        continue;
      }
      if (!/^\s*-/.test(line) || indent < listKeyIndent) listKeyIndent = null;
    }
    const pythonKey = /^\s*-?\s*["']?[\w-]*python[\w-]*["']?\s*[:=]\s*(.*)$/i.exec(line);
    if (pythonKey && !isToml) {
      const value = pythonKey[1] ?? '';
      if (value.trim() === '') listKeyIndent = indent;
      if (/^\s*\[[^\]]*$/.test(value)) inFlowList = true;
      for (const match of value.matchAll(/(?<![\w.-])["']?(\d\.\d{1,2})(?:\.\d+)?["']?(?![\w.])/g)) add(match[1] ?? '', line);
    }
    for (const match of line.matchAll(/(?:^|[\s"'/])python:(\d\.\d{1,2})/g)) add(match[1] ?? '', line);
    for (const match of line.matchAll(/\bpy\{([\d,\s]+)\}/g)) {
      for (const digits of (match[1] ?? '').split(',')) add(toxVersion(digits.trim()), line);
    }
    for (const match of line.matchAll(/(?<![\w])py(2\d|3\d{1,2})(?![\d])/g)) add(toxVersion(match[1] ?? ''), line);
  }
  return seen;
}

/** tox's "27" → "2.7", "310" → "3.10". */
function toxVersion(digits: string): string {
  return digits.length >= 2 ? `${digits[0]}.${digits.slice(1)}` : '';
}
