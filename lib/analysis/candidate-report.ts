import { z } from 'zod';
import { plural } from '../text/plural';
import type { AccountSnapshot } from './account-snapshot';
import { ActivityReportSchema, buildActivitySeries } from './activity';
import { detectDocs, DocsEvidenceSchema } from './evidence/docs';
import { findRootReadme, isVendoredPath } from './evidence/file-plan';
import { EvidenceSchema, type Evidence, type RepoFacts, type RepoSnapshot } from './evidence/snapshot';
import { detectStack, SkillFoundSchema, StackEvidenceSchema } from './evidence/stack';
import { detectTests, TestsEvidenceSchema } from './evidence/tests';
import { assessOriginality, OriginalityKindSchema, OriginalityReportSchema } from './originality';

/** How much of a repository's own code is notebooks, counted in files (a notebook's bytes are mostly output). */
export const NotebookShareSchema = z.object({
  notebookFiles: z.number(),
  pythonFiles: z.number(),
  /** More notebooks than Python files: the repository's work is mainly notebooks. */
  dominant: z.boolean(),
});

/** One repository pyvet examined closely, with everything it found there. */
export const ExaminedRepoSchema = z.object({
  repo: z.string(),
  url: z.string(),
  language: z.string().nullable(),
  stars: z.number(),
  pushedAt: z.string().nullable(),
  fork: z.boolean(),
  originality: OriginalityKindSchema,
  tests: TestsEvidenceSchema,
  docs: DocsEvidenceSchema,
  stack: StackEvidenceSchema,
  notebooks: NotebookShareSchema,
  /** GitHub's tree was cut short: what was found is a lower bound. */
  partial: z.boolean(),
});
export type ExaminedRepo = z.infer<typeof ExaminedRepoSchema>;

export const SkillAcrossReposSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Repositories whose files show the skill. */
  repos: z.array(z.string()),
  /** The first few pieces of evidence, most telling first. */
  evidence: z.array(EvidenceSchema),
});

/** Bytes of code by kind across the examined repositories' trees. */
export const CodeBytesSchema = z.object({
  python: z.number(),
  notebook: z.number(),
  other: z.number(),
  /** python / (python + notebook + other); null without any code. */
  pythonShare: z.number().nullable(),
});

/**
 * pyvet's report on one GitHub account: evidence, each item linkable, plus
 * what the evidence could not see. The README's "The candidate report"
 * section documents it for users of the CLI's JSON output.
 */
export const CandidateReportSchema = z.object({
  schemaVersion: z.literal(1),
  login: z.string(),
  name: z.string().nullable(),
  /** The account's bio, company and website (GitHub's `blog`) as written; null when empty. */
  bio: z.string().nullable(),
  company: z.string().nullable(),
  website: z.string().nullable(),
  avatarUrl: z.string(),
  profileUrl: z.string(),
  isOrganization: z.boolean(),
  publicRepos: z.number(),
  /** Repositories in the listing pyvet read (one page: the most recently pushed). */
  reposListed: z.number(),
  pythonRepos: z.number(),
  pythonForks: z.number(),
  repos: z.array(ExaminedRepoSchema),
  skills: z.array(SkillAcrossReposSchema),
  /** What the repositories only test, lint or document with (pytest, Ruff …), for skills nowhere in `skills`. */
  tooling: z.array(SkillAcrossReposSchema),
  outdated: z.array(EvidenceSchema),
  codeBytes: CodeBytesSchema,
  activity: ActivityReportSchema,
  originality: OriginalityReportSchema,
  /** Every evidence item of the report in one list, for exports and the CLI. */
  evidence: z.array(EvidenceSchema),
  /** What the report cannot see or could not read, in plain words. */
  coverage: z.array(z.string()),
  cost: z.object({ mode: z.enum(['anonymous', 'token']), apiRequests: z.number(), rawRequests: z.number() }),
  /** When GitHub last confirmed the oldest part of the data, epoch ms. */
  fetchedAt: z.number(),
  generatedAt: z.number(),
});
export type CandidateReport = z.infer<typeof CandidateReportSchema>;

