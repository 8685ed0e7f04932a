import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GRAPHQL_FILE_CANDIDATES, GRAPHQL_FOLDER_CANDIDATES } from '../../lib/github/graphql-gatherer';
import { asPageText, XSS_PAYLOADS } from './xss-payloads';

/**
 * The fake GitHub both test layers serve: the e2e HTTPS server and the unit
 * tests' fake fetch answer from these routes, over the project's own
 * synthetic fixtures in test/fixtures. The corpus tier (test/corpus) swaps in
 * real saved pages for the same paths (see FixturePages).
 */

// A plain path, not import.meta.dirname: vitest, tsx and happy-dom all agree on this one.
const HERE = dirname(fileURLToPath(import.meta.url));
const OWN = resolve(HERE, '../fixtures');

export interface FixtureReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/**
 * The profile pages the fake serves: each account's github.com page, and the
 * Upwork profile page its marketplace paths are built from, with the name and
 * title that page shows (the hostile variant replaces them).
 */
export interface FixturePages {
  githubProfiles: Record<string, string>;
  /** `id`: the profile id the page names itself by (canonical link, og:url, its Nuxt state). */
  upwork: { file: string; id: string; name: string; title: string };
}

/** The project's own synthetic pages, in GitHub's and Upwork's markup (test/fixtures). */
export const OWN_PAGES: FixturePages = {
  githubProfiles: {
    '/defunkt': join(OWN, 'github-pages/defunkt.html'),
    '/dingaanmanjate': join(OWN, 'github-pages/dingaanmanjate.html'),
  },
  upwork: {
    file: join(OWN, 'marketplace-pages/upwork-profile.html'),
    id: '~01synthetic0000001',
    name: 'Marta K.',
    title: 'Senior Python Developer | FastAPI, Django &amp; Stripe Integrations',
  },
};

/** github.com pages that are not profiles, by path. */
const OTHER_GITHUB_PAGES: Record<string, string> = {
  '/python': join(OWN, 'github-pages/organization.html'),
  '/defunkt/dotjs': join(OWN, 'github-pages/repository.html'),
  '/hostile-dev': join(OWN, 'github-pages/hostile-name.html'),
  '/newmarkup': join(OWN, 'github-pages/unfamiliar-markup.html'),
};

/** A GitHub account whose every text field is hostile (test/support/xss-payloads.ts). */
export const XSS_LOGIN = 'xss-dev';

/**
 * api.github.com accounts with synthetic bodies in test/fixtures/github-api/;
 * mira-allrounder, made up, has no repositories and a bio that claims everything.
 */
export const FIXTURE_ACCOUNTS = ['defunkt', 'dingaanmanjate', 'python', 'mira-allrounder'];

const DAY_MS = 86_400_000;

function json(body: string, etag: string, now: number): FixtureReply {
  return {
    status: 200,
    body,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      etag: `"${etag}"`,
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '52',
      'x-ratelimit-reset': String(Math.floor(now / 1000) + 3600),
    },
  };
}

/** Recent public events, dated relative to `now` so they stay inside GitHub's 30-day window. */
function recentEvents(login: string, now: number): string {
  if (login !== 'defunkt') return '[]';
  const daysAgo = (days: number) => new Date(now - days * DAY_MS).toISOString().replace(/\.\d+Z$/, 'Z');
  return JSON.stringify([
    { type: 'PushEvent', repo: { name: 'defunkt/pystache-lite' }, created_at: daysAgo(2), payload: { size: 3, distinct_size: 3 } },
    { type: 'PushEvent', repo: { name: 'defunkt/dotjs' }, created_at: daysAgo(5), payload: { size: 1, distinct_size: 1 } },
    { type: 'IssuesEvent', repo: { name: 'psf/requests' }, created_at: daysAgo(9), payload: { action: 'opened' } },
  ]);
}

