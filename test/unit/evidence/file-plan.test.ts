import { describe, expect, it } from 'vitest';
import {
  findRootReadme,
  isVendoredPath,
  isWorkflowPath,
  MAX_DOWNLOAD_BYTES,
  MAX_FILES_PER_ANALYSIS,
  MAX_FILES_PER_REPO,
  planDownloads,
} from '@/lib/analysis/evidence/file-plan';
import type { TreeEntry } from '@/lib/analysis/evidence/snapshot';
import { restTreeSnapshot } from './snapshots';

const blobs = (...paths: string[]): TreeEntry[] => paths.map((path) => ({ path, type: 'blob', size: 500 }));

const paths = (planned: { path: string }[]) => planned.map((file) => file.path);
const plan = (tree: TreeEntry[], files: Record<string, string> = {}) => paths(planDownloads(tree, files));

describe('planDownloads on REST-shaped trees', () => {
  it('a 2018-style library: README.rst, setup.py (bigger than its 22-byte setup.cfg), Travis CI, tox.ini, then setup.cfg', () => {
    expect(plan(restTreeSnapshot('library-2018').tree)).toEqual(['README.rst', 'setup.py', '.travis.yml', 'setup.cfg', 'tox.ini']);
  });

  it('a 2012-style library: ReadMe.md, matched case-insensitively, and setup.py', () => {
    expect(plan(restTreeSnapshot('library-2012').tree)).toEqual(['ReadMe.md', 'setup.py']);
  });

  it('a tree of assets has nothing worth downloading', () => {
    expect(plan(restTreeSnapshot('assets-only').tree)).toEqual([]);
  });
});

