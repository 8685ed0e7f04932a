import { z } from 'zod';
import { isRuntimeDependency, readDependencyFiles, type Dependency, type DependencyFile } from './dependency-files';
import {
  END_OF_LIFE_AS_OF,
  END_OF_LIFE_LINES,
  endOfLifeLineOf,
  isBelow,
  lowestAllowed,
  PYTHON_END_OF_LIFE,
  staysBelow,
  type EndOfLifeProduct,
} from './end-of-life';
import { declaresStack, isCiPath, isVendoredPath, planDownloads } from './file-plan';
import { imageIs, readImages, tagVersion, type ImageSeen } from './images';
import { newest, readPythonVersions, type PythonVersionSeen } from './python-versions';
import { SKILL_CATALOGUE, skillMarkedByPath, skillRunsImage, skillUsesPackage, type Skill } from './skill-catalogue';
import { type Evidence, evidenceIn, EvidenceSchema, type RepoSnapshot } from './snapshot';
import { ciFileRunsTests } from './tests';

/**
 * What a repository is built with (skills from the catalogue, each with the
 * file that shows it), what it only develops with, and the signs that it is
 * held at Python 2 or at versions past their end of life.
 */
export const SkillFoundSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Most telling first: declared dependencies, then container images, then files in the tree. */
  evidence: z.array(EvidenceSchema),
});

export const EndOfLifeFindingSchema = z.object({
  product: z.string(),
  label: z.string(),
  /** The version held, as written ("==2.2.4", "3.9"). */
  version: z.string(),
  /** When the line ended, "YYYY-MM". */
  since: z.string(),
  evidence: EvidenceSchema,
});
export type EndOfLifeFinding = z.infer<typeof EndOfLifeFindingSchema>;

