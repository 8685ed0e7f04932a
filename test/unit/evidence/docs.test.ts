import { describe, expect, it } from 'vitest';
import {
  detectDocs,
  DocsEvidenceSchema,
  sectionHeadings,
  THIN_README_BYTES,
  THOROUGH_README_BYTES,
} from '@/lib/analysis/evidence/docs';
import type { TreeEntry } from '@/lib/analysis/evidence/snapshot';
import { evidenceFixture, restTreeSnapshot, syntheticSnapshot } from './snapshots';

/** A snapshot whose README.md has the fixture's text and its real size in bytes. */
function withReadme(fixture: string, path = 'README.md', extra: string[] = []) {
  const text = evidenceFixture(`readmes/${fixture}`);
  const entry: TreeEntry = { path, type: 'blob', size: Buffer.byteLength(text) };
  return syntheticSnapshot([entry, ...extra], { [path]: text });
}

describe('detectDocs on REST-shaped trees', () => {
  it('a 2018-style library: a 2140-byte README.rst not read, and a Sphinx site in docs/', () => {
    const docs = detectDocs(restTreeSnapshot('library-2018'));
    const base = 'https://github.com/ana/httpkit';
    expect(docs).toEqual({
      readme: { path: 'README.rst', size: 2140, read: false, headingCount: null, hasInstall: null, hasUsage: null, generated: false },
      depth: 'basic',
      docsSite: ['sphinx', 'docs-folder'],
      evidence: [
        { kind: 'readme', repo: 'ana/httpkit', path: 'README.rst', url: `${base}/blob/develop/README.rst`, detail: 'README: README.rst (2140 bytes).' },
        { kind: 'docs-site', repo: 'ana/httpkit', path: 'docs/conf.py', url: `${base}/blob/develop/docs/conf.py`, detail: 'A documentation site built with Sphinx.' },
        { kind: 'docs-site', repo: 'ana/httpkit', path: 'docs', url: `${base}/tree/develop/docs`, detail: 'Documentation in docs/.' },
      ],
      partial: false,
    });
    expect(DocsEvidenceSchema.safeParse(docs).success).toBe(true);
  });

  it('a 2012-style library: ReadMe.md of 3020 bytes, no documentation site', () => {
    expect(detectDocs(restTreeSnapshot('library-2012'))).toMatchObject({
      readme: { path: 'ReadMe.md', size: 3020, read: false },
      depth: 'basic',
      docsSite: [],
    });
  });

  it('a tree of assets has no README at all', () => {
    expect(detectDocs(restTreeSnapshot('assets-only'))).toEqual({ readme: null, depth: 'none', docsSite: [], evidence: [], partial: false });
  });
});

