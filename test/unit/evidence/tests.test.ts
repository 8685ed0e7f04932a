import { describe, expect, it } from 'vitest';
import { detectTests, TestsEvidenceSchema } from '@/lib/analysis/evidence/tests';
import { evidenceFixture, restTreeSnapshot, syntheticSnapshot } from './snapshots';

const kinds = (evidence: { kind: string }[]) => evidence.map((item) => item.kind);

describe('detectTests on REST-shaped trees', () => {
  it('a 2018-style library: 12 test modules under tests/, pytest and tox, Travis CI not read', () => {
    // By hand from the fixture: 12 test_*.py under tests/unit and tests/integration; 12 sources, the
    // modules of httpkit/ (docs/conf.py is documentation, setup.py and tests/conftest.py tooling).
    const tests = detectTests(restTreeSnapshot('library-2018'));
    const base = 'https://github.com/ana/httpkit';
    expect(tests).toEqual({
      present: true,
      frameworks: ['pytest', 'tox'],
      testFileCount: 12,
      sourceFileCount: 12,
      testToSourceRatio: 1,
      ciRunsTests: 'unknown',
      evidence: [
        {
          kind: 'ci',
          repo: 'ana/httpkit',
          path: '.travis.yml',
          url: `${base}/blob/develop/.travis.yml`,
          detail: 'CI is configured in .travis.yml; it was not read, so whether it runs the tests is unknown.',
        },
        { kind: 'test-dir', repo: 'ana/httpkit', path: 'tests', url: `${base}/tree/develop/tests`, detail: 'Tests folder tests/ with 12 test files.' },
        { kind: 'test-config', repo: 'ana/httpkit', path: 'tests/conftest.py', url: `${base}/blob/develop/tests/conftest.py`, detail: 'pytest fixtures in conftest.py.' },
        { kind: 'test-config', repo: 'ana/httpkit', path: 'tox.ini', url: `${base}/blob/develop/tox.ini`, detail: 'tox runs the tests across environments (tox.ini).' },
      ],
      partial: false,
    });
    expect(TestsEvidenceSchema.safeParse(tests).success).toBe(true);
  });

  it('the same library with its .travis.yml read: CI runs tox', () => {
    const tests = detectTests(restTreeSnapshot('library-2018', { '.travis.yml': evidenceFixture('travis.yml') }));
    expect(tests.ciRunsTests).toBe('yes');
    expect(tests.evidence[0]).toMatchObject({ kind: 'ci-tests', path: '.travis.yml', detail: 'CI runs the tests: "tox".' });
  });

  it('a 2012-style library: *.UnitTest.py is not a test convention pyvet knows, and there is no CI', () => {
    expect(detectTests(restTreeSnapshot('library-2012'))).toEqual({
      present: false,
      frameworks: [],
      testFileCount: 0,
      sourceFileCount: 12,
      testToSourceRatio: 0,
      ciRunsTests: 'no-ci',
      evidence: [],
      partial: false,
    });
  });

  it('a tree of assets has no Python at all', () => {
    expect(detectTests(restTreeSnapshot('assets-only'))).toMatchObject({
      present: false,
      testFileCount: 0,
      sourceFileCount: 0,
      testToSourceRatio: null,
      ciRunsTests: 'no-ci',
    });
  });
});

