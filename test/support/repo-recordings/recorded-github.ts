import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordedRepoSchema, RecordedTreeSchema, type RecordedRepo } from '../../corpus/real-repos';
import type { FakeRoute } from '../fake-fetch';

/** One recorded repository (test/corpus/record.ts), as the fake GitHub below serves it. */
export interface Recording {
  meta: RecordedRepo;
  tree: { path: string; type: 'blob' | 'tree'; size?: number }[];
  /** Text of the recorded files, by path. */
  files: Map<string, string>;
}

export function loadRecording(folder: string): Recording {
  const meta = RecordedRepoSchema.parse(JSON.parse(readFileSync(join(folder, 'repo.json'), 'utf8')));
  const tree = RecordedTreeSchema.parse(JSON.parse(readFileSync(join(folder, 'tree.json'), 'utf8')));
  const files = new Map(meta.files.map((path) => [path, readFileSync(join(folder, 'files', path), 'utf8')]));
  return { meta, tree, files };
}

/** GitHub's main language for the tree, by bytes of code (close to Linguist for these repositories). */
const LANGUAGES: [RegExp, string][] = [
  [/\.(py|pyi|pyx)$/i, 'Python'],
  [/\.ipynb$/i, 'Jupyter Notebook'],
  [/\.(js|mjs|cjs|jsx)$/i, 'JavaScript'],
  [/\.(ts|tsx)$/i, 'TypeScript'],
  [/\.(html?)$/i, 'HTML'],
  [/\.go$/i, 'Go'],
  [/\.rb$/i, 'Ruby'],
  [/\.(c|h)$/i, 'C'],
  [/\.(tf|hcl)$/i, 'HCL'],
  [/\.sql$/i, 'SQL'],
];
function mainLanguage(tree: Recording['tree']): string | null {
  const bytes = new Map<string, number>();
  for (const entry of tree) {
    const language = LANGUAGES.find(([pattern]) => pattern.test(entry.path))?.[1];
    if (entry.type === 'blob' && language) bytes.set(language, (bytes.get(language) ?? 0) + (entry.size ?? 0));
  }
  return [...bytes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const json = (body: unknown) => ({ status: 200, body, headers: { etag: '"recorded"' } });

/** Files the engine asked for that exist in the tree but were not recorded: the recorder must keep them too. */
export type Unrecorded = Set<string>;

/**
 * A fake api.github.com and raw.githubusercontent.com for one account that
 * owns just this repository, answering REST and pyvet's two GraphQL queries
 * from the recording.
 */
export function recordedGitHub(recording: Recording, unrecorded: Unrecorded): FakeRoute {
  const { meta, tree, files } = recording;
  const [owner = '', name = ''] = meta.repo.split('/');
  const blobs = new Map(tree.filter((entry) => entry.type === 'blob').map((entry) => [entry.path, entry]));
  const sizeKb = Math.max(1, Math.round([...blobs.values()].reduce((sum, entry) => sum + (entry.size ?? 0), 0) / 1024));
  const pushedAt = meta.committedAt;
  const createdAt = new Date(Date.parse(meta.committedAt) - 365 * 86_400_000).toISOString();
  const language = mainLanguage(tree);
  const user = { login: owner, id: 1, type: 'User', name: owner, avatar_url: 'https://avatars.githubusercontent.com/u/1', html_url: `https://github.com/${owner}`, public_repos: 1 };
  const repo = {
    name,
    full_name: meta.repo,
    html_url: `https://github.com/${meta.repo}`,
    description: meta.description,
    fork: false,
    archived: false,
    language,
    stargazers_count: 10,
    size: sizeKb,
    default_branch: meta.branch,
    created_at: createdAt,
    pushed_at: pushedAt,
    topics: [],
  };
  const text = (path: string) => {
    const found = files.get(path);
    if (found === undefined && blobs.has(path)) unrecorded.add(`${meta.repo}: ${path}`);
    return found;
  };

  return ({ url, body }) => {
    const parsed = new URL(url);
    const path = decodeURIComponent(parsed.pathname);
    if (parsed.hostname === 'raw.githubusercontent.com') {
      const prefix = `/${meta.repo}/${meta.branch}/`;
      const found = path.startsWith(prefix) ? text(path.slice(prefix.length)) : undefined;
      return found === undefined ? { status: 404, rawBody: '404: Not Found' } : { status: 200, rawBody: found, headers: { 'content-type': 'text/plain' } };
    }
    if (path === `/users/${owner}`) return json(user);
    if (path === `/users/${owner}/repos`) return json([repo]);
    if (path === `/users/${owner}/events/public`) return json([]);
    if (path.startsWith(`/repos/${meta.repo}/git/trees/`)) return json({ sha: meta.commit, tree, truncated: false });
    if (path === '/graphql' && body) return json({ data: graphqlAnswer(JSON.parse(body) as GraphqlRequest) });
    return { status: 404, body: { message: 'Not Found' } };
  };

  function graphqlAnswer({ query, variables }: GraphqlRequest): unknown {
    if (query.includes('query PyvetAccount')) {
      return {
        owner: {
          __typename: 'User',
          login: owner,
          url: user.html_url,
          avatarUrl: user.avatar_url,
          databaseId: 1,
          name: owner,
          repositories: {
            totalCount: 1,
            nodes: [
              {
                name,
                nameWithOwner: meta.repo,
                url: repo.html_url,
                description: meta.description,
                isFork: false,
                isArchived: false,
                stargazerCount: 10,
                diskUsage: sizeKb,
                createdAt,
                pushedAt,
                primaryLanguage: language ? { name: language } : null,
                defaultBranchRef: { name: meta.branch },
                parent: null,
                repositoryTopics: { nodes: [] },
              },
            ],
          },
          contributionsCollection: { commitContributionsByRepository: [] },
        },
      };
    }
    return { repo0: variables.owner0 === owner && variables.name0 === name ? repositoryAnswer(query) : null };
  }

  /** The second query's answer: the tree four levels deep, and each `HEAD:<path>` expression asked. */
  function repositoryAnswer(query: string): Record<string, unknown> {
    // As many folder levels as the query's nested tree selection asks for.
    const levels = (query.match(/entries \{ path type/g) ?? []).length;
    const nest = (folder: string, depth: number): unknown[] =>
      tree
        .filter((entry) => entry.path.startsWith(folder) && !entry.path.slice(folder.length).includes('/'))
        .map((entry) => ({
          path: entry.path,
          type: entry.type,
          object: entry.type === 'tree' ? (depth < levels - 1 ? { entries: nest(`${entry.path}/`, depth + 1) } : {}) : { byteSize: entry.size ?? 0 },
        }));
    const answer: Record<string, unknown> = { tree: { entries: nest('', 0) } };
    for (const match of query.matchAll(/(\w+): object\(expression: "HEAD:([^"]*)"\)/g)) {
      const [, alias = '', expression = ''] = match;
      if (alias === 'tree') continue;
      const folder = tree.some((entry) => entry.type === 'tree' && entry.path === expression);
      if (folder) {
        const entries = tree
          .filter((entry) => entry.type === 'blob' && entry.path.startsWith(`${expression}/`) && !entry.path.slice(expression.length + 1).includes('/'))
          .map((entry) => ({ path: entry.path, object: { text: text(entry.path) ?? null, byteSize: entry.size ?? 0 } }));
        answer[alias] = { entries };
      } else {
        const content = text(expression);
        answer[alias] = content === undefined ? null : { text: content, byteSize: blobs.get(expression)?.size ?? content.length };
      }
    }
    return answer;
  }
}

interface GraphqlRequest {
  query: string;
  variables: Record<string, string>;
}
