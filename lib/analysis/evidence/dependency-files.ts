import { parse as parseToml } from 'smol-toml';
import { z } from 'zod';
import { folderOf, isDevelopmentName, isDockerfilePath } from './file-plan';
import type { RepoSnapshot } from './snapshot';
import { yamlScalar } from './yaml-scalar';

/**
 * Readers for the files where Python projects declare what they depend on.
 * They read text only (setup.py is never run) and never throw: whatever could
 * not be read is listed in `problems`, and the rest is still returned.
 */

export const DependencySchema = z.object({
  /** PEP 503 normalized: lower case, each run of `-`, `_` and `.` becomes one `-`. */
  name: z.string(),
  /** The version constraint as written, without spaces (">=1.4,<2", "^2.2", "==3.2.*"); null for any version. */
  specifier: z.string().nullable(),
  /** The exact version, when pinned with `==` (or a bare Poetry version, which means the same). */
  pinnedVersion: z.string().nullable(),
  /** Null for what the project needs to run; otherwise the extra or group it is listed under ("dev", "test"). */
  group: z.string().nullable(),
  /** The package's own extras asked for (`django-storages[boto3]`), when any. */
  extras: z.array(z.string()).optional(),
});
export type Dependency = z.infer<typeof DependencySchema>;

export const DependencyFileKindSchema = z.enum([
  'requirements',
  'pyproject',
  'setup-cfg',
  'setup-py',
  'pipfile',
  'conda-environment',
  'dockerfile',
]);
export type DependencyFileKind = z.infer<typeof DependencyFileKindSchema>;

export const DependencyFileSchema = z.object({
  path: z.string(),
  kind: DependencyFileKindSchema,
  dependencies: z.array(DependencySchema),
  /** The Python versions the project supports, as written (">=3.8", "^3.10", "3.11", "==3.9.*"); null if unstated. */
  requiresPython: z.string().nullable(),
  /** Trove classifiers, e.g. "Programming Language :: Python :: 3.12". */
  classifiers: z.array(z.string()),
  /** What could not be read, one short sentence each. */
  problems: z.array(z.string()),
});
export type DependencyFile = z.infer<typeof DependencyFileSchema>;
export type ParsedDependencies = Omit<DependencyFile, 'path' | 'kind'>;

/** Which reader a file needs, from its name; null for files that declare no dependencies. */
export function dependencyFileKind(path: string): DependencyFileKind | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'pyproject.toml') return 'pyproject';
  if (name === 'setup.cfg') return 'setup-cfg';
  if (name === 'setup.py') return 'setup-py';
  if (name === 'Pipfile') return 'pipfile';
  if (/^environment\.ya?ml$/.test(name)) return 'conda-environment';
  if (isDockerfilePath(path)) return 'dockerfile';
  if (/requirements.*\.txt$/i.test(name) || /(^|\/)requirements\/[^/]+\.txt$/.test(path)) return 'requirements';
  return null;
}

/**
 * Every downloaded file of the snapshot that declares dependencies, read. A
 * requirements file named for tooling (requirements-dev.txt,
 * requirements/test.txt, local.txt) lists development dependencies; an
 * include that was downloaded too is no longer a problem.
 */
export function readDependencyFiles(snapshot: RepoSnapshot): DependencyFile[] {
  return Object.keys(snapshot.files)
    .sort()
    .flatMap((path) => {
      const text = snapshot.files[path];
      const kind = dependencyFileKind(path);
      if (!kind || text === undefined) return [];
      const file = parseDependencyFile(path, text, kind);
      const fileName = path.slice(path.lastIndexOf('/') + 1).replace(/\.(txt|in)$/, '');
      const development = kind === 'requirements' && isDevelopmentName(fileName.replace(/^requirements[-_.]?/i, '') || fileName);
      return [
        {
          ...file,
          dependencies: development ? file.dependencies.map((dependency) => ({ ...dependency, group: dependency.group ?? 'dev' })) : file.dependencies,
          problems: file.problems.filter((problem) => !includedAndRead(problem, folderOf(path), snapshot.files)),
        },
      ];
    });
}