describe('detectDocs depth from the README text', () => {
  it("'thorough': over THOROUGH_README_BYTES with install and usage sections", () => {
    const docs = detectDocs(withReadme('thorough.md'));
    expect(THOROUGH_README_BYTES).toBe(800);
    expect(docs.readme).toEqual({
      path: 'README.md',
      size: 2066,
      read: true,
      // Seven ## sections and the centered <h1>; the # comments in its shell examples are not headings.
      headingCount: 8,
      hasInstall: true,
      hasUsage: true,
      generated: false,
    });
    expect(docs.depth).toBe('thorough');
    expect(docs.evidence.map((item) => item.detail)).toEqual([
      'README: README.md (2066 bytes).',
      'README section "Installation".',
      'README section "Usage".',
    ]);
  });

  it("'basic' when the same sections come in a smaller README", () => {
    const text = evidenceFixture('readmes/thorough.md');
    const snapshot = syntheticSnapshot([{ path: 'README.md', type: 'blob', size: THOROUGH_README_BYTES - 1 }], {
      'README.md': text,
    });
    expect(detectDocs(snapshot).depth).toBe('basic');
  });

  it("'thin' under THIN_README_BYTES", () => {
    expect(THIN_README_BYTES).toBe(300);
    expect(detectDocs(withReadme('thin.md'))).toMatchObject({
      readme: { size: 18, headingCount: 1, hasInstall: false, hasUsage: false },
      depth: 'thin',
    });
  });

  it("'basic' for a README without a single heading that shows no install or usage: depth is not judged by headings alone", () => {
    expect(detectDocs(withReadme('no-headings.md'))).toMatchObject({
      readme: { size: 394, headingCount: 0, hasInstall: false, hasUsage: false },
      depth: 'basic',
    });
  });

  it('does not take # comments in a code block for headings; the code block itself shows usage', () => {
    expect(detectDocs(withReadme('code-comments.md'))).toMatchObject({
      readme: { headingCount: 0, hasInstall: false, hasUsage: true },
      depth: 'basic',
    });
  });

  it("'thorough' from what a README shows, whatever its headings are called: install commands and code", () => {
    const text = `# Bureau\n\nTracks agents of the Freedmen's Bureau.\n\n## Software\n\n${'Plain words. '.repeat(70)}\n\n\`\`\`sh\npip install -r requirements.txt\npython manage.py runserver\n\`\`\`\n`;
    expect(detectDocs(syntheticSnapshot([], { 'README.md': text }))).toMatchObject({ readme: { hasInstall: true, hasUsage: true }, depth: 'thorough' });
  });

  it("never 'thorough' for a generator's stock README, even beside a documentation site", () => {
    const text = `Shop\n====\n\n.. image:: https://img.shields.io/badge/built%20with-Cookiecutter%20Django-ff69b4.svg\n\n${'Settings and commands. '.repeat(40)}\n\npip install -r requirements/local.txt\npython manage.py migrate\n`;
    const docs = detectDocs(syntheticSnapshot(['docs/conf.py', 'docs/index.rst'], { 'README.rst': text }));
    expect(docs.readme).toMatchObject({ generated: true, hasInstall: false });
    expect(docs.depth).toBe('basic');
  });

  it('reads a generator named later in a README of its own as the project’s words, not stock text', () => {
    const intro = `# PyWorkflow\n\n${'A visual programming application for pandas pipelines. '.repeat(16)}\n\n`;
    const text = `${intro}The front-end is a React app (bootstrapped with create-react-app).\n\nRun \`docker-compose up\`, then \`pipenv run python manage.py runserver\`.\n`;
    const docs = detectDocs(syntheticSnapshot([], { 'README.md': text }));
    expect(docs.readme).toMatchObject({ generated: false, hasInstall: true, hasUsage: true });
    expect(docs.depth).toBe('thorough');
  });

  it("'thorough' for a short README beside guides it links to, kept in the repository", () => {
    const text = `# Template\n\n${'A full stack template. '.repeat(20)}\n\nSee [development](./development.md) and [the backend](backend/README.md).\n`;
    const docs = detectDocs(syntheticSnapshot(['development.md', 'backend/README.md'], { 'README.md': text }));
    expect(docs.docsSite).toEqual(['linked-guides']);
    expect(docs.depth).toBe('thorough');
  });

  it('counts no docs folder that holds only pictures', () => {
    expect(detectDocs(syntheticSnapshot(['docs/images/screenshot.png', 'docs/logo.svg'])).docsSite).toEqual([]);
    expect(detectDocs(syntheticSnapshot(['docs/usage.md'])).docsSite).toEqual(['docs-folder']);
  });

  it('reads reStructuredText underlined and overlined headings; Quickstart counts as install and usage', () => {
    const docs = detectDocs(withReadme('restructured.rst', 'README.rst'));
    expect(docs.readme).toEqual({
      path: 'README.rst',
      size: 425,
      read: true,
      headingCount: 4,
      hasInstall: true,
      hasUsage: true,
      generated: false,
    });
    expect(docs.depth).toBe('basic');
    // One section evidences both: it is shown once.
    expect(docs.evidence.map((item) => item.detail)).toEqual([
      'README: README.rst (425 bytes).',
      'README section "Quickstart".',
    ]);
  });

  it('keeps HTML in headings as plain text data, never as markup', () => {
    const docs = detectDocs(withReadme('hostile.md'));
    expect(docs.readme).toMatchObject({ hasInstall: true, hasUsage: true, headingCount: 2 });
    expect(docs.evidence.map((item) => item.detail)).toEqual([
      'README: README.md (331 bytes).',
      'README section "<img src=x onerror="alert(document.cookie)"> Installation".',
      'README section "Usage <script>alert(1)</script>".',
    ]);
    // The text cannot reach the links.
    expect(new Set(docs.evidence.map((item) => item.url))).toEqual(new Set(['https://github.com/jo/app/blob/main/README.md']));
  });

  it('measures a README the tree gives no size for by its UTF-8 bytes', () => {
    const snapshot = syntheticSnapshot([{ path: 'README.md', type: 'blob' }], { 'README.md': '# Café\n' });
    expect(detectDocs(snapshot).readme?.size).toBe(8);
  });

  it("calls an unread README of unknown size 'basic', and an unread small one 'thin'", () => {
    expect(detectDocs(syntheticSnapshot([{ path: 'README', type: 'blob' }])).depth).toBe('basic');
    expect(detectDocs(syntheticSnapshot([{ path: 'README.txt', type: 'blob', size: 120 }])).depth).toBe('thin');
  });

  it('ignores READMEs outside the root', () => {
    expect(detectDocs(syntheticSnapshot(['docs/README.md', 'src/pkg/README.rst'])).readme).toBeNull();
  });
});