describe('detectTests from the tree', () => {
  it('counts test_*.py, *_test.py and tests.py anywhere, and finds nested tests folders', () => {
    const tests = detectTests(
      syntheticSnapshot([
        'src/shop/__init__.py',
        'src/shop/models.py',
        'src/shop/views.py',
        'src/shop/tests/test_models.py',
        'src/shop/tests/factories.py',
        'orders/tests.py',
        'orders/models.py',
        'tools/parse_test.py',
        'setup.py',
      ]),
    );
    expect(tests).toMatchObject({
      present: true,
      testFileCount: 3,
      // __init__.py, models.py, views.py and orders/models.py; factories.py is test code, setup.py tooling.
      sourceFileCount: 4,
      testToSourceRatio: 0.75,
    });
    expect(tests.evidence).toEqual([
      {
        kind: 'test-dir',
        repo: 'jo/app',
        path: 'src/shop/tests',
        url: 'https://github.com/jo/app/tree/main/src/shop/tests',
        detail: 'Tests folder src/shop/tests/ with 1 test file.',
      },
    ]);
  });

  it('shows a loose test module when there is no tests folder', () => {
    const tests = detectTests(syntheticSnapshot(['app.py', 'test_app.py']));
    expect(tests).toMatchObject({ present: true, testFileCount: 1, sourceFileCount: 1, testToSourceRatio: 1 });
    expect(tests.evidence).toEqual([
      expect.objectContaining({ kind: 'test-file', path: 'test_app.py', detail: 'Test module test_app.py.' }),
    ]);
  });

  it('does not count files that only look like tests', () => {
    const tests = detectTests(
      syntheticSnapshot(['testing.py', 'contest.py', 'test.py', 'tests_helper.py', 'latest_results.py', 'test_data.json']),
    );
    expect(tests).toMatchObject({ present: false, testFileCount: 0, sourceFileCount: 5 });
  });

  it('does not call an empty tests package tests, but does call helper code in a tests folder tests', () => {
    expect(detectTests(syntheticSnapshot(['tests/', 'tests/__init__.py', 'app.py'])).present).toBe(false);
    expect(detectTests(syntheticSnapshot(['tests/helpers.py', 'app.py']))).toMatchObject({
      present: true,
      testFileCount: 0,
    });
  });

  it('finds a tests folder listed only through its files, and counts test/ as well as tests/', () => {
    const tests = detectTests(syntheticSnapshot(['test/unit/test_a.py', 'test/test_b.py', 'lib.py']));
    expect(tests.evidence.map((item) => item.path)).toEqual(['test']);
    expect(tests.evidence[0]?.detail).toBe('Tests folder test/ with 2 test files.');
  });

  it('rounds the ratio to two decimals', () => {
    expect(detectTests(syntheticSnapshot(['a.py', 'b.py', 'c.py', 'test_a.py'])).testToSourceRatio).toBe(0.33);
  });

  it('leaves out committed virtual environments and dependencies', () => {
    const tests = detectTests(
      syntheticSnapshot([
        'app.py',
        'venv/lib/python3.11/site-packages/requests/tests/test_api.py',
        '.venv/lib/python3.12/site-packages/six.py',
        'frontend/node_modules/flatted/python/test.py',
        'venv/lib/python3.11/site-packages/conftest.py',
      ]),
    );
    expect(tests).toMatchObject({ present: false, frameworks: [], testFileCount: 0, sourceFileCount: 1, evidence: [] });
  });

  it('recognizes pytest, tox and nox configuration files', () => {
    const tests = detectTests(syntheticSnapshot(['pytest.ini', 'noxfile.py', 'tox.ini', 'conftest.py', 'test_app.py']));
    expect(tests.frameworks).toEqual(['pytest', 'tox', 'nox']);
    expect(tests.evidence.map((item) => item.path)).toEqual(['test_app.py', 'pytest.ini', 'conftest.py']);
  });

  it('names no framework without a single test: configuration alone says nothing of how they test', () => {
    const tests = detectTests(syntheticSnapshot(['pytest.ini', 'noxfile.py', 'tox.ini', 'conftest.py'], { 'requirements-dev.txt': 'pytest\n' }));
    expect(tests).toMatchObject({ present: false, frameworks: [] });
  });

  it('leaves benchmarks, examples and fixtures out of the tests', () => {
    const tests = detectTests(syntheticSnapshot(['lib.py', 'bench/test_speed.py', 'examples/color_test.py', 'tests/fixtures/test_data.py', 'tests/test_lib.py']));
    expect(tests).toMatchObject({ testFileCount: 1, sourceFileCount: 1 });
  });

  it('reads how a test module is written: unittest classes, Django TestCase, pytest', () => {
    const frameworksOf = (text: string) => detectTests(syntheticSnapshot([], { 'tests.py': text })).frameworks;
    expect(frameworksOf('import unittest\n\nclass T(unittest.TestCase):\n    pass\n')).toEqual(['unittest']);
    expect(frameworksOf('from django.test import TestCase\n')).toEqual(['unittest']);
    expect(frameworksOf('import pytest\n\n@pytest.fixture\ndef x(): ...\n')).toEqual(['pytest']);
  });

  it('says when the tree was cut short', () => {
    expect(detectTests(syntheticSnapshot(['tests/test_a.py'], {}, true)).partial).toBe(true);
  });
});