/** Whether a dependency is part of what the project runs on, rather than its tests, linting or docs. */
export function isRuntimeDependency(dependency: Dependency): boolean {
  return dependency.group === null || !isDevelopmentName(dependency.group);
}

function includedAndRead(problem: string, folder: string, files: Readonly<Record<string, string>>): boolean {
  const included = /includes (\S+), which was not read\.$/.exec(problem)?.[1];
  if (!included) return false;
  const parts: string[] = [];
  for (const part of `${folder}${included}`.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/') in files;
}

const READERS: Record<DependencyFileKind, (text: string) => ParsedDependencies> = {
  requirements: parseRequirementsTxt,
  pyproject: parsePyproject,
  'setup-cfg': parseSetupCfg,
  'setup-py': parseSetupPy,
  pipfile: parsePipfile,
  'conda-environment': parseCondaEnvironment,
  dockerfile: parseDockerfile,
};

export function parseDependencyFile(path: string, text: string, kind: DependencyFileKind): DependencyFile {
  try {
    return { path, kind, ...READERS[kind](text) };
  } catch (error) {
    // The readers are written not to throw; this keeps one odd file from stopping a whole analysis.
    return { path, kind, ...emptyResult(), problems: [`Could not read the file (${messageOf(error)}).`] };
  }
}

export function normalizePackageName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** Name, extras and the rest of a PEP 508 requirement ("requests[socks] >= 2.0 ; python_version < '3.8'"). */
const REQUIREMENT = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[([^\]]*)\])?\s*(.*)$/s;
const VERSION_CLAUSE = /^(~=|===|==|!=|<=|>=|<|>)[A-Za-z0-9.*+!_-]+$/;

/** A PEP 508 requirement string, or null when it is not one. Markers, extras and direct URLs are dropped. */
export function parseRequirement(text: string): Omit<Dependency, 'group'> | null {
  const match = REQUIREMENT.exec(text.trim());
  if (!match) return null;
  const name = normalizePackageName(match[1] ?? '');
  const extras = (match[2] ?? '').split(',').map((extra) => normalizePackageName(extra.trim())).filter(Boolean);
  const withExtras = extras.length > 0 ? { extras } : {};
  const rest = (match[3] ?? '').trim();
  // "name @ https://…": a direct reference has no version to speak of.
  if (rest.startsWith('@')) return { name, specifier: null, pinnedVersion: null, ...withExtras };

  const specifier = (rest.split(';')[0] ?? '').replace(/[\s()]/g, '');
  if (specifier === '') return { name, specifier: null, pinnedVersion: null, ...withExtras };
  if (!specifier.split(',').every((clause) => VERSION_CLAUSE.test(clause))) return null;
  return { name, specifier, pinnedVersion: exactPin(specifier), ...withExtras };
}

function exactPin(specifier: string): string | null {
  const match = /^===?([^,*]+)$/.exec(specifier);
  return match?.[1] ?? null;
}

// ---------------------------------------------------------------- requirements.txt

export function parseRequirementsTxt(text: string): ParsedDependencies {
  const result = emptyResult();
  for (const { line, number } of logicalLines(text)) {
    readRequirementsLine(stripComment(line), `Line ${number}`, result);
  }
  return result;
}

/** Joins lines ended with a backslash, keeping the number of the first one for messages. */
function logicalLines(text: string): { line: string; number: number }[] {
  const lines: { line: string; number: number }[] = [];
  const raw = text.split(/\r?\n/);
  for (let index = 0; index < raw.length; index++) {
    const number = index + 1;
    let line = raw[index] ?? '';
    while (line.endsWith('\\') && index + 1 < raw.length) {
      index++;
      line = `${line.slice(0, -1)} ${raw[index] ?? ''}`;
    }
    lines.push({ line: line.endsWith('\\') ? line.slice(0, -1) : line, number });
  }
  return lines;
}

