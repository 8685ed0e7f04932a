import { z } from 'zod';
import { findRootReadme, isVendoredPath } from './file-plan';
import { type Evidence, evidenceIn, EvidenceSchema, type RepoSnapshot, type TreeEntry } from './snapshot';

/** How well a repository explains itself: its README and any documentation site. */
export const DocsSiteSchema = z.enum(['mkdocs', 'sphinx', 'read-the-docs', 'linked-guides', 'docs-folder']);
export type DocsSite = z.infer<typeof DocsSiteSchema>;

export const ReadmeFactsSchema = z.object({
  path: z.string(),
  /** Bytes, from the tree; from the downloaded text when the tree gives no size. */
  size: z.number().nullable(),
  /** Its text was downloaded: the section checks below need it. */
  read: z.boolean(),
  /** Section headings found; null when not read. */
  headingCount: z.number().nullable(),
  /** How to install or set it up, by a section or by its commands; null when not read. */
  hasInstall: z.boolean().nullable(),
  /** How to use or run it, by a section, commands or code; null when not read. */
  hasUsage: z.boolean().nullable(),
  /** A generator's stock README ("Built with Cookiecutter Django"): it says nothing of this project. */
  generated: z.boolean(),
});
export type ReadmeFacts = z.infer<typeof ReadmeFactsSchema>;

export const DocsEvidenceSchema = z.object({
  readme: ReadmeFactsSchema.nullable(),
  /**
   * 'none': no README and no documentation site. 'thin': a README under
   * THIN_README_BYTES. 'thorough': a README of at least
   * THOROUGH_README_BYTES that shows how to install or set the project up
   * and how to use or run it (by its sections or by its commands and code,
   * whatever the headings are called), or a README that is not thin beside a
   * documentation site kept in the repository. 'basic': anything between,
   * including a README too big to be thin whose text was not read.
   */
  depth: z.enum(['none', 'thin', 'basic', 'thorough']),
  docsSite: z.array(DocsSiteSchema),
  /** Most telling first, at most five. Kinds: 'readme', 'readme-section', 'docs-site'. */
  evidence: z.array(EvidenceSchema),
  /** GitHub cut the tree short: a documentation site may be missing from it. */
  partial: z.boolean(),
});
export type DocsEvidence = z.infer<typeof DocsEvidenceSchema>;

/** About five lines of text: a title and a sentence. */
export const THIN_README_BYTES = 300;
/** About half a page: room for what it is, how to install it and how to use it. */
export const THOROUGH_README_BYTES = 800;
const MAX_EVIDENCE = 5;

/** "Getting started" and "Quickstart" sections usually cover both installing and using. */
const INSTALL_HEADING = /\b(install(ation|ing)?|setup|set(ting)? up|getting started|get started|quick[ -]?start|requirements|prerequisites|build(ing)?)\b/i;
const USAGE_HEADING = /\b(usage|examples?|how to (use|run)|running|run(ning)? (it|locally|the)|tutorial|demo|getting started|get started|quick[ -]?start|api|commands|documentation)\b/i;
/**
 * A generator's stock README says nothing of the project: it opens with
 * "Built with Cookiecutter Django" or "This project was bootstrapped with …".
 * Only its opening counts: a README of its own may mention a generator later.
 */
const GENERATED_README = /\b(built(\s|%20)+with[-\s]+cookiecutter|this project was bootstrapped with|generated (by|with|from) (the )?(cookiecutter|copier|template))\b/i;
const GENERATED_README_OPENING_CHARS = 800;
/** Commands that install or set a project up, wherever the README puts them. */
const INSTALL_CONTENT =
  /\b(pip3? install|pipx install|poetry install|uv (sync|pip install|tool install)|conda (env )?create|mamba (env )?create|pipenv install|git clone|docker[- ]compose (up|build)|docker (build|run|pull)|make (install|setup|dev|build)|npm (install|ci)|python3? -m venv|virtualenv)\b/i;
/** Code or commands that use or run it: a Python session, an import, a script, a server, a query. */
const USAGE_CONTENT =
  /(^|\n)\s*(>>> |\$ |import \w|from [\w.]+ import )|\b(python3? -m \w|python3? [\w/.-]+\.py|uvicorn |gunicorn |streamlit run|flask run|manage\.py (runserver|migrate|test)|jupyter (notebook|lab)|curl |docker[- ]compose up|make (run|test|start|serve)|snakemake|airflow |pytest|npm (run|start))/i;

