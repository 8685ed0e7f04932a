import { z } from 'zod';
import type { AccountSnapshot, ProgressListener } from '../analysis/account-snapshot';
import type { ContributionsByRepo } from '../analysis/activity';
import type { RepoFacts, RepoSnapshot, TreeEntry } from '../analysis/evidence/snapshot';
import { MAX_DOWNLOAD_BYTES, OTHER_CI_FILES } from '../analysis/evidence/file-plan';
import { selectReposToExamine } from '../analysis/repo-selection';
import type { GitHubClient } from './client';
import { GitHubRequestFailed } from './errors';
import { downloadPlannedFiles } from './planned-downloads';

/**
 * Gathers an account with a token in two GraphQL queries:
 *   1. the account, its public repositories and a year of commit contributions;
 *   2. for the ≤5 repositories worth a close look, their tree (six folder
 *      levels deep) and the text of the small files pyvet reads, asked by path;
 * then, like the anonymous plan, the few files the plan wants that no path
 * named (a service's manifest, an include) from raw.githubusercontent.com,
 * which costs no API request and never sees the token.
 */

const YEAR_MS = 365 * 24 * 3600_000;
/** Folder levels of the tree read with a token. */
const TREE_LEVELS = 6;

export const ACCOUNT_QUERY = /* GraphQL */ `
  query PyvetAccount($login: String!, $from: DateTime!) {
    owner: repositoryOwner(login: $login) {
      __typename
      login
      url
      avatarUrl
      ... on User {
        databaseId
        name
        bio
        company
        websiteUrl
        repositories(first: 100, privacy: PUBLIC, ownerAffiliations: OWNER, orderBy: { field: PUSHED_AT, direction: DESC }) {
          totalCount
          nodes {
            name
            nameWithOwner
            url
            description
            isFork
            isArchived
            stargazerCount
            diskUsage
            createdAt
            pushedAt
            primaryLanguage { name }
            defaultBranchRef { name }
            parent { nameWithOwner }
            repositoryTopics(first: 10) { nodes { topic { name } } }
          }
        }
        contributionsCollection(from: $from) {
          commitContributionsByRepository(maxRepositories: 100) {
            repository { nameWithOwner primaryLanguage { name } }
            contributions(first: 100) { nodes { occurredAt commitCount } }
          }
        }
      }
      ... on Organization {
        databaseId
        name
      }
    }
  }
`;

const named = z.object({ name: z.string() }).nullable();

const GraphqlRepoSchema = z.object({
  name: z.string(),
  nameWithOwner: z.string(),
  url: z.string(),
  description: z.string().nullable(),
  isFork: z.boolean(),
  isArchived: z.boolean(),
  stargazerCount: z.number(),
  diskUsage: z.number().nullable(),
  createdAt: z.string(),
  pushedAt: z.string().nullable(),
  primaryLanguage: named,
  defaultBranchRef: named,
  parent: z.object({ nameWithOwner: z.string() }).nullable(),
  repositoryTopics: z.object({ nodes: z.array(z.object({ topic: z.object({ name: z.string() }) })) }),
});

const ContributionsCollectionSchema = z.object({
  commitContributionsByRepository: z.array(
    z.object({
      repository: z.object({ nameWithOwner: z.string(), primaryLanguage: named }),
      contributions: z.object({ nodes: z.array(z.object({ occurredAt: z.string(), commitCount: z.number() })) }),
    }),
  ),
});

const AccountAnswerSchema = z.object({
  owner: z
    .object({
      __typename: z.string(),
      login: z.string(),
      url: z.string(),
      avatarUrl: z.string(),
      databaseId: z.number().nullable().optional(),
      name: z.string().nullable().optional(),
      bio: z.string().nullable().optional(),
      company: z.string().nullable().optional(),
      websiteUrl: z.string().nullable().optional(),
      repositories: z.object({ totalCount: z.number(), nodes: z.array(GraphqlRepoSchema) }).optional(),
      contributionsCollection: ContributionsCollectionSchema.optional(),
    })
    .nullable(),
});

/**
 * Small files the download plan (file-plan.ts) may want, asked for by path
 * in the second query beside the tree, since a third query would cost a
 * round trip; missing ones come back null at no cost. Each folder listed
 * after them comes back with the text of every file directly in it.
 */