/** pip's comments start a line or follow whitespace; a `#` inside a URL (`#egg=`) is not one. */
function stripComment(line: string): string {
  return line.replace(/(^|\s)#.*$/, '').trim();
}

/** One requirements line: a requirement, an option, an include, an editable install or a URL. */
function readRequirementsLine(line: string, where: string, result: ParsedDependencies): void {
  if (line === '') return;
  const include = /^(?:-r|--requirement|-c|--constraint)(?:\s+|=)?(\S+)/.exec(line);
  if (include) {
    result.problems.push(`${where} includes ${include[1]}, which was not read.`);
    return;
  }
  const editable = /^(?:-e|--editable)(?:\s+|=)(\S+)/.exec(line);
  if (editable) {
    addFromUrl(editable[1] ?? '', where, result);
    return;
  }
  // Other options (--index-url, --find-links, --pre, …) say where packages come from, not which.
  if (line.startsWith('-')) return;

  // Per-requirement options such as --hash=sha256:… follow the requirement.
  const requirement = (line.split(/\s--?[a-z]/)[0] ?? '').trim();
  if (/^(\.|\/|[a-z+]+:\/\/|git\+)/i.test(requirement)) {
    addFromUrl(requirement, where, result);
    return;
  }
  const parsed = parseRequirement(requirement);
  if (parsed) result.dependencies.push({ ...parsed, group: null });
  else result.problems.push(`${where} is not a requirement pip understands: "${shorten(requirement)}".`);
}

/** A package installed from a URL or a path is named only by its `#egg=` fragment, if at all. */
function addFromUrl(url: string, where: string, result: ParsedDependencies): void {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url);
  if (egg?.[1]) {
    result.dependencies.push({ name: normalizePackageName(egg[1]), specifier: null, pinnedVersion: null, group: null });
  } else if (!/^\.{1,2}(\/|$)/.test(url)) {
    // "." or "./pkg" is the project itself; an unnamed URL is someone else's package we cannot name.
    result.problems.push(`${where} installs from a URL without a package name: "${shorten(url)}".`);
  }
}

// ---------------------------------------------------------------- pyproject.toml and Pipfile

type Table = Record<string, unknown>;

export function parsePyproject(text: string): ParsedDependencies {
  const result = emptyResult();
  const document = readToml(text, result);
  if (!document) return result;

  const project = tableAt(document, ['project']);
  addRequirementList(project?.dependencies, null, 'project.dependencies', result);
  for (const [extra, list] of Object.entries(tableAt(document, ['project', 'optional-dependencies']) ?? {})) {
    addRequirementList(list, extra, `project.optional-dependencies.${extra}`, result);
  }
  for (const [group, list] of Object.entries(tableAt(document, ['dependency-groups']) ?? {})) {
    // `{include-group = "…"}` entries repeat another group, which is read on its own.
    const requirements = Array.isArray(list) ? list.filter((item) => typeof item === 'string') : list;
    addRequirementList(requirements, group, `dependency-groups.${group}`, result);
  }

  const poetry = tableAt(document, ['tool', 'poetry']);
  addVersionTable(poetry?.dependencies, null, 'tool.poetry.dependencies', result);
  addVersionTable(poetry?.['dev-dependencies'], 'dev', 'tool.poetry.dev-dependencies', result);
  for (const [group, table] of Object.entries(tableAt(document, ['tool', 'poetry', 'group']) ?? {})) {
    addVersionTable(isTable(table) ? table.dependencies : undefined, group, `tool.poetry.group.${group}`, result);
  }

  result.requiresPython = stringOrNull(project?.['requires-python']) ?? result.requiresPython;
  result.classifiers = [...stringList(project?.classifiers), ...stringList(poetry?.classifiers)];
  return result;
}

export function parsePipfile(text: string): ParsedDependencies {
  const result = emptyResult();
  const document = readToml(text, result);
  if (!document) return result;
  addVersionTable(document.packages, null, 'packages', result);
  addVersionTable(document['dev-packages'], 'dev', 'dev-packages', result);
  const requires = tableAt(document, ['requires']);
  result.requiresPython = stringOrNull(requires?.python_version) ?? stringOrNull(requires?.python_full_version);
  return result;
}

