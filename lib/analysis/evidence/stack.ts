import { z } from 'zod';
import { readDependencyFiles, type Dependency, type DependencyFile } from './dependency-files';
import { isVendoredPath } from './file-plan';
import { SKILL_CATALOGUE, skillMarkedByPath, skillUsesPackage, type Skill } from './skill-catalogue';
import { type Evidence, evidenceIn, EvidenceSchema, type RepoSnapshot } from './snapshot';

/**
 * What a repository is built with (skills from the catalogue, each with the
 * file that shows it) and signs that it is built on versions past their end
 * of life.
 */
export const SkillFoundSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Most telling first: declared dependencies, then files in the tree. */
  evidence: z.array(EvidenceSchema),
});

export const StackEvidenceSchema = z.object({
  /** In catalogue order. */
  skills: z.array(SkillFoundSchema),
  /**
   * Kinds: 'python2-classifier', 'old-python-minimum', 'end-of-life-pin',
   * 'python27-ci'.
   */
  outdated: z.array(EvidenceSchema),
  /** `.travis.yml`: CI on a service most Python projects have moved away from. Information, not a fault. */
  legacyCi: EvidenceSchema.nullable(),
  /** Dependency files that could only be read in part, as "path: problem". */
  problems: z.array(z.string()),
  /** GitHub cut the tree short: skills shown only by files in the tree may be missing. */
  partial: z.boolean(),
});
export type StackEvidence = z.infer<typeof StackEvidenceSchema>;

const MAX_EVIDENCE_PER_SKILL = 3;
/** "… :: Python :: 2", "… :: 2.7", "… :: 2 :: Only", but not a hypothetical "… :: 20". */
const PYTHON_2_CLASSIFIER = /^Programming Language :: Python :: 2(\s|\.|$)/;
/** Python before 3.8 is past its end of life (3.7 ended in June 2023). */
const OLDEST_SUPPORTED_PYTHON = '3.8';
/** Releases below these no longer get fixes; pinning to them is a maintenance signal. */
const END_OF_LIFE_BELOW = [
  { name: 'django', label: 'Django', below: '3.2' },
  { name: 'flask', label: 'Flask', below: '1.0' },
  { name: 'sqlalchemy', label: 'SQLAlchemy', below: '1.4' },
  { name: 'pandas', label: 'pandas', below: '1.0' },
  { name: 'celery', label: 'Celery', below: '5' },
];

export function detectStack(snapshot: RepoSnapshot, catalogue: readonly Skill[] = SKILL_CATALOGUE): StackEvidence {
  const files = readDependencyFiles(snapshot);
  const ownPaths = snapshot.tree.filter((entry) => !isVendoredPath(entry.path));
  const evidence = evidenceIn(snapshot);

  const skills = catalogue.flatMap((skill) => {
    const fromDependencies = files.flatMap((file) =>
      file.dependencies
        .filter((dependency) => skillUsesPackage(skill, dependency.name))
        .map((dependency) => evidence('dependency', file.path, `Depends on ${describe(dependency)} (${file.path}).`)),
    );
    const fromTree = ownPaths
      .filter((entry) => skillMarkedByPath(skill, entry.path))
      .map((entry) => evidence('file', entry.path, `${entry.path} is in the repository.`, entry.type));
    const found = [...fromDependencies, ...fromTree].slice(0, MAX_EVIDENCE_PER_SKILL);
    return found.length > 0 ? [{ id: skill.id, name: skill.name, evidence: found }] : [];
  });

  const outdated = files.flatMap((file) => outdatedMarkers(file, evidence));
  const travis = snapshot.tree.find((entry) => entry.path === '.travis.yml' && entry.type === 'blob');
  const travisText = snapshot.files['.travis.yml'];
  if (travisText !== undefined && mentionsPython27(travisText)) {
    outdated.push(evidence('python27-ci', '.travis.yml', 'Travis CI still tests on Python 2.7.'));
  }

  return {
    skills,
    outdated,
    legacyCi: travis ? evidence('legacy-ci', travis.path, 'Continuous integration on Travis CI (.travis.yml).') : null,
    problems: files.flatMap((file) => file.problems.map((problem) => `${file.path}: ${problem}`)),
    partial: snapshot.treeTruncated,
  };
}

type MakeEvidence = (kind: string, path: string, detail: string) => Evidence;

function outdatedMarkers(file: DependencyFile, evidence: MakeEvidence): Evidence[] {
  const markers: Evidence[] = [];
  const python2 = file.classifiers.find((classifier) => PYTHON_2_CLASSIFIER.test(classifier));
  if (python2) markers.push(evidence('python2-classifier', file.path, `Declares "${python2}" (${file.path}).`));

  const minimum = file.requiresPython === null ? null : lowestAllowed(file.requiresPython);
  if (minimum && compareVersions(minimum.version, parseRelease(OLDEST_SUPPORTED_PYTHON) ?? []) < 0) {
    markers.push(
      evidence(
        'old-python-minimum',
        file.path,
        `Supports Python ${file.requiresPython} (${file.path}): versions before ${OLDEST_SUPPORTED_PYTHON} are past their end of life.`,
      ),
    );
  }

  for (const dependency of file.dependencies) {
    const rule = END_OF_LIFE_BELOW.find((r) => r.name === dependency.name);
    if (rule && dependency.specifier !== null && staysBelow(dependency.specifier, rule.below)) {
      markers.push(
        evidence(
          'end-of-life-pin',
          file.path,
          `Holds ${rule.label} at ${dependency.specifier} (${file.path}): releases before ${rule.below} no longer get fixes.`,
        ),
      );
    }
  }
  return markers;
}

function describe(dependency: Dependency): string {
  return dependency.specifier ? `${dependency.name} ${dependency.specifier}` : dependency.name;
}

/** "2.7" as a version on its own (not inside 3.2.7), the way CI files list Python versions. */
function mentionsPython27(text: string): boolean {
  return /(?<![\d.])2\.7(?![\d.])/.test(text);
}

// ---------------------------------------------------------------- version ranges

/**
 * A version limit of a specifier. Only the release numbers count ("3.2rc1"
 * is read as 3.2): close enough to tell end-of-life versions apart.
 */
interface Bound {
  version: number[];
  inclusive: boolean;
}

/** Whether every version the specifier allows is below `limit` (e.g. Django "<3.0", "==2.2.4", "~=2.2"). */
function staysBelow(specifier: string, limit: string): boolean {
  const ceiling = highestAllowed(specifier);
  if (!ceiling) return false;
  const order = compareVersions(ceiling.version, parseRelease(limit) ?? []);
  return ceiling.inclusive ? order < 0 : order <= 0;
}

/** The lowest version allowed; Poetry's `a || b` allows the lower of the two. */
function lowestAllowed(specifier: string): Bound | null {
  const alternatives = specifier.split('||').map((alternative) => strictestOf(alternative, lowerBound, 1));
  return pickBound(alternatives, -1);
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

const CLAUSE = /^(~=|===|==|!=|<=|>=|<|>|\^|~)?\s*(\d+(?:\.\d+)*)(\.\*)?/;

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

function parseRelease(text: string): number[] | null {
  return /^\d+(\.\d+)*$/.test(text) ? text.split('.').map(Number) : null;
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