const PROJECT_FILES = ['pyproject.toml', 'requirements.txt', 'setup.cfg', 'setup.py', 'Pipfile', 'environment.yml', 'Dockerfile'];
export const GRAPHQL_FILE_CANDIDATES = [
  ...PROJECT_FILES,
  'environment.yaml',
  'README.md',
  'README.markdown',
  'README.rst',
  'README',
  'readme.md',
  'README.txt',
  'tox.ini',
  'noxfile.py',
  'Makefile',
  '.python-version',
  'runtime.txt',
  // The services the project runs (a database, a broker, an orchestrator's image).
  'docker-compose.yml',
  'docker-compose.yaml',
  'compose.yaml',
  'compose.yml',
  ...OTHER_CI_FILES,
  ...['backend', 'server', 'api', 'app'].flatMap((folder) => PROJECT_FILES.map((file) => `${folder}/${file}`)),
] as const;
export const GRAPHQL_FOLDER_CANDIDATES = ['.github/workflows', 'requirements', 'scripts', 'backend/requirements', 'backend/scripts'] as const;

const BlobSchema = z.object({ text: z.string().nullable(), byteSize: z.number() }).nullable();

interface GraphqlTreeEntry {
  path: string;
  type: string;
  object?: { byteSize?: number; entries?: GraphqlTreeEntry[] } | null;
}
const TreeEntrySchema: z.ZodType<GraphqlTreeEntry> = z.lazy(() =>
  z.object({
    path: z.string(),
    type: z.string(),
    object: z
      .object({ byteSize: z.number().optional(), entries: z.array(TreeEntrySchema).optional() })
      .nullable()
      .optional(),
  }),
);

const FolderSchema = z.object({ entries: z.array(z.object({ path: z.string(), object: BlobSchema.optional() })) }).nullable();

const RepositoryAnswerSchema = z
  .object({ tree: z.object({ entries: z.array(TreeEntrySchema) }).nullable() })
  .catchall(z.union([BlobSchema, FolderSchema]))
  .nullable();

/** Six levels of folders: deep enough for app/api/v1/tests/test_x.py. */
function treeSelection(depth: number): string {
  const blob = '... on Blob { byteSize }';
  if (depth === 0) return `entries { path type object { ${blob} } }`;
  return `entries { path type object { ${blob} ... on Tree { ${treeSelection(depth - 1)} } } }`;
}

export function repositoriesQuery(count: number): string {
  const variables = Array.from({ length: count }, (_, i) => `$owner${i}: String!, $name${i}: String!`).join(', ');
  const files = GRAPHQL_FILE_CANDIDATES.map(
    (path, i) => `file${i}: object(expression: "HEAD:${path}") { ... on Blob { text byteSize } }`,
  ).join('\n');
  const folders = GRAPHQL_FOLDER_CANDIDATES.map(
    (path, i) => `folder${i}: object(expression: "HEAD:${path}") { ... on Tree { entries { path object { ... on Blob { text byteSize } } } } }`,
  ).join('\n');
  const repositories = Array.from(
    { length: count },
    (_, i) => `repo${i}: repository(owner: $owner${i}, name: $name${i}) {
      tree: object(expression: "HEAD:") { ... on Tree { ${treeSelection(TREE_LEVELS - 1)} } }
      ${files}
      ${folders}
    }`,
  ).join('\n');
  return `query PyvetRepositories(${variables}) {\n${repositories}\n}`;
}

export async function gatherOverGraphql(
  client: GitHubClient,
  login: string,
  options: { now: number; signal?: AbortSignal; onProgress?: ProgressListener },
): Promise<AccountSnapshot> {
  const { signal, onProgress } = options;
  onProgress?.({ step: 'account' });
  const account = await client.graphql(
    'account',
    ACCOUNT_QUERY,
    { login, from: new Date(options.now - YEAR_MS).toISOString() },
    AccountAnswerSchema,
    signal,
  );
  const owner = account.data.owner;
  if (!owner) throw new GitHubRequestFailed({ kind: 'not-found' });

  const repos = (owner.repositories?.nodes ?? []).map(repoFactsFromGraphql);
  const chosen = owner.__typename === 'Organization' ? [] : selectReposToExamine(repos, options.now);
  onProgress?.({ step: 'trees', repos: chosen.length });

  let examined: RepoSnapshot[] = [];
  const gaps: string[] = [];
  let rawRequests = 0;
  let apiRequests = account.requestsMade;
  let fetchedAt = account.fetchedAt;
  if (chosen.length > 0) {
    const variables: Record<string, string> = {};
    chosen.forEach((repo, i) => {
      const [ownerLogin = '', name = ''] = repo.fullName.split('/');
      variables[`owner${i}`] = ownerLogin;
      variables[`name${i}`] = name;
    });
    const answer = await client.graphql(
      'repositories',
      repositoriesQuery(chosen.length),
      variables,
      z.record(z.string(), RepositoryAnswerSchema),
      signal,
    );
    apiRequests += answer.requestsMade;
    fetchedAt = Math.min(fetchedAt, answer.fetchedAt);
    examined = chosen.flatMap((repo, i) => {
      const repository = answer.data[`repo${i}`];
      return repository ? [snapshotFromGraphql(repo, repository)] : [];
    });
    // What the plan wants beyond the files asked by path (a service's manifest, an include, a CI script).
    rawRequests = (await downloadPlannedFiles(client, examined, { gaps, signal, onProgress, alreadyAsked: askedByPath })).requestsMade;
  }

  return {
    user: {
      login: owner.login,
      id: owner.databaseId ?? 0,
      type: owner.__typename === 'Organization' ? 'Organization' : 'User',
      name: owner.name ?? null,
      bio: owner.bio ?? null,
      company: owner.company ?? null,
      blog: owner.websiteUrl ?? null,
      avatar_url: owner.avatarUrl,
      html_url: owner.url,
      public_repos: owner.repositories?.totalCount ?? 0,
    },
    repos,
    events: null,
    contributions: contributionsFromGraphql(owner.contributionsCollection),
    examined,
    gaps,
    cost: { apiRequests, rawRequests, mode: 'token' },
    fetchedAt,
  };
}

