import { describe, expect, it } from 'vitest';
import { detectDocs, DocsEvidenceSchema } from '@/lib/analysis/evidence/docs';
import { planDownloads } from '@/lib/analysis/evidence/file-plan';
import { detectStack, StackEvidenceSchema } from '@/lib/analysis/evidence/stack';
import { detectTests, TestsEvidenceSchema } from '@/lib/analysis/evidence/tests';
import { evidenceFixture } from '../../../unit/evidence/snapshots';
import { docsExampleSnapshot, github3Snapshot, pyGithubSnapshot } from './recorded-snapshots';

describe('detectDocs on real recorded trees', () => {
  it('github3.py (2018): a 1978-byte README.rst not read, and a Sphinx site in docs/', () => {
    const docs = detectDocs(github3Snapshot());
    const base = 'https://github.com/sigmavirus24/github3.py';
    expect(docs).toEqual({
      readme: { path: 'README.rst', size: 1978, read: false, headingCount: null, hasInstall: null, hasUsage: null, generated: false },
      depth: 'basic',
      docsSite: ['sphinx', 'docs-folder'],
      evidence: [
        {
          kind: 'readme',
          repo: 'sigmavirus24/github3.py',
          path: 'README.rst',
          url: `${base}/blob/develop/README.rst`,
          detail: 'README: README.rst (1978 bytes).',
        },
        {
          kind: 'docs-site',
          repo: 'sigmavirus24/github3.py',
          path: 'docs/conf.py',
          url: `${base}/blob/develop/docs/conf.py`,
          detail: 'A documentation site built with Sphinx.',
        },
        {
          kind: 'docs-site',
          repo: 'sigmavirus24/github3.py',
          path: 'docs',
          url: `${base}/tree/develop/docs`,
          detail: 'Documentation in docs/.',
        },
      ],
      partial: false,
    });
    expect(DocsEvidenceSchema.safeParse(docs).success).toBe(true);
  });

  it('PyGithub (2012): ReadMe.md of 3153 bytes, no documentation site', () => {
    expect(detectDocs(pyGithubSnapshot())).toMatchObject({
      readme: { path: 'ReadMe.md', size: 3153, read: false },
      depth: 'basic',
      docsSite: [],
    });
  });

  it("GitHub's docs example tree has no README at all", () => {
    expect(detectDocs(docsExampleSnapshot())).toEqual({
      readme: null,
      depth: 'none',
      docsSite: [],
      evidence: [],
      partial: false,
    });
  });
});

describe('planDownloads on real recorded trees', () => {
  it('github3.py (2018): the README, setup.py (bigger than its 22-byte setup.cfg) first, then Travis CI, setup.cfg and tox.ini', () => {
    expect(planned(github3Snapshot())).toEqual(['README.rst', 'setup.py', '.travis.yml', 'setup.cfg', 'tox.ini']);
  });

  it('PyGithub (2012): ReadMe.md, matched case-insensitively, and setup.py', () => {
    expect(planned(pyGithubSnapshot())).toEqual(['ReadMe.md', 'setup.py']);
  });

  it("GitHub's docs example tree has nothing worth downloading", () => {
    expect(planned(docsExampleSnapshot())).toEqual([]);
  });
});

const planned = (snapshot: { tree: Parameters<typeof planDownloads>[0] }) => planDownloads(snapshot.tree).map(({ path }) => path);