describe('detectTests from downloaded files', () => {
  it('finds [tool.pytest.ini_options] in pyproject.toml and test dependencies', () => {
    const tests = detectTests(syntheticSnapshot(['test_app.py'], { 'pyproject.toml': evidenceFixture('pyproject-pep621.toml') }));
    expect(tests.frameworks).toEqual(['pytest']);
    expect(tests.evidence.filter((item) => item.kind !== 'test-file')).toEqual([
      {
        kind: 'test-config',
        repo: 'jo/app',
        path: 'pyproject.toml',
        url: 'https://github.com/jo/app/blob/main/pyproject.toml',
        detail: 'pytest is configured in pyproject.toml.',
      },
      {
        kind: 'test-dependency',
        repo: 'jo/app',
        path: 'pyproject.toml',
        url: 'https://github.com/jo/app/blob/main/pyproject.toml',
        detail: 'Declares pytest, pytest-asyncio, coverage (pyproject.toml).',
      },
    ]);
  });

  it('finds [tool:pytest] in setup.cfg, but not in a setup.cfg without it', () => {
    const configOf = (text: string) =>
      detectTests(syntheticSnapshot([], { 'setup.cfg': text })).evidence.filter((item) => item.kind === 'test-config');
    expect(configOf(evidenceFixture('setup.cfg')).map((item) => item.detail)).toEqual(['pytest is configured in setup.cfg.']);
    expect(configOf(evidenceFixture('setup-malformed.cfg'))).toEqual([]);
    expect(configOf('[flake8]\n# [tool:pytest] is somewhere else\n')).toEqual([]);
  });

  it('does not take a pytest section mentioned in a README for configuration', () => {
    const tests = detectTests(syntheticSnapshot([], { 'README.md': '[tool.pytest.ini_options]\n[tool:pytest]\n' }));
    expect(tests.frameworks).toEqual([]);
    expect(tests.evidence).toEqual([]);
  });

  it('reads frameworks from test dependencies of any manifest', () => {
    expect(detectTests(syntheticSnapshot(['test_app.py'], { Pipfile: evidenceFixture('Pipfile') })).frameworks).toEqual(['pytest', 'tox']);
    expect(detectTests(syntheticSnapshot(['test_app.py'], { 'requirements.txt': 'nox\nunittest2\ncoverage\n' })).frameworks).toEqual([
      'unittest',
      'nox',
    ]);
    expect(detectTests(syntheticSnapshot([], { 'requirements.txt': 'pytesting-tools\nflask\n' })).evidence).toEqual([]);
  });
  it('reads how a test module is written: TestCase classes are unittest, mocks and helper classes beside test functions are not', () => {
    const frameworksOf = (text: string) => detectTests(syntheticSnapshot(['tests/test_app.py'], { 'tests/test_app.py': text })).frameworks;
    expect(frameworksOf('import unittest\n\nclass AppTest(unittest.TestCase):\n    def test_ok(self): ...\n')).toEqual(['unittest']);
    expect(frameworksOf('from django.test import TestCase\n\nclass ViewTest(TestCase): ...\n')).toEqual(['unittest']);
    expect(frameworksOf('from unittest.mock import patch\n\ndef test_ok(): ...\n')).toEqual([]);
    expect(frameworksOf('import pytest\nimport unittest\n\ndef test_ok(): ...\n\nclass Helper(unittest.TestCase): ...\n')).toEqual(['pytest']);
  });

  it('never takes a settings module named tests.py for tests', () => {
    expect(detectTests(syntheticSnapshot(['shop/settings/tests.py', 'shop/settings/base.py'])).present).toBe(false);
    expect(detectTests(syntheticSnapshot(['shop/orders/tests.py'])).present).toBe(true);
  });
});