function readToml(text: string, result: ParsedDependencies): Table | null {
  try {
    // Dropping `__proto__` and `constructor` keys keeps a hostile file from reaching object prototypes.
    return parseToml(text, { unsafeKeyBehaviour: 'drop' });
  } catch (error) {
    result.problems.push(`Not valid TOML (${messageOf(error)}).`);
    return null;
  }
}

function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function tableAt(document: Table, keys: string[]): Table | null {
  let current: unknown = document;
  for (const key of keys) current = isTable(current) ? current[key] : undefined;
  return isTable(current) ? current : null;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/** A list of PEP 508 strings (PEP 621 and PEP 735). */
function addRequirementList(list: unknown, group: string | null, where: string, result: ParsedDependencies): void {
  if (list === undefined) return;
  if (!Array.isArray(list)) {
    result.problems.push(`${where} is not a list.`);
    return;
  }
  for (const item of list) {
    const parsed = typeof item === 'string' ? parseRequirement(item) : null;
    if (parsed) result.dependencies.push({ ...parsed, group });
    else result.problems.push(`${where} has an entry that is not a requirement: "${shorten(String(item))}".`);
  }
}

/**
 * Poetry's and Pipenv's `name = "version"` tables. A value is a version
 * string, a table with a `version` (or a git/path source), or a list of
 * alternatives per Python version, which is too rich to boil down to one specifier.
 */
function addVersionTable(table: unknown, group: string | null, where: string, result: ParsedDependencies): void {
  if (table === undefined) return;
  if (!isTable(table)) {
    result.problems.push(`${where} is not a table.`);
    return;
  }
  for (const [rawName, value] of Object.entries(table)) {
    const version = typeof value === 'string' ? value : isTable(value) ? stringOrNull(value.version) : null;
    const specifier = version === null || version.trim() === '*' ? null : version.replace(/\s/g, '');
    if (rawName.toLowerCase() === 'python') {
      result.requiresPython = specifier;
      continue;
    }
    const name = normalizePackageName(rawName);
    // `fastapi = {extras = ["all"], version = "^0.114"}`: the extras say what else it installs.
    const extras = isTable(value) ? stringList(value.extras).map(normalizePackageName) : [];
    const withExtras = extras.length > 0 ? { extras } : {};
    result.dependencies.push({ name, specifier, pinnedVersion: poetryPin(specifier), group, ...withExtras });
  }
}

/** Poetry reads a bare version ("2.2.1") as an exact pin, like "==2.2.1". */
function poetryPin(specifier: string | null): string | null {
  if (specifier === null) return null;
  return /^\d[\w.+!-]*$/.test(specifier) && !specifier.includes('*') ? specifier : exactPin(specifier);
}

// ---------------------------------------------------------------- setup.cfg

type IniSections = Map<string, Map<string, string>>;

export function parseSetupCfg(text: string): ParsedDependencies {
  const result = emptyResult();
  const sections = readIni(text, result.problems);
  const options = sections.get('options');
  addCfgList(options?.get('install_requires'), null, 'install_requires', result);
  addCfgList(options?.get('tests_require'), 'test', 'tests_require', result);
  for (const [extra, value] of sections.get('options.extras_require') ?? []) {
    addCfgList(value, extra, `extras_require ${extra}`, result);
  }
  result.requiresPython = options?.get('python_requires')?.trim() || null;
  result.classifiers = cfgList(sections.get('metadata')?.get('classifiers'), 'classifiers', result.problems);
  return result;
}

/**
 * A tolerant reader for setuptools' INI dialect: `[section]` headers,
 * `key = value` (or `key: value`) lines, and indented lines continuing the
 * value above. Keys are compared as setuptools does: lower case, `-` as `_`.
 */
function readIni(text: string, problems: string[]): IniSections {
  const sections: IniSections = new Map();
  let section: Map<string, string> | null = null;
  let key: string | null = null;
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) return;
    const header = /^\[([^\]]+)\]$/.exec(trimmed);
    if (header) {
      const name = (header[1] ?? '').trim().toLowerCase();
      section = sections.get(name) ?? new Map<string, string>();
      sections.set(name, section);
      key = null;
      return;
    }
    if (/^\s/.test(line) && section && key !== null) {
      section.set(key, `${section.get(key) ?? ''}\n${trimmed}`);
      return;
    }
    // Split at the first "=" or ":" by hand: a regex here backtracks badly on long lines without one.
    const separator = line.search(/[=:]/);
    const name = separator > 0 ? line.slice(0, separator).trim() : '';
    if (name !== '' && section) {
      key = name.toLowerCase().replace(/-/g, '_');
      section.set(key, line.slice(separator + 1).trim());
      return;
    }
    problems.push(`Line ${index + 1} is not a section or "key = value": "${shorten(trimmed)}".`);
  });
  return sections;
}