describe('detectStack on real recorded trees', () => {
  it('github3.py (2018): pytest (tooling) from tests/conftest.py, and Travis CI as legacy information', () => {
    const stack = detectStack(github3Snapshot());
    expect(stack).toEqual({
      skills: [],
      // pytest is how the project is tested, never what it runs on.
      tooling: [
        {
          id: 'pytest',
          name: 'pytest',
          evidence: [
            {
              kind: 'file',
              repo: 'sigmavirus24/github3.py',
              path: 'tests/conftest.py',
              url: 'https://github.com/sigmavirus24/github3.py/blob/develop/tests/conftest.py',
              detail: 'tests/conftest.py is in the repository.',
            },
          ],
        },
      ],
      manifestsRead: [],
      manifestsUnread: ['setup.py', 'setup.cfg'],
      python2: [],
      endOfLife: [],
      outdated: [],
      legacyCi: {
        kind: 'legacy-ci',
        repo: 'sigmavirus24/github3.py',
        path: '.travis.yml',
        url: 'https://github.com/sigmavirus24/github3.py/blob/develop/.travis.yml',
        detail: 'Continuous integration on Travis CI (.travis.yml).',
      },
      problems: [],
      partial: false,
    });
    expect(StackEvidenceSchema.safeParse(stack).success).toBe(true);
  });

  it('PyGithub (2012): no skill shows in the tree alone, and no CI', () => {
    expect(detectStack(pyGithubSnapshot())).toMatchObject({ skills: [], outdated: [], legacyCi: null, partial: false });
  });
});

describe('detectTests on real recorded trees', () => {
  it('github3.py (2018): 35 test modules under tests/, pytest and tox, Travis CI not read', () => {
    // Counted independently with a python3 one-liner over the recorded JSON: 96 .py files, of which 35 are
    // test_*.py, and 51 are outside tests/ and not setup.py/conftest.py/noxfile.py; 5 of those are the
    // documentation's (docs/conf.py, docs/examples/), which leaves 46 of the project's own.
    const tests = detectTests(github3Snapshot());
    const base = 'https://github.com/sigmavirus24/github3.py';
    expect(tests).toEqual({
      present: true,
      frameworks: ['pytest', 'tox'],
      testFileCount: 35,
      sourceFileCount: 46,
      testToSourceRatio: 0.76,
      ciRunsTests: 'unknown',
      evidence: [
        {
          kind: 'ci',
          repo: 'sigmavirus24/github3.py',
          path: '.travis.yml',
          url: `${base}/blob/develop/.travis.yml`,
          detail: 'CI is configured in .travis.yml; it was not read, so whether it runs the tests is unknown.',
        },
        {
          kind: 'test-dir',
          repo: 'sigmavirus24/github3.py',
          path: 'tests',
          url: `${base}/tree/develop/tests`,
          detail: 'Tests folder tests/ with 35 test files.',
        },
        {
          kind: 'test-config',
          repo: 'sigmavirus24/github3.py',
          path: 'tests/conftest.py',
          url: `${base}/blob/develop/tests/conftest.py`,
          detail: 'pytest fixtures in conftest.py.',
        },
        {
          kind: 'test-config',
          repo: 'sigmavirus24/github3.py',
          path: 'tox.ini',
          url: `${base}/blob/develop/tox.ini`,
          detail: 'tox runs the tests across environments (tox.ini).',
        },
      ],
      partial: false,
    });
    expect(TestsEvidenceSchema.safeParse(tests).success).toBe(true);
  });

  it('github3.py with its .travis.yml read: CI runs tox', () => {
    const tests = detectTests(github3Snapshot({ '.travis.yml': evidenceFixture('travis.yml') }));
    expect(tests.ciRunsTests).toBe('yes');
    expect(tests.evidence[0]).toMatchObject({ kind: 'ci-tests', path: '.travis.yml', detail: 'CI runs the tests: "tox".' });
  });

  it('PyGithub (2012): its *.UnitTest.py naming is not a test convention pyvet knows, and there is no CI', () => {
    expect(detectTests(pyGithubSnapshot())).toEqual({
      present: false,
      frameworks: [],
      testFileCount: 0,
      sourceFileCount: 49,
      testToSourceRatio: 0,
      ciRunsTests: 'no-ci',
      evidence: [],
      partial: false,
    });
  });

  it("GitHub's docs example tree has no Python at all", () => {
    expect(detectTests(docsExampleSnapshot())).toMatchObject({
      present: false,
      testFileCount: 0,
      sourceFileCount: 0,
      testToSourceRatio: null,
      ciRunsTests: 'no-ci',
    });
  });
});