describe('detectTests: does CI run the tests?', () => {
  const workflow = (name: string) => evidenceFixture(`workflows/${name}`);

  it("'yes' when a downloaded workflow runs pytest, quoting the command", () => {
    const tests = detectTests(
      syntheticSnapshot(['.github/workflows/release.yml', 'tests/test_orders.py'], { '.github/workflows/tests.yml': workflow('tests.yml') }),
    );
    expect(tests.ciRunsTests).toBe('yes');
    expect(tests.frameworks).toEqual(['pytest']);
    expect(tests.evidence.filter((item) => item.kind === 'ci-tests')).toEqual([
      {
        kind: 'ci-tests',
        repo: 'jo/app',
        path: '.github/workflows/tests.yml',
        url: 'https://github.com/jo/app/blob/main/.github/workflows/tests.yml',
        detail: 'CI runs the tests: "python -m pytest -q --cov=orders".',
      },
    ]);
  });

  it("'yes' for python -m unittest", () => {
    const tests = detectTests(syntheticSnapshot(['tests/test_a.py'], { '.github/workflows/ci.yaml': workflow('unittest.yaml') }));
    expect(tests).toMatchObject({ ciRunsTests: 'yes', frameworks: ['unittest'] });
    expect(tests.evidence[0]?.detail).toBe('CI runs the tests: "python3 -m unittest discover -s tests".');
  });

  it('finds unittest run under coverage and a runner prefix', () => {
    const frameworksOf = (run: string) =>
      detectTests(syntheticSnapshot(['tests/test_a.py'], { '.github/workflows/ci.yml': `steps:\n  - run: ${run}\n` })).frameworks;
    expect(frameworksOf('pipenv run coverage run -m unittest tests/*.py')).toEqual(['unittest']);
    expect(frameworksOf('coverage run --source=app -m unittest discover')).toEqual(['unittest']);
    expect(frameworksOf('coverage run -m pytest')).toEqual(['pytest']);
  });

  it('recognizes the other usual test commands', () => {
    const verdict = (command: string) =>
      detectTests(syntheticSnapshot([], { '.github/workflows/ci.yml': `steps:\n  - run: ${command}\n` })).ciRunsTests;
    for (const command of ['pytest', 'py.test tests', 'poetry run pytest', 'tox -e py312', 'nox -s tests', 'coverage run -m x', 'python manage.py test', 'make test']) {
      expect(verdict(command), command).toBe('yes');
    }
    for (const command of ['ruff check .', 'mypy src', 'python -m build', 'echo "protest"', 'cat tox.ini', 'codecov -f pytest-cov.xml']) {
      expect(verdict(command), command).toBe('no');
    }
  });

  it('reads only commands: a matrix of package names or a cache path is configuration, even when it names a runner', () => {
    const verdict = (yaml: string) => detectTests(syntheticSnapshot([], { '.github/workflows/ci.yml': yaml })).ciRunsTests;
    expect(verdict('jobs:\n  downstream:\n    strategy:\n      matrix:\n        project:\n          - tox\n          - pytest\n    steps:\n      - run: pip install .\n')).toBe('no');
    expect(verdict('steps:\n  - uses: actions/cache@v4\n    with:\n      path: .nox/.cache\n')).toBe('no');
    expect(verdict('steps:\n  - run: |\n      pip install -e .\n      python -m pytest -q\n')).toBe('yes');
    expect(verdict('script:\n- tox\n')).toBe('yes');
  });

  it('follows what a step runs: a test script, a Makefile target, a shared or local workflow', () => {
    const ci = (run: string, files: Record<string, string> = {}) =>
      detectTests(syntheticSnapshot([], { '.github/workflows/ci.yml': `steps:\n  - run: ${run}\n`, ...files }));
    const viaScript = ci('uv run bash scripts/tests-start.sh', { 'backend/scripts/tests-start.sh': 'set -e\nbash scripts/test.sh "$@"\n' });
    expect(viaScript).toMatchObject({ ciRunsTests: 'yes' });
    expect(viaScript.evidence[0]?.detail).toBe('CI runs the tests: "uv run bash scripts/tests-start.sh".');
    const viaMake = ci('poetry run make lint', { Makefile: 'lint:\n\truff check .\ntest:\n\tpytest\n' });
    expect(viaMake.ciRunsTests).toBe('no');
    const viaMakeTest = ci('make ci', { Makefile: 'ci: lint unit\nlint:\n\truff check .\nunit:\n\tpython -m pytest tests\n' });
    expect(viaMakeTest.evidence[0]?.detail).toBe('CI runs the tests: "make ci → python -m pytest tests".');
    const shared = detectTests(syntheticSnapshot([], { '.github/workflows/ci.yml': 'jobs:\n  tests:\n    uses: OpenAstronomy/github-actions-workflows/.github/workflows/tox.yml@v1  # pinned\n' }));
    expect(shared.ciRunsTests).toBe('yes');
    const jenkins = detectTests(syntheticSnapshot([], { Jenkinsfile: "stage('Test') {\n  steps { sh 'python manage.py jenkins --enable-coverage' }\n}\n" }));
    expect(jenkins.ciRunsTests).toBe('yes');
  });

  it("'no' when every CI file was read and none runs tests: installing pytest, a step name or a comment does not", () => {
    const tests = detectTests(syntheticSnapshot([], { '.github/workflows/lint.yml': workflow('lint.yml') }));
    expect(tests.ciRunsTests).toBe('no');
    expect(tests.frameworks).toEqual([]);
    expect(tests.evidence).toEqual([
      expect.objectContaining({
        kind: 'ci',
        path: '.github/workflows/lint.yml',
        detail: 'CI is configured in .github/workflows/lint.yml but runs no test command pyvet recognizes.',
      }),
    ]);
  });

  it("'unknown' when a workflow that might run tests was not downloaded", () => {
    const tests = detectTests(
      syntheticSnapshot(['.github/workflows/tests.yml'], { '.github/workflows/lint.yml': workflow('lint.yml') }),
    );
    expect(tests.ciRunsTests).toBe('unknown');
    expect(tests.evidence[0]?.detail).toBe(
      'CI is configured in .github/workflows/tests.yml; it was not read, so whether it runs the tests is unknown.',
    );
  });

  it("'no-ci' without any CI file; files outside the workflows folder are not CI", () => {
    const tests = detectTests(
      syntheticSnapshot(['.github/workflows/old/tests.yml', '.github/dependabot.yml', 'ci/run.sh', 'tests/test_a.py']),
    );
    expect(tests.ciRunsTests).toBe('no-ci');
  });

  it('knows GitLab, CircleCI and Azure Pipelines files as CI too', () => {
    for (const path of ['.gitlab-ci.yml', '.circleci/config.yml', 'azure-pipelines.yml']) {
      expect(detectTests(syntheticSnapshot([path])).ciRunsTests, path).toBe('unknown');
    }
  });
});

describe('detectTests evidence', () => {
  it('keeps the five most telling items: CI, folders, then configuration and dependencies', () => {
    const tests = detectTests(
      syntheticSnapshot(
        ['tests/test_a.py', 'integration/tests/test_b.py', 'e2e/test/test_c.py', 'pytest.ini', 'tox.ini', 'noxfile.py'],
        {
          '.github/workflows/tests.yml': evidenceFixture('workflows/tests.yml'),
          'pyproject.toml': evidenceFixture('pyproject-pep621.toml'),
        },
      ),
    );
    expect(kinds(tests.evidence)).toEqual(['ci-tests', 'test-dir', 'test-dir', 'test-config', 'test-config']);
    expect(tests.evidence.map((item) => item.path)).toEqual([
      '.github/workflows/tests.yml',
      'tests',
      'e2e/test',
      'pytest.ini',
      'tox.ini',
    ]);
    expect(tests.frameworks).toEqual(['pytest', 'tox', 'nox']);
  });
});