/** Whether the repositories query already asked for this file: by its path, or as a file directly in a listed folder. */
function askedByPath(path: string): boolean {
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  return (GRAPHQL_FILE_CANDIDATES as readonly string[]).includes(path) || (GRAPHQL_FOLDER_CANDIDATES as readonly string[]).includes(folder);
}

function repoFactsFromGraphql(repo: z.infer<typeof GraphqlRepoSchema>): RepoFacts {
  return {
    name: repo.name,
    fullName: repo.nameWithOwner,
    htmlUrl: repo.url,
    description: repo.description,
    fork: repo.isFork,
    parentFullName: repo.parent?.nameWithOwner ?? null,
    archived: repo.isArchived,
    language: repo.primaryLanguage?.name ?? null,
    stars: repo.stargazerCount,
    sizeKb: repo.diskUsage ?? 0,
    defaultBranch: repo.defaultBranchRef?.name ?? 'HEAD',
    createdAt: repo.createdAt,
    pushedAt: repo.pushedAt,
    topics: repo.repositoryTopics.nodes.map((node) => node.topic.name),
  };
}

function snapshotFromGraphql(repo: RepoFacts, answer: NonNullable<z.infer<typeof RepositoryAnswerSchema>>): RepoSnapshot {
  const tree: TreeEntry[] = [];
  const walk = (entries: GraphqlTreeEntry[]) => {
    for (const entry of entries) {
      if (entry.type !== 'blob' && entry.type !== 'tree') continue;
      const size = entry.object?.byteSize;
      tree.push({ path: entry.path, type: entry.type, ...(size === undefined ? {} : { size }) });
      if (entry.object?.entries) walk(entry.object.entries);
    }
  };
  walk(answer.tree?.entries ?? []);

  const files: Record<string, string> = {};
  GRAPHQL_FILE_CANDIDATES.forEach((path, i) => {
    const blob = BlobSchema.safeParse(answer[`file${i}`]);
    if (blob.success && blob.data?.text != null && blob.data.byteSize <= MAX_DOWNLOAD_BYTES) files[path] = blob.data.text;
  });
  GRAPHQL_FOLDER_CANDIDATES.forEach((_, i) => {
    const folder = FolderSchema.safeParse(answer[`folder${i}`]);
    for (const entry of (folder.success ? folder.data?.entries : undefined) ?? []) {
      if (entry.object?.text != null && entry.object.byteSize <= MAX_DOWNLOAD_BYTES) files[entry.path] = entry.object.text;
    }
  });
  return {
    fullName: repo.fullName,
    htmlUrl: repo.htmlUrl,
    defaultBranch: repo.defaultBranch,
    tree,
    // Deeper folders are not listed in token mode; the detectors treat that as a partial tree.
    treeTruncated: tree.some((entry) => entry.type === 'tree' && entry.path.split('/').length === TREE_LEVELS),
    files,
  };
}

function contributionsFromGraphql(
  collection: z.infer<typeof ContributionsCollectionSchema> | undefined,
): ContributionsByRepo | null {
  if (!collection) return null;
  return collection.commitContributionsByRepository.map((entry) => ({
    repo: entry.repository.nameWithOwner,
    language: entry.repository.primaryLanguage?.name ?? null,
    days: entry.contributions.nodes.map((node) => ({ date: node.occurredAt.slice(0, 10), commits: node.commitCount })),
  }));
}