describe('planDownloads: the first round, from the tree', () => {
  it('wants the README, the runtime manifest, the CI that runs the tests, a second manifest, the test runner and runtime pins, in that order', () => {
    const tree = blobs(
      'README.md',
      'requirements.txt',
      'pyproject.toml',
      'setup.py',
      '.github/workflows/release.yml',
      '.github/workflows/tests.yml',
      'tox.ini',
      'noxfile.py',
      'Dockerfile',
      '.python-version',
    );
    expect(MAX_FILES_PER_REPO).toBe(6);
    expect(MAX_FILES_PER_ANALYSIS).toBe(24);
    expect(planDownloads(tree).slice(0, 7)).toEqual([
      { path: 'README.md', role: 'readme' },
      { path: 'pyproject.toml', role: 'manifest' },
      { path: '.github/workflows/tests.yml', role: 'ci' },
      { path: 'requirements.txt', role: 'manifest' },
      { path: 'tox.ini', role: 'test-runner' },
      { path: 'Dockerfile', role: 'runtime-pin' },
      { path: '.python-version', role: 'runtime-pin' },
    ]);
  });

  it('in requirements/, prefers base, then prod, over other files, and development files last', () => {
    expect(plan(blobs('requirements/dev.txt', 'requirements/prod.txt', 'requirements/base.txt'))).toEqual([
      'requirements/base.txt',
      'requirements/prod.txt',
      'requirements/dev.txt',
    ]);
    expect(plan(blobs('requirements/test.txt', 'requirements/local.txt', 'requirements/production.txt'))[0]).toBe('requirements/production.txt');
  });

  it("finds the application's manifests in a subfolder: backend/, a services/ monorepo, or wherever they are when the root has none", () => {
    expect(plan(blobs('pyproject.toml', 'backend/pyproject.toml', 'frontend/package.json'))).toEqual(['pyproject.toml', 'backend/pyproject.toml']);
    expect(plan(blobs('backend/requirements/base.txt', 'backend/requirements/local.txt'))).toEqual([
      'backend/requirements/base.txt',
      'backend/requirements/local.txt',
    ]);
    expect(plan(blobs('services/users/requirements.txt', 'services/orders/requirements.txt', 'docs/requirements.txt'))).toEqual([
      'services/orders/requirements.txt',
      'services/users/requirements.txt',
    ]);
  });

  it('reads CI besides GitHub Actions, and a workflow named for tests before the others', () => {
    expect(plan(blobs('.travis.yml'))).toEqual(['.travis.yml']);
    expect(plan(blobs('.github/workflows/release.yml', '.gitlab-ci.yml', '.github/workflows/CI.yml'))).toEqual([
      '.github/workflows/CI.yml',
      '.gitlab-ci.yml',
      '.github/workflows/release.yml',
    ]);
    expect(plan(blobs('.github/workflows/old/tests.yml', '.github/workflows/README.md', 'workflows/ci.yml'))).toEqual([]);
  });

  it("wants the Dockerfiles and compose files of folders without a manifest, compose and Dockerfile in turn, the bigger first", () => {
    const sized = (path: string, size: number): TreeEntry => ({ path, type: 'blob', size });
    const tree = [
      ...blobs('README.md', 'week-1/pipeline/requirements.txt', 'week-1/pipeline/Dockerfile'),
      sized('week-1/docker-compose.yaml', 600),
      sized('week-7/docker-compose.yaml', 1700),
      sized('week-7/airflow/docker-compose.yaml', 11_900),
      sized('week-7/dbt/Dockerfile', 740),
      sized('week-7/etl/Containerfile', 900),
      // Not the project's runtime: a test stack, docs, and a folder too deep to be one of its projects.
      sized('tests/docker-compose.yml', 5000),
      sized('docs/Dockerfile', 5000),
      sized('a/b/c/d/Dockerfile', 5000),
    ];
    expect(planDownloads(tree)).toEqual([
      { path: 'README.md', role: 'readme' },
      { path: 'week-1/pipeline/requirements.txt', role: 'manifest' },
      // Next to a manifest, a Dockerfile pins the runtime and installs what the manifest declares.
      { path: 'week-1/pipeline/Dockerfile', role: 'runtime-pin' },
      { path: 'week-7/airflow/docker-compose.yaml', role: 'container' },
      { path: 'week-7/etl/Containerfile', role: 'container' },
      { path: 'week-7/docker-compose.yaml', role: 'container' },
      { path: 'week-7/dbt/Dockerfile', role: 'container' },
      { path: 'week-1/docker-compose.yaml', role: 'container' },
    ]);
  });

  it('wants a compose file next to a manifest after the manifests, as a runtime pin: it names the services, not the packages', () => {
    expect(planDownloads(blobs('pyproject.toml', 'docker-compose.yml', 'Dockerfile', 'backend/requirements.txt')).slice(1)).toEqual([
      { path: 'backend/requirements.txt', role: 'manifest' },
      { path: 'Dockerfile', role: 'runtime-pin' },
      { path: 'docker-compose.yml', role: 'runtime-pin' },
    ]);
    // A recipe for the root's project (cookiecutter-django's compose/…/Dockerfile) pins its Python; another language's Dockerfile is not wanted.
    expect(planDownloads(blobs('requirements.txt', 'compose/local/django/Dockerfile', 'frontend/package.json', 'frontend/Dockerfile')).slice(1)).toEqual([
      { path: 'compose/local/django/Dockerfile', role: 'runtime-pin' },
    ]);
    // With no manifest anywhere, the root's Dockerfile is all that declares the stack.
    expect(planDownloads(blobs('main.py', 'Dockerfile'))).toEqual([{ path: 'Dockerfile', role: 'container' }]);
  });

  it('skips files over MAX_DOWNLOAD_BYTES, folders named like files, and vendored copies', () => {
    const tree: TreeEntry[] = [
      { path: 'pyproject.toml', type: 'blob', size: MAX_DOWNLOAD_BYTES + 1 },
      { path: 'requirements.txt', type: 'blob', size: MAX_DOWNLOAD_BYTES },
      { path: 'README.md', type: 'tree' },
      { path: 'venv/lib/python3.12/site-packages/x/setup.py', type: 'blob', size: 100 },
    ];
    expect(plan(tree)).toEqual(['requirements.txt']);
  });
});