const NOT_FOUND_API: FixtureReply = {
  status: 404,
  body: JSON.stringify({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' }),
  headers: { 'content-type': 'application/json; charset=utf-8' },
};

/** The API side of the hostile account: every text field GitHub returns holds a payload. */
function hostileApiReply(path: string, now: number): FixtureReply | null {
  const payload = (index: number) => XSS_PAYLOADS[index % XSS_PAYLOADS.length] ?? '';
  const repo = (name: string, index: number) => ({
    name,
    full_name: `${XSS_LOGIN}/${name}`,
    html_url: index === 0 ? payload(10) : `https://github.com/${XSS_LOGIN}/${name}`,
    description: payload(index),
    fork: false,
    archived: false,
    language: 'Python',
    stargazers_count: 3,
    size: 120,
    default_branch: 'main',
    created_at: new Date(now - 400 * DAY_MS).toISOString(),
    pushed_at: new Date(now - 3 * DAY_MS).toISOString(),
    topics: [],
  });
  const routes: Record<string, unknown> = {
    [`/users/${XSS_LOGIN}`]: {
      login: XSS_LOGIN,
      id: 31337,
      type: 'User',
      name: payload(1),
      bio: payload(3),
      company: payload(6),
      blog: payload(12),
      avatar_url: payload(14),
      html_url: payload(11),
      public_repos: 2,
    },
    [`/users/${XSS_LOGIN}/repos`]: [repo('app', 0), repo('tool', 5)],
    [`/users/${XSS_LOGIN}/events/public`]: [
      { type: 'PushEvent', repo: { name: payload(2) }, created_at: new Date(now - DAY_MS).toISOString(), payload: { size: 1 } },
    ],
  };
  for (const name of ['app', 'tool']) {
    routes[`/repos/${XSS_LOGIN}/${name}/git/trees/main`] = {
      sha: 'x',
      truncated: false,
      tree: [
        { path: 'README.md', type: 'blob', size: 4000 },
        { path: 'pyproject.toml', type: 'blob', size: 400 },
        { path: 'tests', type: 'tree' },
        { path: `tests/test_${name}.py`, type: 'blob', size: 300 },
        { path: `${name}.py`, type: 'blob', size: 900 },
      ],
    };
  }
  const body = routes[path];
  return body === undefined ? null : json(JSON.stringify(body), `xss-${path}`, now);
}

/** Raw files of the hostile account: README headings and dependency names are payloads. */
function hostileRawReply(path: string): FixtureReply | null {
  if (!path.startsWith(`/${XSS_LOGIN}/`)) return null;
  if (path.endsWith('/README.md')) {
    return { status: 200, body: XSS_PAYLOADS.map((payload) => `## ${payload}\n\ntext\n`).join('\n') };
  }
  if (path.endsWith('/pyproject.toml')) {
    const dependencies = XSS_PAYLOADS.slice(0, 8).map((payload) => JSON.stringify(payload)).join(', ');
    return { status: 200, body: `[project]\nname = "x"\ndependencies = ["fastapi", ${dependencies}]\n` };
  }
  return null;
}

function apiReply(path: string, now: number): FixtureReply {
  const hostile = hostileApiReply(path, now);
  if (hostile) return hostile;
  const account = /^\/users\/([^/]+)(\/repos|\/events\/public)?$/.exec(path);
  const login = account?.[1]?.toLowerCase();
  if (account && login && FIXTURE_ACCOUNTS.includes(login)) {
    if (account[2] === '/events/public') return json(recentEvents(login, now), `${login}-events-v1`, now);
    const file = join(OWN, `github-api/${login}.${account[2] ? 'repos' : 'user'}.json`);
    return json(readFileSync(file, 'utf8'), `${login}${account[2] ?? ''}-v1`, now);
  }
  const tree = /^\/repos\/([^/]+)\/([^/]+)\/git\/trees\/[^/]+$/.exec(path);
  const treeFile = tree && join(OWN, `github-api/trees/${tree[1]}__${tree[2]}.json`);
  if (treeFile && existsSync(treeFile)) return json(readFileSync(treeFile, 'utf8'), `${tree[1]}-${tree[2]}-tree-v1`, now);
  return NOT_FOUND_API;
}

/** raw.githubusercontent.com/<owner>/<repo>/<branch>/<path> from test/fixtures/raw/. */
function rawReply(path: string): FixtureReply {
  const hostile = hostileRawReply(decodeURIComponent(path));
  if (hostile) return hostile;
  const root = join(OWN, 'raw');
  const file = join(root, decodeURIComponent(path));
  if (!file.startsWith(root) || !existsSync(file)) return { status: 404, body: '404: Not Found' };
  return { status: 200, body: readFileSync(file, 'utf8'), headers: { 'content-type': 'text/plain; charset=utf-8', etag: '"raw-v1"' } };
}

/** A profile whose name and bio hold every XSS payload, escaped as GitHub would. */
function hostileProfilePage(): string {
  const [name = '', ...rest] = XSS_PAYLOADS;
  return `<!DOCTYPE html><html lang="en" data-color-mode="light"><head><meta charset="utf-8"><title>${XSS_LOGIN} · GitHub</title></head>
<body class="logged-out"><div data-turbo-body><div itemscope itemtype="http://schema.org/Person">
<h1 class="vcard-names"><span class="p-name vcard-fullname d-block" itemprop="name">${asPageText(name)}</span>
<span class="p-nickname vcard-username d-block" itemprop="additionalName">${XSS_LOGIN}</span></h1>
<div class="p-note user-profile-bio"><div>${rest.map(asPageText).join('<br>')}</div></div>
</div></div></body></html>`;
}

function pageReply(path: string, pages: FixturePages): FixtureReply {
  const trimmed = path.replace(/\/+$/, '');
  const file = pages.githubProfiles[trimmed] ?? OTHER_GITHUB_PAGES[trimmed];
  const html = { 'content-type': 'text/html; charset=utf-8' };
  if (path === `/${XSS_LOGIN}`) return { status: 200, body: hostileProfilePage(), headers: html };
  if (file) return { status: 200, body: readFileSync(file, 'utf8'), headers: html };
  return { status: 404, body: readFileSync(join(OWN, 'github-pages/not-found.html'), 'utf8'), headers: html };
}

interface RestRepo {
  name: string;
  full_name: string;
  html_url: string;
  description: string | null;
  fork: boolean;
  archived: boolean;
  language: string | null;
  stargazers_count: number;
  size: number;
  default_branch: string;
  created_at: string;
  pushed_at: string | null;
  topics: string[];
}

interface RestUser {
  login: string;
  id: number;
  type: string;
  name: string;
  bio: string | null;
  company: string | null;
  blog: string | null;
  avatar_url: string;
  html_url: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The account query, answered from the same user and repository fixtures as REST. */
function graphqlAccount(login: string): unknown {
  if (!FIXTURE_ACCOUNTS.includes(login.toLowerCase())) return { owner: null };
  const user = readJson<RestUser>(join(OWN, `github-api/${login.toLowerCase()}.user.json`));
  const repos = readJson<RestRepo[]>(join(OWN, `github-api/${login.toLowerCase()}.repos.json`));
  const common = { login: user.login, url: user.html_url, avatarUrl: user.avatar_url, databaseId: user.id, name: user.name };
  if (user.type === 'Organization') return { owner: { __typename: 'Organization', ...common } };
  return {
    owner: {
      __typename: 'User',
      ...common,
      bio: user.bio,
      company: user.company,
      websiteUrl: user.blog,
      repositories: {
        totalCount: repos.length,
        nodes: repos.map((repo) => ({
          name: repo.name,
          nameWithOwner: repo.full_name,
          url: repo.html_url,
          description: repo.description,
          isFork: repo.fork,
          isArchived: repo.archived,
          stargazerCount: repo.stargazers_count,
          diskUsage: repo.size,
          createdAt: repo.created_at,
          pushedAt: repo.pushed_at,
          primaryLanguage: repo.language ? { name: repo.language } : null,
          defaultBranchRef: { name: repo.default_branch },
          parent: null,
          repositoryTopics: { nodes: repo.topics.map((name) => ({ topic: { name } })) },
        })),
      },
      // One day of commits at each own repository's last push.
      contributionsCollection: {
        commitContributionsByRepository: repos
          .filter((repo) => !repo.fork && repo.pushed_at)
          .map((repo) => ({
            repository: { nameWithOwner: repo.full_name, primaryLanguage: repo.language ? { name: repo.language } : null },
            contributions: { nodes: [{ occurredAt: repo.pushed_at, commitCount: 4 }] },
          })),
      },
    },
  };
}

interface NestedEntry {
  path: string;
  type: string;
  object: { byteSize?: number; entries?: NestedEntry[] };
}

/** A flat recursive tree fixture as GraphQL's nested entries, `levels` folder levels deep. */
function nestEntries(flat: { path: string; type: string; size?: number }[], folder: string, depth: number, levels: number): NestedEntry[] {
  return flat
    .filter((entry) => entry.path.startsWith(folder) && !entry.path.slice(folder.length).includes('/'))
    .map((entry) => ({
      path: entry.path,
      type: entry.type,
      object:
        entry.type === 'tree'
          ? depth < levels - 1
            ? { entries: nestEntries(flat, `${entry.path}/`, depth + 1, levels) }
            : {}
          : { byteSize: entry.size ?? 0 },
    }));
}

/** The repositories query: trees (as many levels as the query asks) and small files of each aliased repository. */
function graphqlRepositories(query: string, variables: Record<string, string>): unknown {
  const levels = (query.match(/entries \{ path type/g) ?? []).length;
  const answer: Record<string, unknown> = {};
  for (let i = 0; `owner${i}` in variables; i++) {
    const owner = variables[`owner${i}`] ?? '';
    const name = variables[`name${i}`] ?? '';
    const treeFile = join(OWN, `github-api/trees/${owner}__${name}.json`);
    if (!existsSync(treeFile)) {
      answer[`repo${i}`] = null;
      continue;
    }
    const branch = readJson<RestRepo[]>(join(OWN, `github-api/${owner.toLowerCase()}.repos.json`)).find(
      (repo) => repo.name === name,
    )?.default_branch;
    const rawFolder = join(OWN, 'raw', owner, name, branch ?? 'main');
    const blob = (path: string) =>
      existsSync(join(rawFolder, path)) ? { text: readFileSync(join(rawFolder, path), 'utf8'), byteSize: 1 } : null;
    const flat = readJson<{ tree: { path: string; type: string; size?: number }[] }>(treeFile).tree;
    const repository: Record<string, unknown> = { tree: { entries: nestEntries(flat, '', 0, levels) } };
    GRAPHQL_FILE_CANDIDATES.forEach((path, index) => (repository[`file${index}`] = blob(path)));
    GRAPHQL_FOLDER_CANDIDATES.forEach((folder, index) => {
      const inFolder = flat.filter((entry) => entry.type === 'blob' && entry.path.startsWith(`${folder}/`) && !entry.path.slice(folder.length + 1).includes('/'));
      repository[`folder${index}`] = inFolder.length ? { entries: inFolder.map((entry) => ({ path: entry.path, object: blob(entry.path) })) } : null;
    });
    answer[`repo${i}`] = repository;
  }
  return answer;
}

/** POST /graphql: pyvet's two queries, told apart by their operation names. */
function graphqlReply(body: string, now: number): FixtureReply {
  const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, string> };
  const data = query.includes('query PyvetAccount')
    ? graphqlAccount(variables.login ?? '')
    : graphqlRepositories(query, variables);
  return json(JSON.stringify({ data }), 'graphql', now);
}

/** Tokens the fake GitHub treats as revoked. */
export const REJECTED_TOKEN_MARK = 'revoked';

/** GET /rate_limit: free, and the way pyvet checks a token before saving it. */
function rateLimitReply(authorization: string | undefined, now: number): FixtureReply {
  if (authorization?.includes(REJECTED_TOKEN_MARK)) {
    return { status: 401, body: JSON.stringify({ message: 'Bad credentials' }), headers: { 'content-type': 'application/json' } };
  }
  const limit = authorization ? 5000 : 60;
  const core = { limit, remaining: limit - 3, reset: Math.floor(now / 1000) + 3600, used: 3 };
  return json(JSON.stringify({ resources: { core }, rate: core }), 'rate', now);
}

/**
 * Other sites the e2e tests visit: the Upwork profile page as it is (it links
 * no GitHub account), the same page with a GitHub link added, and the same
 * page with a hostile name and title and a link to the hostile GitHub account.
 */
function otherPages(pages: FixturePages): Record<string, Record<string, () => string>> {
  // Each address serves the page as that profile's own: its id everywhere, as Upwork would
  // (pyvet leaves out a Nuxt state that names another profile).
  const upwork = (id: string) => readFileSync(pages.upwork.file, 'utf8').replaceAll(pages.upwork.id, id);
  return {
    'www.upwork.com': {
      '/freelancers/~01140923f209578a6b': () => upwork('~01140923f209578a6b'),
      '/freelancers/~01xss00000000000': () =>
        upwork('~01xss00000000000')
          .replaceAll(pages.upwork.name, asPageText(XSS_PAYLOADS[0] ?? ''))
          .replaceAll(pages.upwork.title, asPageText(XSS_PAYLOADS[4] ?? ''))
          .replace('</body>', `<p><a href="https://github.com/${XSS_LOGIN}">my code</a></p></body>`),
      '/freelancers/~01linkedgithub0000': () =>
        upwork('~01linkedgithub0000').replace('</body>', '<p>My code: <a href="https://github.com/defunkt">github.com/defunkt</a></p></body>'),
    },
  };
}

function otherPageReply(host: string, path: string, pages: FixturePages): FixtureReply {
  const page = otherPages(pages)[host]?.[path];
  const html = { 'content-type': 'text/html; charset=utf-8' };
  if (page) return { status: 200, body: page(), headers: html };
  return { status: 404, body: '<!DOCTYPE html><title>Not found</title><h1>Not found</h1>', headers: html };
}

/** Any account's avatar: a plain circle with the account id's initial digit (GitHub serves a photo). */
function avatarReply(path: string): FixtureReply {
  const id = /^\/u\/(\d+)/.exec(path)?.[1];
  if (!id) return { status: 404, body: 'Not found', headers: { 'content-type': 'text/plain' } };
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="20" fill="#8250df"/><text x="20" y="26" font-size="16" text-anchor="middle" fill="#fff">${id[0]}</text></svg>`;
  return { status: 200, body: svg, headers: { 'content-type': 'image/svg+xml' } };
}

/** The fake GitHub's answer to one request. */
export function fixtureReply(
  host: string,
  path: string,
  now: number = Date.now(),
  body?: string,
  authorization?: string,
  pages: FixturePages = OWN_PAGES,
): FixtureReply {
  if (host === 'api.github.com' && path === '/rate_limit') return rateLimitReply(authorization, now);
  if (host === 'api.github.com' && path === '/graphql' && body) return graphqlReply(body, now);
  if (host === 'api.github.com') return apiReply(path, now);
  if (host === 'raw.githubusercontent.com') return rawReply(path);
  if (host === 'github.com') return pageReply(path, pages);
  if (host === 'www.upwork.com') return otherPageReply(host, path, pages);
  if (host === 'avatars.githubusercontent.com') return avatarReply(path);
  return { status: 421, body: 'Misdirected request' };
}