export function detectDocs(snapshot: RepoSnapshot): DocsEvidence {
  const evidence = evidenceIn(snapshot);
  const found: Evidence[] = [];

  const readmeEntry = findRootReadme(snapshot.tree);
  let readme: ReadmeFacts | null = null;
  if (readmeEntry) {
    const text = snapshot.files[readmeEntry.path];
    const headings = text === undefined ? null : sectionHeadings(text);
    const install = headings?.find((heading) => INSTALL_HEADING.test(heading));
    const usage = headings?.find((heading) => USAGE_HEADING.test(heading));
    const generated = text !== undefined && GENERATED_README.test(text.slice(0, GENERATED_README_OPENING_CHARS));
    readme = {
      path: readmeEntry.path,
      size: readmeEntry.size ?? (text === undefined ? null : new TextEncoder().encode(text).length),
      read: text !== undefined,
      headingCount: headings?.length ?? null,
      hasInstall: text === undefined ? null : (install !== undefined || INSTALL_CONTENT.test(text)) && !generated,
      generated,
      hasUsage: text === undefined ? null : usage !== undefined || USAGE_CONTENT.test(text) || hasCodeBlock(text),
    };
    const size = readme.size === null ? '' : ` (${readme.size} bytes)`;
    found.push(evidence('readme', readme.path, `README: ${readme.path}${size}.`));
    if (install) found.push(evidence('readme-section', readme.path, `README section "${shorten(install)}".`));
    if (usage && usage !== install) {
      found.push(evidence('readme-section', readme.path, `README section "${shorten(usage)}".`));
    }
  }

  const sites = findDocsSites(snapshot.tree.filter((entry) => !isVendoredPath(entry.path)), readmeEntry ? snapshot.files[readmeEntry.path] : undefined);
  for (const site of sites) found.push(evidence('docs-site', site.path, site.detail, site.type));
  const docsSite = sites.map((site) => site.kind);

  return {
    readme,
    depth: depthOf(readme, docsSite),
    docsSite,
    evidence: found.slice(0, MAX_EVIDENCE),
    partial: snapshot.treeTruncated,
  };
}

function depthOf(readme: ReadmeFacts | null, sites: DocsSite[]): DocsEvidence['depth'] {
  const hasSite = sites.some((site) => site !== 'docs-folder');
  const readmeDepth = readmeDepthOf(readme);
  if (hasSite && (readmeDepth === 'none' || readmeDepth === 'thin')) return 'basic';
  // A short README that introduces the project and leaves the rest to its documentation site is enough,
  // unless it is a generator's stock text (the site then is the generator's too).
  if (hasSite && readmeDepth === 'basic' && readme?.read && !readme.generated) return 'thorough';
  return readmeDepth;
}

function readmeDepthOf(readme: ReadmeFacts | null): DocsEvidence['depth'] {
  if (!readme) return 'none';
  if (readme.size !== null && readme.size < THIN_README_BYTES) return 'thin';
  const large = readme.size !== null && readme.size >= THOROUGH_README_BYTES;
  return large && readme.hasInstall && readme.hasUsage ? 'thorough' : 'basic';
}

