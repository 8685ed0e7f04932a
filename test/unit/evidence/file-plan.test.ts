import { describe, expect, it } from 'vitest';
import {
  findRootReadme,
  isVendoredPath,
  isWorkflowPath,
  MAX_DOWNLOAD_BYTES,
  MAX_FILES_PER_REPO,
  planFileDownloads,
} from '@/lib/analysis/evidence/file-plan';
import type { TreeEntry } from '@/lib/analysis/evidence/snapshot';
import { restTreeSnapshot } from './snapshots';

const blobs = (...paths: string[]): TreeEntry[] => paths.map((path) => ({ path, type: 'blob', size: 500 }));

describe('planFileDownloads on REST-shaped trees', () => {
  it('a 2018-style library: its setup.py, bigger than its 22-byte setup.cfg, and README.rst; no workflows to read', () => {
    expect(planFileDownloads(restTreeSnapshot('library-2018').tree)).toEqual(['setup.py', 'README.rst']);
  });

  it('a 2012-style library: setup.py and ReadMe.md, matched case-insensitively', () => {
    expect(planFileDownloads(restTreeSnapshot('library-2012').tree)).toEqual(['setup.py', 'ReadMe.md']);
  });

  it('a tree of assets has nothing worth downloading', () => {
    expect(planFileDownloads(restTreeSnapshot('assets-only').tree)).toEqual([]);
  });
});

describe('planFileDownloads', () => {
  it('plans one manifest, one workflow and the README, in that order, never more than MAX_FILES_PER_REPO', () => {
    const tree = blobs(
      'README.md',
      'requirements.txt',
      'pyproject.toml',
      'setup.py',
      '.github/workflows/release.yml',
      '.github/workflows/tests.yml',
      'tox.ini',
      'noxfile.py',
    );
    expect(MAX_FILES_PER_REPO).toBe(3);
    expect(planFileDownloads(tree)).toEqual(['pyproject.toml', '.github/workflows/tests.yml', 'README.md']);
  });

  it('never downloads tox.ini or noxfile.py: their presence is enough', () => {
    expect(planFileDownloads(blobs('tox.ini', 'noxfile.py'))).toEqual([]);
  });

  it('takes the root requirements.txt when there is no pyproject.toml', () => {
    expect(planFileDownloads(blobs('setup.py', 'requirements/base.txt', 'requirements.txt'))).toEqual([
      'requirements.txt',
    ]);
  });

  it('in requirements/, prefers base, then prod, over other files, and development files last', () => {
    expect(planFileDownloads(blobs('requirements/dev.txt', 'requirements/prod.txt', 'requirements/base.txt'))).toEqual([
      'requirements/base.txt',
    ]);
    expect(planFileDownloads(blobs('requirements/dev.txt', 'requirements/production.txt'))).toEqual([
      'requirements/production.txt',
    ]);
    expect(planFileDownloads(blobs('requirements/test.txt', 'requirements/dev.txt', 'requirements/local.txt'))).toEqual([
      'requirements/local.txt',
    ]);
    expect(planFileDownloads(blobs('requirements/test.txt', 'requirements/dev.txt'))).toEqual(['requirements/dev.txt']);
  });

  it('ignores requirements files deeper than requirements/*.txt, and other manifests outside the root', () => {
    expect(planFileDownloads(blobs('requirements/old/base.txt', 'backend/pyproject.toml', 'src/setup.py'))).toEqual([]);
  });

  it('prefers setup.cfg to setup.py, unless setup.py is bigger', () => {
    const sized = (cfg: number, py: number): TreeEntry[] => [
      { path: 'setup.py', type: 'blob', size: py },
      { path: 'setup.cfg', type: 'blob', size: cfg },
    ];
    expect(planFileDownloads(sized(1800, 90))).toEqual(['setup.cfg']);
    expect(planFileDownloads(sized(40, 2500))).toEqual(['setup.py']);
    expect(planFileDownloads(blobs('setup.py', 'setup.cfg'))).toEqual(['setup.cfg']);
  });

  it('falls back to Pipfile, then environment.yml or environment.yaml', () => {
    expect(planFileDownloads(blobs('environment.yml', 'Pipfile'))).toEqual(['Pipfile']);
    expect(planFileDownloads(blobs('environment.yaml'))).toEqual(['environment.yaml']);
    expect(planFileDownloads(blobs('pipfile', 'Environment.yml'))).toEqual([]);
  });

  it('chooses the workflow whose name suggests tests, then alphabetically', () => {
    const workflows = (...names: string[]) => blobs(...names.map((name) => `.github/workflows/${name}`));
    expect(planFileDownloads(workflows('release.yml', 'docs.yml', 'build.yml', 'ci.yml', 'python-tests.yaml'))).toEqual([
      '.github/workflows/python-tests.yaml',
    ]);
    expect(planFileDownloads(workflows('build.yml', 'publish.yml', 'CI.yml'))).toEqual(['.github/workflows/CI.yml']);
    expect(planFileDownloads(workflows('release.yml', 'publish.yml'))).toEqual(['.github/workflows/publish.yml']);
  });

  it('only reads workflows directly in .github/workflows, as YAML', () => {
    expect(planFileDownloads(blobs('.github/workflows/old/tests.yml', '.github/workflows/README.md', 'workflows/ci.yml'))).toEqual(
      [],
    );
  });

  it('skips files over MAX_DOWNLOAD_BYTES and takes the next candidate', () => {
    const tree: TreeEntry[] = [
      { path: 'pyproject.toml', type: 'blob', size: MAX_DOWNLOAD_BYTES + 1 },
      { path: 'requirements.txt', type: 'blob', size: MAX_DOWNLOAD_BYTES },
      { path: 'README.md', type: 'blob', size: 5_000_000 },
    ];
    expect(planFileDownloads(tree)).toEqual(['requirements.txt']);
  });

  it('only plans blobs: a folder named like a file is not downloaded', () => {
    const tree: TreeEntry[] = [
      { path: 'README.md', type: 'tree' },
      { path: 'pyproject.toml', type: 'tree' },
    ];
    expect(planFileDownloads(tree)).toEqual([]);
  });
});