const SKILL_EVIDENCE_SHOWN = 3;
/** The opening of a README: where it says what the repository is. */
const README_INTRO_CHARS = 1500;

/** "2 API requests, 1 file download": what an analysis cost, in words. */
export function describeCost(cost: CandidateReport['cost']): string {
  return `${plural(cost.apiRequests, 'API request')}, ${plural(cost.rawRequests, 'file download')}`;
}

/** Pure: turns what was gathered into the candidate report. */
export function buildCandidateReport(snapshot: AccountSnapshot, now: number): CandidateReport {
  const { user, repos } = snapshot;
  const originality = assessOriginality(repos, now, readmeIntros(snapshot.examined));
  const kindByRepo = new Map(originality.verdicts.map((verdict) => [verdict.repo, verdict.kind]));
  const factsByRepo = new Map(repos.map((repo) => [repo.fullName, repo]));

  const examined = snapshot.examined.map((repoSnapshot) =>
    examineRepo(repoSnapshot, factsByRepo.get(repoSnapshot.fullName), kindByRepo.get(repoSnapshot.fullName)),
  );
  const activity = buildActivitySeries({ repos, events: snapshot.events, contributions: snapshot.contributions, now });
  const pythonRepos = repos.filter((repo) => repo.language === 'Python');
  const skills = skillsAcrossRepos(examined, (repo) => repo.stack.skills);
  const runtimeIds = new Set(skills.map((skill) => skill.id));
  const tooling = skillsAcrossRepos(examined, (repo) => repo.stack.tooling).filter((skill) => !runtimeIds.has(skill.id));
  const outdated = examined.flatMap((repo) => repo.stack.outdated);

  return {
    schemaVersion: 1,
    login: user.login,
    name: user.name?.trim() || null,
    bio: user.bio?.trim() || null,
    company: user.company?.trim() || null,
    website: user.blog?.trim() || null,
    avatarUrl: user.avatar_url,
    profileUrl: user.html_url,
    isOrganization: user.type === 'Organization',
    publicRepos: user.public_repos,
    reposListed: repos.length,
    pythonRepos: pythonRepos.length,
    pythonForks: pythonRepos.filter((repo) => repo.fork).length,
    repos: examined,
    skills,
    tooling,
    outdated,
    codeBytes: countCodeBytes(snapshot.examined),
    activity,
    originality,
    evidence: [
      ...examined.flatMap((repo) => [...repo.tests.evidence, ...repo.docs.evidence]),
      ...[...skills, ...tooling].flatMap((skill) => skill.evidence),
      ...outdated,
      ...originality.evidence,
    ],
    coverage: coverageNotes(snapshot, examined, activity.coverageNotes),
    cost: snapshot.cost,
    fetchedAt: snapshot.fetchedAt,
    generatedAt: now,
  };
}

function examineRepo(snapshot: RepoSnapshot, facts: RepoFacts | undefined, originality: ExaminedRepo['originality'] | undefined): ExaminedRepo {
  return {
    repo: snapshot.fullName,
    url: snapshot.htmlUrl,
    language: facts?.language ?? null,
    stars: facts?.stars ?? 0,
    pushedAt: facts?.pushedAt ?? null,
    fork: facts?.fork ?? false,
    originality: originality ?? 'original',
    tests: detectTests(snapshot),
    docs: detectDocs(snapshot),
    stack: detectStack(snapshot),
    notebooks: notebookShare(snapshot),
    partial: snapshot.treeTruncated,
  };
}

function notebookShare(snapshot: RepoSnapshot): z.infer<typeof NotebookShareSchema> {
  const own = snapshot.tree.filter((entry) => entry.type === 'blob' && !isVendoredPath(entry.path));
  const notebookFiles = own.filter((entry) => /\.ipynb$/i.test(entry.path)).length;
  const pythonFiles = own.filter((entry) => /\.py$/i.test(entry.path)).length;
  return { notebookFiles, pythonFiles, dominant: notebookFiles > pythonFiles };
}