/** One item a line; `file:` means the list lives in another file, which is not downloaded. */
function cfgList(value: string | undefined, where: string, problems: string[]): string[] {
  if (value === undefined) return [];
  const fromFile = /^\s*file:\s*(.+)$/.exec(value);
  if (fromFile) {
    problems.push(`${where} is read from ${(fromFile[1] ?? '').trim()}, which was not read.`);
    return [];
  }
  return value
    .split('\n')
    .map((item) => item.replace(/\s#.*$/, '').trim())
    .filter((item) => item !== '');
}

function addCfgList(value: string | undefined, group: string | null, where: string, result: ParsedDependencies): void {
  for (const item of cfgList(value, where, result.problems)) {
    const parsed = parseRequirement(item);
    if (parsed) result.dependencies.push({ ...parsed, group });
    else result.problems.push(`${where} has an entry that is not a requirement: "${shorten(item)}".`);
  }
}

// ---------------------------------------------------------------- setup.py

type PyToken = { kind: 'string'; value: string } | { kind: 'word'; value: string } | { kind: 'punct'; value: string };

/**
 * setup.py is a program, and pyvet never runs it: this finds the keyword
 * arguments written out as literals (`install_requires=[...]`, or
 * `'install_requires': [...]` in a dict) and reports the computed ones.
 */
export function parseSetupPy(text: string): ParsedDependencies {
  const result = emptyResult();
  const tokens = tokenizePython(text);

  addPyList(tokens, 'install_requires', null, result);
  addPyList(tokens, 'tests_require', 'test', result);
  const extras = valueAfterKeyword(tokens, 'extras_require');
  if (extras !== null) {
    const dict = readStringListDict(tokens, extras);
    if (dict === null) result.problems.push('extras_require is computed in setup.py, not written out.');
    for (const [extra, items] of dict ?? []) addRequirementList(items, extra, `extras_require ${extra}`, result);
  }
  const pythonRequires = valueAfterKeyword(tokens, 'python_requires');
  const pythonToken = pythonRequires === null ? undefined : tokens[pythonRequires];
  result.requiresPython = pythonToken?.kind === 'string' ? pythonToken.value : null;
  const classifiers = valueAfterKeyword(tokens, 'classifiers');
  result.classifiers = classifiers === null ? [] : (readStringList(tokens, classifiers)?.items ?? []);
  return result;
}

function addPyList(tokens: PyToken[], keyword: string, group: string | null, result: ParsedDependencies): void {
  const start = valueAfterKeyword(tokens, keyword);
  if (start === null) return;
  const list = readStringList(tokens, start);
  if (list === null) result.problems.push(`${keyword} is computed in setup.py, not written out.`);
  else addRequirementList(list.items, group, keyword, result);
}

/** The index of the value after `keyword=` or `'keyword':`, or null when the keyword is not given. */
function valueAfterKeyword(tokens: PyToken[], keyword: string): number | null {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const isArgument = token?.kind === 'word' && next?.value === '=' && tokens[i + 2]?.value !== '=';
    const isDictKey = token?.kind === 'string' && next?.kind === 'punct' && next.value === ':';
    if (token?.value === keyword && (isArgument || isDictKey)) return followName(tokens, i + 2);
  }
  return null;
}

/** `install_requires=requirements` with `requirements = [...]` written out elsewhere: follow the name once. */
function followName(tokens: PyToken[], start: number): number {
  const name = tokens[start];
  if (name?.kind !== 'word') return start;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const assigns = tokens[i + 1]?.value === '=' && tokens[i + 2]?.value !== '=';
    if (i !== start && tokens[i]?.kind === 'word' && tokens[i]?.value === name.value && assigns) return i + 2;
  }
  return start;
}