/** A fenced Markdown block, an indented reStructuredText literal block, or a code-block directive. */
function hasCodeBlock(text: string): boolean {
  return /^\s*(```|~~~)/m.test(text) || /::\s*\r?\n\s*\r?\n\s{2,}\S/.test(text) || /^\.\. (code-block|code|sourcecode)::/m.test(text);
}

/**
 * The section titles of a README, as plain text: Markdown `#` headings,
 * underlined headings (reStructuredText, and Markdown's `===`/`---` style)
 * and HTML `<h1>`…`<h6>`, which many READMEs use to center a title. Code
 * blocks are skipped: a `# comment` in a shell example is not a heading.
 */
export function sectionHeadings(text: string): string[] {
  const headings: string[] = [];
  const lines = text.split(/\r?\n/);
  let inCodeBlock = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    // Checked before fences: reStructuredText underlines with ~~~ too.
    if (!inCodeBlock && isUnderlined(line, lines[index + 1])) {
      headings.push(line.trim());
      index++;
    } else if (/^\s*(```|~~~)/.test(line)) {
      inCodeBlock = !inCodeBlock;
    } else if (!inCodeBlock) {
      const heading = atxHeading(line);
      if (heading) headings.push(heading);
    }
  }
  return [...headings, ...htmlHeadings(text)];
}

/** "## Usage ##" → "Usage". Trimmed by hand: READMEs are untrusted, and a regex here can backtrack for long. */
function atxHeading(line: string): string | null {
  const marker = /^ {0,3}#{1,6}(\s|$)/.exec(line);
  if (!marker) return null;
  const heading = line.slice(marker[0].length).trim();
  let end = heading.length;
  while (end > 0 && heading[end - 1] === '#') end--;
  // Closing hashes count only after a space: "C#" keeps its hash.
  const closed = end === 0 || /\s/.test(heading[end - 1] ?? '');
  return (closed ? heading.slice(0, end).trim() : heading) || null;
}

/**
 * `<h2 …>text</h2>`, in one pass: after a level's closing tag is missing
 * once, it is not searched again, so hostile text cannot make this slow.
 */
function htmlHeadings(text: string): string[] {
  const headings: string[] = [];
  const opening = /<h([1-6])\b[^>]{0,200}>/gi;
  const unclosed = new Set<string>();
  for (let open = opening.exec(text); open; open = opening.exec(text)) {
    const level = open[1] ?? '';
    if (unclosed.has(level)) continue;
    const closing = new RegExp(`</h${level}\\s*>`, 'gi');
    closing.lastIndex = opening.lastIndex;
    const close = closing.exec(text);
    if (!close) {
      unclosed.add(level);
      continue;
    }
    const inner = text.slice(opening.lastIndex, close.index).trim();
    if (inner) headings.push(inner);
    opening.lastIndex = closing.lastIndex;
  }
  return headings;
}

/**
 * A line of text directly above a line made of one repeated punctuation
 * character. Backticks are left out: "```" under a sentence opens a code block.
 */
function isUnderlined(line: string, next: string | undefined): boolean {
  const isRule = (text: string) => /^([=\-~^"'#*+<>_:.])\1{2,}\s*$/.test(text);
  return /^\S/.test(line) && !isRule(line) && next !== undefined && isRule(next);
}

interface DocsSiteFound {
  kind: DocsSite;
  path: string;
  type: 'blob' | 'tree';
  detail: string;
}

function findDocsSites(tree: readonly TreeEntry[], readme: string | undefined): DocsSiteFound[] {
  const blob = (test: (path: string) => boolean) => tree.find((entry) => entry.type === 'blob' && test(entry.path));
  const sites: DocsSiteFound[] = [];

  const mkdocs = blob((path) => /^mkdocs\.ya?ml$/.test(path));
  if (mkdocs) {
    sites.push({ kind: 'mkdocs', path: mkdocs.path, type: 'blob', detail: 'A documentation site built with MkDocs.' });
  }
  // Sphinx keeps its configuration in docs/conf.py, docs/source/conf.py, documentation/conf.py, or beside a root index.rst.
  const rootIndex = tree.some((entry) => entry.type === 'blob' && entry.path === 'index.rst');
  const sphinx = blob((path) => /(^|\/)(docs?|documentation|sphinx)\/(.+\/)?conf\.py$/.test(path) || (path === 'conf.py' && rootIndex));
  if (sphinx) {
    sites.push({ kind: 'sphinx', path: sphinx.path, type: 'blob', detail: 'A documentation site built with Sphinx.' });
  }
  const readTheDocs = blob((path) => /^\.?readthedocs\.ya?ml$/.test(path));
  if (readTheDocs) {
    const detail = 'Documentation published on Read the Docs.';
    sites.push({ kind: 'read-the-docs', path: readTheDocs.path, type: 'blob', detail });
  }
  // Guides the README links to, kept in the repository (development.md, backend/README.md).
  const linked = linkedGuides(readme, tree);
  if (linked.length > 0) {
    sites.push({ kind: 'linked-guides', path: linked[0] ?? '', type: 'blob', detail: `Guides kept in the repository: ${linked.slice(0, 3).join(', ')}.` });
  }
  // A docs folder counts when it holds text; one of screenshots only is no documentation.
  const docsFile = blob((path) => /^docs?\/.+\.(md|markdown|rst|txt|html?|adoc|ipynb|py)$/i.test(path));
  if (docsFile) {
    const folder = docsFile.path.slice(0, docsFile.path.indexOf('/'));
    sites.push({ kind: 'docs-folder', path: folder, type: 'tree', detail: `Documentation in ${folder}/.` });
  }
  return sites;
}

/** Markdown and reStructuredText files of the repository that the README links to by a relative path. */
function linkedGuides(readme: string | undefined, tree: readonly TreeEntry[]): string[] {
  if (!readme) return [];
  const documents = new Set(tree.filter((entry) => entry.type === 'blob' && /\.(md|rst)$/i.test(entry.path)).map((entry) => entry.path.toLowerCase()));
  const targets = [...readme.matchAll(/\]\((?!https?:|#|mailto:)\.?\/?([^)\s#]+\.(?:md|rst))\)/gi)].map((match) => match[1] ?? '');
  return [...new Set(targets.filter((target) => documents.has(target.toLowerCase()) && !/^readme\./i.test(target)))];
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