describe('findRootReadme', () => {
  it('prefers Markdown, then reStructuredText, plain text and a bare README, in any case', () => {
    expect(findRootReadme(blobs('README', 'readme.txt', 'README.rst', 'Readme.MD'))?.path).toBe('Readme.MD');
    expect(findRootReadme(blobs('README', 'readme.txt'))?.path).toBe('readme.txt');
    expect(findRootReadme(blobs('README'))?.path).toBe('README');
  });

  it('ignores READMEs outside the root and other README-like names', () => {
    expect(findRootReadme(blobs('docs/README.md', 'README-dev.md', 'READ_ME.md', 'README.html'))).toBeUndefined();
  });
});

describe('isWorkflowPath and isVendoredPath', () => {
  it('recognizes GitHub Actions workflows', () => {
    expect(isWorkflowPath('.github/workflows/ci.yml')).toBe(true);
    expect(isWorkflowPath('.github/workflows/Tests.YAML')).toBe(true);
    expect(isWorkflowPath('.github/ci.yml')).toBe(false);
    expect(isWorkflowPath('.github/workflows/ci.yml.disabled')).toBe(false);
  });

  it('recognizes committed virtual environments and third-party code', () => {
    expect(isVendoredPath('venv/lib/python3.11/site-packages/django/__init__.py')).toBe(true);
    expect(isVendoredPath('.venv/bin/activate')).toBe(true);
    expect(isVendoredPath('web/node_modules/left-pad/index.js')).toBe(true);
    expect(isVendoredPath('src/app/vendor/lib.py')).toBe(true);
    expect(isVendoredPath('src/venvtools/main.py')).toBe(false);
    expect(isVendoredPath('src/inventory/models.py')).toBe(false);
  });
});