/** A literal list or tuple of strings starting at `start`; null when anything else is in it. */
function readStringList(tokens: PyToken[], start: number): { items: string[]; end: number } | null {
  const open = tokens[start]?.value;
  if (open !== '[' && open !== '(') return null;
  const close = open === '[' ? ']' : ')';
  const items: string[] = [];
  for (let i = start + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind === 'punct' && token.value === close) return { items, end: i };
    if (token?.kind === 'string') items.push(token.value);
    else if (token?.value !== ',') return null;
  }
  return null;
}

/** A literal `{'extra': [...], ...}`; null when anything is computed. */
function readStringListDict(tokens: PyToken[], start: number): Map<string, string[]> | null {
  if (tokens[start]?.value !== '{') return null;
  const dict = new Map<string, string[]>();
  let i = start + 1;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token?.kind === 'punct' && token.value === '}') return dict;
    if (token?.kind === 'punct' && token.value === ',') {
      i++;
      continue;
    }
    if (token?.kind !== 'string' || tokens[i + 1]?.value !== ':') return null;
    const list = readStringList(tokens, i + 2);
    if (!list) return null;
    dict.set(token.value, list.items);
    i = list.end + 1;
  }
  return null;
}

/** Sticky (`y`): matched where the lexer stands, without copying the rest of the text. */
const WORD = /[A-Za-z0-9_]+/y;

/**
 * Just enough of Python's lexer for the above: string literals (prefixes,
 * triple quotes, escapes, implicit concatenation), words, and single
 * punctuation characters. Comments are skipped.
 */
function tokenizePython(text: string): PyToken[] {
  const tokens: PyToken[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i] ?? '';
    if (/\s/.test(char)) {
      i++;
    } else if (char === '#') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (/[A-Za-z0-9_]/.test(char)) {
      WORD.lastIndex = i;
      const word = WORD.exec(text)?.[0] ?? char;
      const quote = text[i + word.length];
      if ((quote === '"' || quote === "'") && /^[rRuUbBfF]{1,2}$/.test(word)) {
        i = readPythonString(text, i + word.length, /r/i.test(word), tokens);
      } else {
        tokens.push({ kind: 'word', value: word });
        i += word.length;
      }
    } else if (char === '"' || char === "'") {
      i = readPythonString(text, i, false, tokens);
    } else {
      tokens.push({ kind: 'punct', value: char });
      i++;
    }
  }
  return tokens;
}

/** Reads the string literal whose opening quote is at `start`; returns the index after it. */
function readPythonString(text: string, start: number, raw: boolean, tokens: PyToken[]): number {
  const quote = text[start] ?? '"';
  const delimiter = text.startsWith(quote.repeat(3), start) ? quote.repeat(3) : quote;
  let value = '';
  let i = start + delimiter.length;
  while (i < text.length && !text.startsWith(delimiter, i)) {
    // A backslash always shields the next character; only a raw string keeps it.
    if (text[i] === '\\') {
      if (raw) value += '\\';
      i++;
    }
    value += text[i] ?? '';
    i++;
  }
  const previous = tokens[tokens.length - 1];
  // Adjacent literals are one string in Python: "a" "b" == "ab".
  if (previous?.kind === 'string') previous.value += value;
  else tokens.push({ kind: 'string', value });
  return i + delimiter.length;
}

// ---------------------------------------------------------------- environment.yml

/**
 * A conda environment file, read line by line (no YAML library): the
 * `dependencies:` list of conda match specs ("numpy=1.26", "conda-forge::pandas>=2"),
 * and the pip requirements nested under its `- pip:` item.
 */