describe('planDownloads: what the files read point to', () => {
  it('follows -r and -c includes, relative to the file that names them, before anything else', () => {
    const tree = blobs('README.md', 'requirements.txt', 'requirements/base.txt', 'requirements/constraints.txt', '.travis.yml');
    expect(plan(tree, { 'README.md': '', 'requirements.txt': '-r requirements/base.txt\n-c requirements/constraints.txt\n' })).toEqual([
      'requirements/base.txt',
      'requirements/constraints.txt',
      '.travis.yml',
    ]);
  });

  it("reads a uv workspace's members, a Dockerfile's and a setup.py's requirements files", () => {
    const workspace = plan(blobs('pyproject.toml', 'backend/pyproject.toml', 'tools/pyproject.toml'), {
      'pyproject.toml': '[tool.uv.workspace]\nmembers = ["backend"]\n',
    });
    expect(workspace).toEqual(['backend/pyproject.toml', 'tools/pyproject.toml']);
    expect(plan(blobs('build/Dockerfile', 'build/requirements.txt'), { 'build/Dockerfile': 'RUN pip install -r requirements.txt\n' })[0]).toBe(
      'build/requirements.txt',
    );
    expect(plan(blobs('setup.py', 'reqs/base-requirements.txt'), { 'setup.py': "open('reqs/base-requirements.txt')\n" })).toEqual([
      'reqs/base-requirements.txt',
    ]);
  });

  it("reads the Dockerfile a compose service is built from: `build: ./dir`, or a context and a dockerfile", () => {
    const tree = blobs('stack/docker-compose.yml', 'stack/parser/Dockerfile', 'stack/parser/requirements.txt', 'stack/dbt/Dockerfile', 'worker/docker/Dockerfile.prod', 'worker/Dockerfile');
    const compose = [
      'services:',
      '  parser:',
      '    build: ./parser',
      '  dbt:',
      '    build: "dbt/."',
      '  worker:',
      '    build:',
      '      context: ../worker',
      '      dockerfile: docker/Dockerfile.prod',
      '',
    ].join('\n');
    expect(planDownloads(tree, { 'stack/docker-compose.yml': compose }).slice(0, 3)).toEqual([
      { path: 'stack/parser/Dockerfile', role: 'runtime-pin' },
      { path: 'stack/dbt/Dockerfile', role: 'container' },
      { path: 'worker/docker/Dockerfile.prod', role: 'container' },
    ]);
  });

  it('reads the script or Makefile a CI step runs, a local reusable workflow, and tox.ini when CI runs tox', () => {
    const tree = blobs('.github/workflows/ci.yml', '.github/workflows/tests.yml', 'backend/scripts/tests-start.sh', 'Makefile', 'tox.ini');
    const ci = 'steps:\n  - run: bash scripts/tests-start.sh\n  - run: make lint\n  - uses: ./.github/workflows/tests.yml\n  - run: tox -e py312\n';
    expect(plan(tree, { '.github/workflows/ci.yml': ci })).toEqual(['backend/scripts/tests-start.sh', 'Makefile', '.github/workflows/tests.yml', 'tox.ini']);
  });

  it('reads one test module: first when nothing read says how the tests are run, else last', () => {
    const tree = blobs('README.md', 'app/tests/test_views.py', 'app/tests.py', 'bench/test_speed.py', 'app/settings/tests.py');
    // test_*.py before a Django tests.py; never a benchmark, nor a settings module named tests.py.
    expect(plan(tree, { 'README.md': 'Tests use pytest.' })).toEqual(['app/tests/test_views.py']);
    const withRunner = [...tree, ...blobs('conftest.py', 'tox.ini')];
    expect(plan(withRunner, { 'README.md': '' })).toEqual(['tox.ini', 'app/tests/test_views.py']);
    expect(plan(tree)).not.toContain('app/tests/test_views.py');
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