describe('detectDocs documentation sites', () => {
  it('finds MkDocs, Sphinx under docs/source, Read the Docs and a doc/ folder', () => {
    const docs = detectDocs(syntheticSnapshot(['mkdocs.yml', 'doc/source/conf.py', 'doc/index.rst', '.readthedocs.yaml']));
    expect(docs.docsSite).toEqual(['mkdocs', 'sphinx', 'read-the-docs', 'docs-folder']);
    expect(docs.evidence.map((item) => [item.path, item.url])).toEqual([
      ['mkdocs.yml', 'https://github.com/jo/app/blob/main/mkdocs.yml'],
      ['doc/source/conf.py', 'https://github.com/jo/app/blob/main/doc/source/conf.py'],
      ['.readthedocs.yaml', 'https://github.com/jo/app/blob/main/.readthedocs.yaml'],
      ['doc', 'https://github.com/jo/app/tree/main/doc'],
    ]);
  });

  it('does not take other conf.py or mkdocs files for a site', () => {
    const docs = detectDocs(syntheticSnapshot(['app/conf.py', 'examples/mkdocs.yml', 'documentation.md', 'mydocs/a.md']));
    expect(docs.docsSite).toEqual([]);
  });

  it('counts a site as at least basic without a README, but not a bare docs folder', () => {
    expect(detectDocs(syntheticSnapshot(['mkdocs.yml', 'docs/index.md']))).toMatchObject({ readme: null, depth: 'basic' });
    expect(detectDocs(syntheticSnapshot(['docs/notes.md']))).toMatchObject({ depth: 'none', docsSite: ['docs-folder'] });
    const thinWithSite = syntheticSnapshot([{ path: 'README.md', type: 'blob', size: 40 }, 'docs/conf.py']);
    expect(detectDocs(thinWithSite).depth).toBe('basic');
  });

  it('ignores documentation of committed dependencies', () => {
    expect(detectDocs(syntheticSnapshot(['venv/lib/site-packages/x/docs/conf.py'])).docsSite).toEqual([]);
  });

  it('says when the tree was cut short', () => {
    expect(detectDocs(syntheticSnapshot(['README.md'], {}, true)).partial).toBe(true);
  });
});

describe('sectionHeadings', () => {
  it('reads # headings with closing hashes, Markdown underlines and HTML headings', () => {
    const text = ['# Title #', 'Setup', '=====', 'Text', '', 'Usage', '-----', '<h3 id="x">Notes</h3>'].join('\n');
    expect(sectionHeadings(text)).toEqual(['Title', 'Setup', 'Usage', 'Notes']);
  });

  it('does not take tables, indented lines, hashtags or rules for headings', () => {
    const text = ['| a | b |', '|---|---|', '    indented', '    --------', '#hashtag', 'text', '', '---'].join('\n');
    expect(sectionHeadings(text)).toEqual([]);
  });
});

describe('sectionHeadings around code blocks', () => {
  it('does not take a sentence followed by a ``` fence for a heading, nor the code inside', () => {
    const text = ['Run this:', '```', '# Installation', 'pip install x', '```', '## Usage'].join('\n');
    expect(sectionHeadings(text)).toEqual(['Usage']);
  });

  it('skips ~~~ fences that follow a blank line', () => {
    const text = ['Intro.', '', '~~~', '# Usage', '~~~', '## Examples'].join('\n');
    expect(sectionHeadings(text)).toEqual(['Examples']);
  });
});

describe('sectionHeadings on hostile text', () => {
  // Inputs that make careless regexes backtrack for seconds or worse.
  const hostile = {
    'unclosed HTML headings': '<h1>'.repeat(50_000),
    'an opening tag without its end': `<h2 ${'a'.repeat(200_000)}`,
    'a heading of spaces': `#${' '.repeat(200_000)}x`,
    'a heading of hashes': `# ${'#'.repeat(200_000)}x`,
  };

  it.each(Object.entries(hostile))('reads %s of 200 KB in well under a second', (_name, text) => {
    const started = performance.now();
    sectionHeadings(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('still reads the headings between unclosed tags', () => {
    expect(sectionHeadings('<h3>never closed\n<h2>Install</h2>\n<H4 class="x">Usage</h4 >')).toEqual(['Install', 'Usage']);
    expect(sectionHeadings('<h1>Title</h1>\n<h2>Install</h2>')).toEqual(['Title', 'Install']);
    expect(sectionHeadings('# C#\n## Done ##\n# ##')).toEqual(['C#', 'Done']);
  });
});