/** How each examined repository's README begins, where it says whether it is tutorial or course work. */
function readmeIntros(examined: readonly RepoSnapshot[]): Map<string, string> {
  const intros = new Map<string, string>();
  for (const snapshot of examined) {
    const readme = findRootReadme(snapshot.tree);
    const text = readme ? snapshot.files[readme.path] : undefined;
    if (text) intros.set(snapshot.fullName, text.slice(0, README_INTRO_CHARS));
  }
  return intros;
}

function skillsAcrossRepos(
  examined: readonly ExaminedRepo[],
  skillsOf: (repo: ExaminedRepo) => readonly z.infer<typeof SkillFoundSchema>[],
): z.infer<typeof SkillAcrossReposSchema>[] {
  const byId = new Map<string, z.infer<typeof SkillAcrossReposSchema>>();
  for (const repo of examined) {
    for (const skill of skillsOf(repo)) {
      const entry = byId.get(skill.id) ?? { id: skill.id, name: skill.name, repos: [], evidence: [] as Evidence[] };
      entry.repos.push(repo.repo);
      entry.evidence.push(...skill.evidence.slice(0, SKILL_EVIDENCE_SHOWN - entry.evidence.length));
      byId.set(skill.id, entry);
    }
  }
  // Skills shown by more repositories first: repeated use says more than one mention.
  return [...byId.values()].sort((a, b) => b.repos.length - a.repos.length);
}

const CODE_EXTENSIONS =
  /\.(py|pyi|pyx|ipynb|js|jsx|ts|tsx|go|rs|java|kt|scala|rb|php|c|cc|cpp|h|hpp|cs|swift|m|r|jl|lua|sh|sql)$/i;

function countCodeBytes(snapshots: readonly RepoSnapshot[]): z.infer<typeof CodeBytesSchema> {
  let python = 0;
  let notebook = 0;
  let other = 0;
  for (const snapshot of snapshots) {
    for (const entry of snapshot.tree) {
      if (entry.type !== 'blob' || !CODE_EXTENSIONS.test(entry.path)) continue;
      const size = entry.size ?? 0;
      if (/\.(py|pyi|pyx)$/i.test(entry.path)) python += size;
      else if (/\.ipynb$/i.test(entry.path)) notebook += size;
      else other += size;
    }
  }
  const total = python + notebook + other;
  return { python, notebook, other, pythonShare: total === 0 ? null : Math.round((python / total) * 100) / 100 };
}

function coverageNotes(snapshot: AccountSnapshot, examined: readonly ExaminedRepo[], activityNotes: readonly string[]): string[] {
  const notes: string[] = [];
  if (snapshot.user.public_repos > snapshot.repos.length) {
    notes.push(
      `${snapshot.repos.length} of ${snapshot.user.public_repos} public repositories were listed (the most recently pushed).`,
    );
  }
  if (examined.length > 0) {
    notes.push(
      `Tests, docs and stack come from the ${examined.length} most relevant repositories; the others were not opened.`,
    );
  }
  const partial = examined.filter((repo) => repo.partial).map((repo) => repo.repo);
  if (partial.length > 0) notes.push(`GitHub listed only part of the files of ${partial.join(', ')}: counts there are a lower bound.`);
  for (const repo of examined) {
    const { manifestsRead, manifestsUnread } = repo.stack;
    if (manifestsUnread.length === 0) continue;
    notes.push(
      manifestsRead.length === 0
        ? `Stack of ${repo.repo} unknown: no manifest read (${manifestsUnread.join(', ')}).`
        : `Stack of ${repo.repo} may be incomplete: ${manifestsUnread.join(', ')} not read.`,
    );
  }
  return [...notes, ...snapshot.gaps, ...activityNotes];
}