export const StackEvidenceSchema = z.object({
  /** What the project runs on: runtime dependencies and infrastructure files, in catalogue order. */
  skills: z.array(SkillFoundSchema),
  /** What only its tests, linting or docs use (pytest, HTTPX for a test client …): shown apart. */
  tooling: z.array(SkillFoundSchema),
  /** Dependency files read; none means the stack is unknown, not empty. */
  manifestsRead: z.array(z.string()),
  /**
   * Manifests the download plan wanted but could not read (budget, failure):
   * the stack may be missing what they declare. A Dockerfile or compose file
   * counts only in a folder without a manifest, where it is the only place
   * the stack is declared (file-plan.ts, 'container'); next to a manifest, or
   * as a recipe in compose/ or docker/, it mostly installs or runs what a
   * manifest declares, and counting it would leave every monorepo "unknown".
   */
  manifestsUnread: z.array(z.string()),
  /** Python 2 support declared or tested. Kinds: 'python2-classifier', 'python2-requires', 'python2-ci', 'universal-wheel'. */
  python2: z.array(EvidenceSchema),
  /** Products held at a release line past its end of life (end-of-life.ts). */
  endOfLife: z.array(EndOfLifeFindingSchema),
  /** Both of the above as evidence, for the outdated-stack flag and the report's list. */
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
/**
 * Services an orchestrator's compose file runs for itself (Airflow's metadata
 * database, its Celery broker): the candidate chose Airflow, not these, and a
 * project that uses them too declares their driver.
 */
const ORCHESTRATOR_STORES = new Set(['postgresql', 'redis', 'sql']);
/** "… :: Python :: 2", "… :: 2.7", "… :: 2 :: Only", but not a hypothetical "… :: 20". */
const PYTHON_2_CLASSIFIER = /^Programming Language :: Python :: 2(\s|\.|$)/;

type MakeEvidence = (kind: string, path: string, detail: string) => Evidence;

export function detectStack(snapshot: RepoSnapshot, catalogue: readonly Skill[] = SKILL_CATALOGUE): StackEvidence {
  const files = readDependencyFiles(snapshot);
  const ownPaths = snapshot.tree.filter((entry) => !isVendoredPath(entry.path));
  const evidence = evidenceIn(snapshot);
  const images = readImages(snapshot);

  const fromDependencies = (skill: Skill, runtime: boolean) =>
    files.flatMap((file) =>
      file.dependencies
        .filter((dependency) => isRuntimeDependency(dependency) === runtime && skillUsesPackage(skill, dependency.name, dependency.extras))
        .map((dependency) => evidence('dependency', file.path, `Depends on ${describe(dependency)} (${file.path}).`)),
    );
  const fromImages = (skill: Skill) =>
    images
      .filter((image) => skillRunsImage(skill, image.name) && !(image.besideOrchestrator && ORCHESTRATOR_STORES.has(skill.id)))
      .map((image) => evidence('image', image.path, `Runs the ${image.name} image (${image.path}: ${image.quote}).`));
  const fromTree = (skill: Skill) =>
    ownPaths
      .filter((entry) => skillMarkedByPath(skill, entry.path))
      .map((entry) => evidence('file', entry.path, `${entry.path} is in the repository.`, entry.type));
  const found = (skill: Skill, items: Evidence[]) =>
    items.length > 0 ? [{ id: skill.id, name: skill.name, evidence: items.slice(0, MAX_EVIDENCE_PER_SKILL) }] : [];

  const skills = catalogue.flatMap((skill) => (skill.developmentOnly ? [] : found(skill, [...fromDependencies(skill, true), ...fromImages(skill), ...fromTree(skill)])));
  const tooling = catalogue.flatMap((skill) => {
    if (skills.some((runtime) => runtime.id === skill.id)) return [];
    const development = fromDependencies(skill, false);
    // A development-only tool counts wherever it is declared, and by its files.
    return found(skill, skill.developmentOnly ? [...development, ...fromDependencies(skill, true), ...fromTree(skill)] : development);
  });

  const versions = readPythonVersions(snapshot);
  // A lint-only workflow's Python is not what the project is tested on.
  const tested = versions.tested.filter((seen) => !isCiPath(seen.path) || ciFileRunsTests(snapshot.files[seen.path] ?? '', snapshot.files));
  const python2 = python2Markers(snapshot, files, tested, versions.runtime, evidence);
  const endOfLife = endOfLifeFindings(files, images, versions.runtime, tested, evidence);
  const travis = snapshot.tree.find((entry) => entry.path === '.travis.yml' && entry.type === 'blob');

  return {
    skills,
    tooling,
    manifestsRead: files.filter((file) => file.kind !== 'dockerfile').map((file) => file.path),
    manifestsUnread: planDownloads(snapshot.tree, snapshot.files)
      .filter(({ role }) => declaresStack(role))
      .map(({ path }) => path),
    python2,
    endOfLife,
    outdated: [...python2, ...endOfLife.map((finding) => finding.evidence)],
    legacyCi: travis ? evidence('legacy-ci', travis.path, 'Continuous integration on Travis CI (.travis.yml).') : null,
    problems: files.flatMap((file) => file.problems.map((problem) => `${file.path}: ${problem}`)),
    partial: snapshot.treeTruncated,
  };
}

function python2Markers(
  snapshot: RepoSnapshot,
  files: readonly DependencyFile[],
  tested: readonly PythonVersionSeen[],
  runtime: readonly PythonVersionSeen[],
  evidence: MakeEvidence,
): Evidence[] {
  const markers: Evidence[] = [];
  for (const file of files) {
    const classifier = file.classifiers.find((item) => PYTHON_2_CLASSIFIER.test(item));
    if (classifier) markers.push(evidence('python2-classifier', file.path, `Declares "${classifier}" (${file.path}).`));
    const lowest = file.requiresPython === null || file.kind === 'pipfile' ? null : lowestAllowed(file.requiresPython);
    if (lowest && lowest[0]! < 3) {
      markers.push(evidence('python2-requires', file.path, `Supports Python ${file.requiresPython} (${file.path}), Python 2 included.`));
    }
  }
  const python2 = [...tested, ...runtime].find((seen) => seen.version.startsWith('2.'));
  if (python2) markers.push(evidence('python2-ci', python2.path, `Runs or tests Python ${python2.version}: "${python2.quote}" (${python2.path}).`));
  const setupCfg = snapshot.files['setup.cfg'];
  if (setupCfg && /^\s*\[(bdist_)?wheel\][^[]*^\s*universal\s*=\s*(1|true)\b/im.test(setupCfg)) {
    markers.push(evidence('universal-wheel', 'setup.cfg', 'Builds a universal wheel for Python 2 and 3 (setup.cfg).'));
  }
  return markers;
}

/**
 * Products held at a line past its end of life: a dependency whose every
 * allowed version has ended, an image tagged with an ended release, and Python when the project runs on an ended
 * version, allows only ended ones, or tests nothing newer than one.
 */
function endOfLifeFindings(
  files: readonly DependencyFile[],
  images: readonly ImageSeen[],
  runtime: readonly PythonVersionSeen[],
  tested: readonly PythonVersionSeen[],
  evidence: MakeEvidence,
): EndOfLifeFinding[] {
  const findings = new Map<EndOfLifeProduct, EndOfLifeFinding>();
  const add = (product: EndOfLifeProduct, version: string, path: string, detail: string) => {
    if (findings.has(product)) return;
    const line = END_OF_LIFE_LINES.find((candidate) => candidate.product === product)!;
    const text = `${detail}: no ${line.label} release below ${line.below} gets fixes any more (as of ${END_OF_LIFE_AS_OF}).`;
    findings.set(product, { product, label: line.label, version, since: line.since, evidence: evidence('end-of-life', path, text) });
  };

  const pythonLimit = PYTHON_END_OF_LIFE.below;
  const runsOnEnded = runtime.find((seen) => isBelow(seen.version, pythonLimit));
  if (runsOnEnded) add('python', runsOnEnded.version, runsOnEnded.path, `Runs on Python ${runsOnEnded.version} ("${runsOnEnded.quote}", ${runsOnEnded.path})`);
  const newestTested = newest(tested);
  if (newestTested && isBelow(newestTested.version, pythonLimit)) {
    add('python', newestTested.version, newestTested.path, `Tests nothing newer than Python ${newestTested.version} (${newestTested.path})`);
  }
  for (const file of files) {
    if (file.requiresPython !== null && file.kind !== 'pipfile' && staysBelow(file.requiresPython, pythonLimit)) {
      add('python', file.requiresPython, file.path, `Allows only Python ${file.requiresPython} (${file.path})`);
    }
    for (const dependency of file.dependencies.filter(isRuntimeDependency)) {
      const line = endOfLifeLineOf(dependency.name);
      if (line && dependency.specifier !== null && staysBelow(dependency.specifier, line.below)) {
        add(line.product, dependency.specifier, file.path, `Holds ${line.label} at ${dependency.specifier} (${file.path})`);
      }
    }
  }
  for (const image of images) {
    const line = END_OF_LIFE_LINES.find((candidate) => imageIs(image.name, candidate.images ?? []));
    const version = tagVersion(image.tag);
    if (line && version !== null && isBelow(version, line.below)) {
      add(line.product, version, image.path, `Runs ${line.label} ${version} (${image.path}: ${image.quote})`);
    }
  }
  return [...findings.values()];
}

function describe(dependency: Dependency): string {
  return dependency.specifier ? `${dependency.name} ${dependency.specifier}` : dependency.name;
}