export function parseCondaEnvironment(text: string): ParsedDependencies {
  const result = emptyResult();
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => /^dependencies\s*:/.test(line));
  if (start < 0) return result;

  const inline = (lines[start] ?? '').replace(/^dependencies\s*:/, '').replace(/\s#.*$/, '').trim();
  if (inline !== '') {
    // A flow list: "dependencies: [python=3.11, numpy]".
    const items = inline.replace(/^\[|\]$/g, '').split(',');
    for (const item of items) addCondaSpec(yamlScalar(item), `Line ${start + 1}`, result);
    return result;
  }

  let pipIndent: number | null = null;
  for (let index = start + 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    // The next top-level key ends the list.
    if (!/^\s|^-/.test(line)) break;
    const item = /^(\s*)-\s*(.*)$/.exec(line);
    if (!item) continue;
    const indent = (item[1] ?? '').length;
    const value = yamlScalar(item[2] ?? '');
    if (pipIndent !== null && indent <= pipIndent) pipIndent = null;
    const where = `Line ${index + 1}`;
    if (/^pip\s*:$/.test(value)) pipIndent = indent;
    else if (pipIndent !== null) readRequirementsLine(value, where, result);
    else addCondaSpec(value, where, result);
  }
  return result;
}

/** "channel::name=1.2=build", "name>=1.2", "name 1.2": conda's `=1.2` means any 1.2.x, written here as "==1.2.*". */
function addCondaSpec(spec: string, where: string, result: ParsedDependencies): void {
  if (spec === '') return;
  const match = /^(?:[\w.-]+::)?([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)$/.exec(spec);
  if (!match) {
    result.problems.push(`${where} is not a conda package: "${shorten(spec)}".`);
    return;
  }
  const name = normalizePackageName(match[1] ?? '');
  const specifier = condaSpecifier((match[2] ?? '').trim());
  if (name === 'python') result.requiresPython = specifier;
  // pip itself is listed only so that the nested pip list can be installed.
  else if (name !== 'pip') {
    result.dependencies.push({ name, specifier, pinnedVersion: specifier === null ? null : exactPin(specifier), group: null });
  }
}

function condaSpecifier(version: string): string | null {
  if (version === '') return null;
  const fuzzy = /^=([^=\s]+)/.exec(version);
  if (fuzzy) return `==${(fuzzy[1] ?? '').replace(/\.?\*$/, '')}.*`;
  const clauses = /^(?:~=|==|!=|<=|>=|<|>)[^=\s]+(?:,(?:~=|==|!=|<=|>=|<|>)[^=\s]+)*/;
  const withOperator = clauses.exec(version.replace(/\s*,\s*/g, ','));
  if (withOperator) return withOperator[0];
  // "name 1.2 build": the first word is the version.
  return `==${version.split(/\s+/)[0] ?? ''}`;
}

// ---------------------------------------------------------------- Dockerfile

/**
 * What a Dockerfile installs: `pip install` arguments of its RUN lines. Its
 * base image (`FROM apache/airflow:2.8.1`) is read apart (images.ts), and so
 * is its base Python (python-versions.ts).
 */
export function parseDockerfile(text: string): ParsedDependencies {
  const result = emptyResult();
  const joined = text.replace(/\\\r?\n/g, ' ');
  joined.split(/\r?\n/).forEach((line, index) => {
    for (const install of line.matchAll(/\bpip3?\s+(?:-\S+\s+)*install\s+([^&|;]+)/g)) {
      const words = (install[1] ?? '').trim().split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        const word = (words[i] ?? '').replace(/^["']|["']$/g, '');
        // Options that take a value (-r file, -c file, -i url, --index-url url) skip it.
        if (/^-(r|c|i|f|e)$|^--(requirement|constraint|index-url|extra-index-url|find-links|target|prefix)$/.test(word)) i++;
        else if (!word.startsWith('-') && !word.startsWith('$') && !/[/\\]/.test(word)) readRequirementsLine(word, `Line ${index + 1}`, result);
      }
    }
  });
  // A Dockerfile is no requirements file: what it installs by other means is no problem of the project's.
  result.problems = [];
  return result;
}

// ---------------------------------------------------------------- shared

function emptyResult(): ParsedDependencies {
  return { dependencies: [], requiresPython: null, classifiers: [], problems: [] };
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return shorten(message.split('\n')[0] ?? '');
}

/** File text is quoted in problems; long lines are cut so one bad line cannot flood the UI. */
function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
