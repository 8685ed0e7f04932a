// `npm run corpus:record [-- --snapshots <dir>] [--only owner/name] [--manifest <file>]`: turns local git snapshots of the
// repositories in real-repos.json into what the bench reads, under $PYVET_CORPUS/real-repos/.
// A snapshot is a git directory (bare or not) at <dir>/<owner>+<name>/repo, <dir>/<owner>+<name>
// or <dir>/<owner>/<name>[.git]; it must hold the listed commit. Nothing here touches the network.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_MISSING } from '../support/corpus';
import { readManifest, recordingFolder, type RecordedRepo } from './real-repos';

/** Files bigger than this are never downloaded by pyvet, so never recorded either. */
const MAX_RECORDED_BYTES = 200 * 1024;
/** Test modules kept per repository: enough for any plan to read one. */
const MAX_TEST_MODULES = 40;

/** What any plan of pyvet's may read: manifests, CI and build files, runtime pins, READMEs, docs config. */
const WORTH_RECORDING = [
  /(^|\/)(pyproject\.toml|setup\.py|setup\.cfg|Pipfile|tox\.ini|noxfile\.py|pytest\.ini|conftest\.py|Makefile|GNUmakefile|Jenkinsfile)$/,
  /(^|\/)[^/]*requirements[^/]*\.(txt|in)$/i,
  /(^|\/)requirements\/[^/]+\.(txt|in)$/i,
  /(^|\/)constraints[^/]*\.txt$/i,
  /(^|\/)environment[^/]*\.ya?ml$/,
  /^\.github\/workflows\/[^/]+\.ya?ml$/,
  /^\.github\/actions\/.+\.ya?ml$/,
  /^(\.travis\.yml|\.gitlab-ci\.yml|\.circleci\/config\.yml|azure-pipelines\.yml|appveyor\.yml|\.python-version|runtime\.txt|\.tool-versions|mkdocs\.ya?ml|\.readthedocs\.ya?ml)$/,
  /(^|\/)([^/]+\.)?(Dockerfile|Containerfile)([.-][\w-]+)?$/i,
  /(^|\/)(docker-)?compose(\.[^/]+)?\.ya?ml$/,
  // Whatever a CI step may call: scripts of any kind in the usual folders.
  /(^|\/)(scripts?|bin|ci|tools|dev|\.circleci)\/[^/]+$/,
  /^[^/]+\.(sh|bash)$/,
  /^readme(\.[a-z]+)?$/i,
  /(^|\/)docs?\/(source\/)?conf\.py$/,
];
const VENDORED = /(^|\/)(node_modules|site-packages|\.?venv|\.?virtualenv|\.tox|\.nox|vendor|third_party)(\/|$)/i;
const TEST_MODULE = /(^|\/)(test_[^/]+|[^/]+_test|tests)\.py$/;

function locateSnapshot(root: string, repo: string): string | null {
  const [owner, name] = repo.split('/');
  const candidates = [join(root, `${owner}+${name}`, 'repo'), join(root, `${owner}+${name}`), join(root, owner!, `${name}.git`), join(root, owner!, name!)];
  return candidates.find((dir) => existsSync(dir)) ?? null;
}

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['--git-dir', gitDir(dir), ...args], { encoding: 'buffer', maxBuffer: 512 * 1024 * 1024 });
const gitDir = (dir: string) => (existsSync(join(dir, '.git')) ? join(dir, '.git') : dir);

function record(snapshot: string, entry: { repo: string; commit: string; description: string | null }, folder: string): RecordedRepo {
  git(snapshot, 'cat-file', '-e', `${entry.commit}^{commit}`);
  const listing = git(snapshot, 'ls-tree', '-r', '-t', '-l', '-z', entry.commit).toString('utf8').split('\0').filter(Boolean);
  const tree = listing.flatMap((line): { path: string; type: 'blob' | 'tree'; size?: number }[] => {
    const [meta = '', path = ''] = line.split('\t');
    const [, type, , size] = meta.split(/\s+/);
    if (type === 'tree') return [{ path, type: 'tree' }];
    // A snapshot may leave out its largest files: git then prints "-" for the size, and none is recorded.
    if (type === 'blob') return [{ path, type: 'blob', ...(Number.isFinite(Number(size)) ? { size: Number(size) } : {}) }];
    return []; // submodules
  });
  const blobs = tree.filter((entry) => entry.type === 'blob' && (entry.size ?? 0) <= MAX_RECORDED_BYTES && !VENDORED.test(entry.path));
  const config = blobs.filter((entry) => WORTH_RECORDING.some((pattern) => pattern.test(entry.path)));
  const tests = blobs.filter((entry) => TEST_MODULE.test(entry.path)).slice(0, MAX_TEST_MODULES);
  const paths = [...new Set([...config, ...tests].map((entry) => entry.path))].sort();

  rmSync(folder, { recursive: true, force: true });
  for (const path of paths) {
    const target = join(folder, 'files', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, git(snapshot, 'show', `${entry.commit}:${path}`));
  }
  const branch = git(snapshot, 'symbolic-ref', '--short', 'HEAD').toString('utf8').trim() || 'HEAD';
  const committedAt = git(snapshot, 'log', '-1', '--format=%cI', entry.commit).toString('utf8').trim();
  const recorded: RecordedRepo = { repo: entry.repo, commit: entry.commit, branch, committedAt, description: entry.description, files: paths };
  writeFileSync(join(folder, 'tree.json'), JSON.stringify(tree));
  writeFileSync(join(folder, 'repo.json'), JSON.stringify(recorded, null, 1));
  return recorded;
}

const { values } = parseArgs({ options: { snapshots: { type: 'string' }, only: { type: 'string' }, manifest: { type: 'string' } } });
const corpus = process.env.PYVET_CORPUS;
if (!corpus) {
  console.error(CORPUS_MISSING);
  process.exit(2);
}
const snapshots = values.snapshots ?? join(corpus, 'snapshots');
let recorded = 0;
const missing: string[] = [];
for (const entry of readManifest(values.manifest).repos.filter((repo) => !values.only || repo.repo === values.only)) {
  const snapshot = locateSnapshot(snapshots, entry.repo);
  if (!snapshot) {
    missing.push(`${entry.repo}: no snapshot under ${snapshots}`);
    continue;
  }
  try {
    const result = record(snapshot, entry, recordingFolder(corpus, entry.repo));
    recorded++;
    console.log(`${entry.repo}@${entry.commit.slice(0, 8)}: ${result.files.length} files`);
  } catch (error) {
    missing.push(`${entry.repo}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}
console.log(`${recorded} recorded in ${join(corpus, 'real-repos')}${missing.length ? `; not recorded:\n  ${missing.join('\n  ')}` : ''}`);
process.exit(missing.length ? 1 : 0);
