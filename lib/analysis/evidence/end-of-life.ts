/**
 * Which release lines are past their end of life, as of END_OF_LIFE_AS_OF.
 * Python and Django publish dates for every line; for the libraries that do
 * not, a line counts as ended once its maintainers stopped releasing fixes
 * for it (the date of its last release, or of the release that replaced it).
 * Review this table when the date below is more than a few months old.
 */
export const END_OF_LIFE_AS_OF = '2026-11-30';

export type EndOfLifeProduct =
  | 'python'
  | 'django'
  | 'flask'
  | 'sqlalchemy'
  | 'celery'
  | 'pandas'
  | 'numpy'
  | 'pydantic'
  | 'langchain'
  | 'openai-sdk'
  | 'llama-index'
  | 'airflow';

export interface EndOfLifeLine {
  product: EndOfLifeProduct;
  label: string;
  /** Package names (PEP 503 normalized) that install it; none for Python itself. */
  packages: readonly string[];
  /** Container images whose tag is its version (images.ts's imageIs); Python's images are read by python-versions.ts. */
  images?: readonly string[];
  /** Every release below this is past its end of life. */
  below: string;
  /** When the newest of those lines ended, "YYYY-MM". */
  since: string;
  source: string;
}

export const END_OF_LIFE_LINES: readonly EndOfLifeLine[] = [
  // PEP 619: 3.10 gets security fixes until 2026-10; 3.9 ended 2025-10 (PEP 596), 3.8 2024-10 (PEP 569).
  { product: 'python', label: 'Python', packages: [], below: '3.11', since: '2026-10', source: 'https://devguide.python.org/versions/' },
  // 4.2 LTS extended support ended April 2026; 5.0 ended 2025-04 and 5.1 2025-12. 5.2 LTS runs to 2028.
  { product: 'django', label: 'Django', packages: ['django'], below: '5.2', since: '2026-04', source: 'https://www.djangoproject.com/download/#supported-versions' },
  // Pallets fixes only the latest feature line; 2.3.3 (2023-08) was the last 2.x release.
  { product: 'flask', label: 'Flask', packages: ['flask'], below: '3.0', since: '2023-09', source: 'https://flask.palletsprojects.com/en/stable/changes/' },
  { product: 'sqlalchemy', label: 'SQLAlchemy', packages: ['sqlalchemy'], below: '1.4', since: '2023-01', source: 'https://www.sqlalchemy.org/download.html' },
  // Celery 4.4.7 (2020-07) was the last 4.x release; 5.0 came out 2020-09.
  { product: 'celery', label: 'Celery', packages: ['celery'], below: '5.0', since: '2020-09', source: 'https://docs.celeryq.dev/en/stable/history/' },
  // pandas 1.5.3 (2023-01) was the last 1.x release; 2.0 came out 2023-04.
  { product: 'pandas', label: 'pandas', packages: ['pandas'], below: '2.0', since: '2023-04', source: 'https://pandas.pydata.org/docs/whatsnew/' },
  // NumPy 1.26.4 (2024-02) was the last 1.x release; 2.0 came out 2024-06.
  { product: 'numpy', label: 'NumPy', packages: ['numpy'], below: '2.0', since: '2024-06', source: 'https://numpy.org/news/' },
  // Pydantic V1 stopped receiving fixes after V2's first year.
  { product: 'pydantic', label: 'Pydantic', packages: ['pydantic'], below: '2.0', since: '2024-06', source: 'https://docs.pydantic.dev/latest/version-policy/' },
  // LangChain 0.1.0 (2024-01) ended the 0.0.x line.
  { product: 'langchain', label: 'LangChain', packages: ['langchain'], below: '0.1', since: '2024-01', source: 'https://python.langchain.com/docs/versions/' },
  // The OpenAI SDK 1.0 (2023-11) replaced the 0.x API.
  { product: 'openai-sdk', label: 'OpenAI SDK', packages: ['openai'], below: '1.0', since: '2023-11', source: 'https://github.com/openai/openai-python/discussions/742' },
  // LlamaIndex 0.10 (2024-02) split the package and ended 0.9.x.
  { product: 'llama-index', label: 'LlamaIndex', packages: ['llama-index'], below: '0.10', since: '2024-02', source: 'https://docs.llamaindex.ai/en/stable/CHANGELOG/' },
  // Airflow 2 left limited support on 2026-04-22 (Airflow 3.0 came out 2025-04).
  { product: 'airflow', label: 'Airflow', packages: ['apache-airflow'], images: ['apache/airflow', 'bitnami/airflow'], below: '3.0', since: '2026-04', source: 'https://airflow.apache.org/docs/apache-airflow/stable/installation/supported-versions.html' },
];

export const PYTHON_END_OF_LIFE = END_OF_LIFE_LINES.find((line) => line.product === 'python')!;

