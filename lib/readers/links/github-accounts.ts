// github-reserved-names is github-url-detection's own dependency (installed with it);
// its list is the paths GitHub keeps for itself, so they can never be an account.
import reservedNames from 'github-reserved-names/reserved-names.json';
import oddballs from 'github-reserved-names/oddballs.json';
import { GitHubLoginSchema } from '../../sites/github-login';
import { isElement, isText, shownNodes } from '../dom-nodes';

export interface GitHubAccountLink {
  /** The login as the page wrote it (first mention wins). */
  login: string;
  /** The link or mention as found, made absolute, for the user to check. */
  url: string;
  /** Whether it came from a link's href or from the page's visible text. */
  source: 'href' | 'text';
}

const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);

/**
 * Names no account can have: the package's list, the "oddballs" it marks as
 * reserved but leaves out of that list (avatars, assets, …), and GitHub
 * marketing paths the package does not have yet.
 */
const RESERVED = new Set<string>([
  ...reservedNames,
  ...Object.entries(oddballs as Record<string, { reserved: boolean }>)
    .filter(([, facts]) => facts.reserved)
    .map(([name]) => name),
  'solutions',
  'resources',
  'premium-support',
]);

/**
 * The account a github.com URL points at (a profile, or a repository or
 * anything under it, which belongs to its owner), or null for GitHub's own
 * pages (features, topics, sponsors, orgs/…, settings, …), other hosts
 * (gist.github.com, github.com.evil.example) and paths that are not logins.
 */
export function isGitHubAccountUrl(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!GITHUB_HOSTS.has(url.hostname) || url.port !== '' || url.username || url.password) return null;
  const first = url.pathname.split('/')[1] ?? '';
  if (RESERVED.has(first.toLowerCase())) return null;
  // The schema also refuses "ada.png", "ada.keys" and percent-encoded paths.
  return GitHubLoginSchema.safeParse(first).success ? first : null;
}

/**
 * The GitHub accounts a page (a personal site, a CV, a marketplace profile)
 * links to or mentions in its text, in page order, one entry per login
 * (compared case-insensitively). Pure: reads only the document it is given.
 */
export function findGitHubAccounts(document: Document, pageUrl: URL): GitHubAccountLink[] {
  const found = new AccountsFound();
  // Elements and text in document order, so a link's href comes before its own text.
  for (const node of shownNodes(document.body ?? document)) {
    if (isText(node)) {
      for (const mention of githubMentions(node.nodeValue ?? '')) found.add(mention, 'text');
    } else if (isElement(node) && node.tagName.toUpperCase() === 'A' && node.hasAttribute('href')) {
      found.add(resolveHref(node.getAttribute('href') ?? '', pageUrl), 'href');
    }
  }
  return found.accounts();
}

/**
 * The GitHub accounts plain text names ("Code samples: github.com/ada",
 * "GitHub: https://github.com/ada/repo"), one entry per login: for text a page
 * keeps as data rather than markup (its JSON state, a JSON-LD description).
 */
export function findGitHubAccountsInText(text: string): GitHubAccountLink[] {
  const found = new AccountsFound();
  for (const mention of githubMentions(text)) found.add(mention, 'text');
  return found.accounts();
}

/** Accounts in the order first found, one per login (compared case-insensitively). */
class AccountsFound {
  private readonly byLogin = new Map<string, GitHubAccountLink>();

  add(candidate: URL | null, source: GitHubAccountLink['source']): void {
    const login = candidate ? isGitHubAccountUrl(candidate) : null;
    if (!candidate || !login || this.byLogin.has(login.toLowerCase())) return;
    this.byLogin.set(login.toLowerCase(), { login, url: candidate.href, source });
  }

  accounts(): GitHubAccountLink[] {
    return [...this.byLogin.values()];
  }
}

function resolveHref(href: string, pageUrl: URL): URL | null {
  try {
    return new URL(href.trim(), pageUrl);
  } catch {
    return null;
  }
}

/**
 * "github.com/ada", "www.github.com/ada/repo", "https://github.com/ada/" in
 * plain text, also right after a label's colon ("GitHub:github.com/ada"). The
 * host must start a word (not "notgithub.com", not "evil.example/github.com",
 * not "ada@github.com") and be followed by "/" (not "github.com.evil.example").
 */
const MENTION = /(?<![\w.\-/@])(?:https?:\/\/)?(?:www\.)?github\.com\/[^\s<>"'`]*/gi;
/** Sentence punctuation after a mention ("see github.com/ada.") is not part of it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

function githubMentions(text: string): URL[] {
  if (!/github\.com/i.test(text)) return [];
  const urls: URL[] = [];
  for (const [match] of text.matchAll(MENTION)) {
    const mention = match.replace(TRAILING_PUNCTUATION, '');
    const url = resolveHref(/^https?:\/\//i.test(mention) ? mention : `https://${mention}`, new URL('https://github.com/'));
    if (url) urls.push(url);
  }
  return urls;
}