/** The line a package belongs to, if the table tracks it. */
export function endOfLifeLineOf(packageName: string): EndOfLifeLine | undefined {
  return END_OF_LIFE_LINES.find((line) => line.packages.includes(packageName));
}

// ---------------------------------------------------------------- versions and specifiers

/** "3.9.17" → [3, 9, 17]; null for anything else (a pre-release counts as its release). */
export function parseRelease(text: string): number[] | null {
  const match = /^(\d+(?:\.\d+)*)/.exec(text.trim());
  return match?.[1] ? match[1].split('.').map(Number) : null;
}

export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Whether one version (an exact release, "3.9" or "3.9.17") is below a line's limit. */
export function isBelow(version: string, below: string): boolean {
  const release = parseRelease(version);
  const limit = parseRelease(below);
  return release !== null && limit !== null && compareVersions(release, limit) < 0;
}

/**
 * A version limit of a specifier. Only the release numbers count ("3.2rc1"
 * is read as 3.2): close enough to tell end-of-life versions apart.
 */
interface Bound {
  version: number[];
  inclusive: boolean;
}

/** Whether every version the specifier allows is below `limit` (e.g. Django "<3.0", "==2.2.4", "~=2.2", "^0.0.184"). */
export function staysBelow(specifier: string, limit: string): boolean {
  const ceiling = highestAllowed(specifier);
  if (!ceiling) return false;
  const order = compareVersions(ceiling.version, parseRelease(limit) ?? []);
  return ceiling.inclusive ? order < 0 : order <= 0;
}

/** The lowest version a specifier allows; Poetry's `a || b` allows the lower of the two. */
export function lowestAllowed(specifier: string): number[] | null {
  const alternatives = specifier.split('||').map((alternative) => strictestOf(alternative, lowerBound, 1));
  return pickBound(alternatives, -1)?.version ?? null;
}

/** The highest version allowed (bounded above); null when there is no upper limit. */
function highestAllowed(specifier: string): Bound | null {
  const alternatives = specifier.split('||').map((alternative) => strictestOf(alternative, upperBound, -1));
  // One unbounded alternative leaves the whole specifier unbounded.
  return alternatives.includes(null) ? null : pickBound(alternatives, 1);
}

/** Comma-separated clauses must all hold: the tightest bound wins. */
function strictestOf(specifier: string, boundOf: (clause: string) => Bound | null, tighter: 1 | -1): Bound | null {
  return pickBound(specifier.split(',').map(boundOf), tighter);
}

/** The greatest (direction 1) or least (-1) of the bounds, ignoring missing ones. */
function pickBound(bounds: (Bound | null)[], direction: 1 | -1): Bound | null {
  let best: Bound | null = null;
  for (const bound of bounds) {
    if (bound && (!best || compareVersions(bound.version, best.version) * direction > 0)) best = bound;
  }
  return best;
}

const CLAUSE = /^(~=|===|==|!=|<=|>=|<|>|\^|~)?\s*v?(\d+(?:\.\d+)*)(\.\*)?/;

function lowerBound(clause: string): Bound | null {
  const match = CLAUSE.exec(clause.trim());
  const operator = match?.[1] ?? '';
  const version = parseRelease(match?.[2] ?? '');
  if (!version || ['<', '<=', '!='].includes(operator)) return null;
  return { version, inclusive: operator !== '>' };
}

function upperBound(clause: string): Bound | null {
  const match = CLAUSE.exec(clause.trim());
  const operator = match?.[1] ?? '';
  const version = parseRelease(match?.[2] ?? '');
  const wildcard = match?.[3] !== undefined;
  if (!version) return null;
  switch (operator) {
    case '<':
      return { version, inclusive: false };
    case '<=':
      return { version, inclusive: true };
    case '~=':
      // ~=2.2 means >=2.2,<3; ~=2.2.1 means >=2.2.1,<2.3.
      return version.length < 2 ? null : { version: bump(version.slice(0, -1)), inclusive: false };
    case '^':
      return { version: caretCeiling(version), inclusive: false };
    case '~':
      // Poetry's ~: ~1.2.3 and ~1.2 mean <1.3; ~1 means <2.
      return { version: bump(version.slice(0, 2)), inclusive: false };
    case '':
    case '==':
    case '===':
      // "==2.2.*" allows every 2.2.x; a bare version is Poetry's exact pin.
      return wildcard ? { version: bump(version), inclusive: false } : { version, inclusive: true };
    default:
      return null;
  }
}

/** Poetry's ^: the leftmost non-zero number may not change (^1.2 → <2, ^0.3 → <0.4). */
function caretCeiling(version: number[]): number[] {
  const firstNonZero = version.findIndex((part) => part !== 0);
  const keep = firstNonZero < 0 ? version.length : firstNonZero + 1;
  return bump(version.slice(0, keep));
}

/** The next release at the same precision: 2.2 → 2.3. */
function bump(version: number[]): number[] {
  return version.map((part, index) => (index === version.length - 1 ? part + 1 : part));
}
