import { describe, expect, it } from 'vitest';
import { SKILL_CATALOGUE, type Skill } from '@/lib/analysis/evidence/skill-catalogue';
import { runsProjectOnSchedule } from '@/lib/analysis/evidence/python-versions';
import { detectStack, StackEvidenceSchema } from '@/lib/analysis/evidence/stack';
import { evidenceFixture, restTreeSnapshot, syntheticSnapshot } from './snapshots';

const kinds = (evidence: { kind: string }[]) => evidence.map((item) => item.kind);

describe('detectStack on REST-shaped trees', () => {
  it('a 2018-style library: pytest (tooling, never the stack) from tests/conftest.py, and Travis CI as legacy information', () => {
    const stack = detectStack(restTreeSnapshot('library-2018'));
    const base = 'https://github.com/ana/httpkit/blob/develop';
    expect(stack).toEqual({
      skills: [],
      tooling: [
        {
          id: 'pytest',
          name: 'pytest',
          evidence: [
            { kind: 'file', repo: 'ana/httpkit', path: 'tests/conftest.py', url: `${base}/tests/conftest.py`, detail: 'tests/conftest.py is in the repository.' },
          ],
        },
      ],
      manifestsRead: [],
      // Nothing downloaded: the stack these declare is unknown, and says so.
      manifestsUnread: ['setup.py', 'setup.cfg'],
      python2: [],
      endOfLife: [],
      outdated: [],
      legacyCi: { kind: 'legacy-ci', repo: 'ana/httpkit', path: '.travis.yml', url: `${base}/.travis.yml`, detail: 'Continuous integration on Travis CI (.travis.yml).' },
      problems: [],
      partial: false,
    });
    expect(StackEvidenceSchema.safeParse(stack).success).toBe(true);
  });

  it('a 2012-style library: no skill shows in the tree alone, and no CI', () => {
    expect(detectStack(restTreeSnapshot('library-2012'))).toMatchObject({ skills: [], outdated: [], legacyCi: null, partial: false });
  });
});

describe('detectStack skills', () => {
  it('finds skills from a PEP 621 pyproject and from files in the tree, in catalogue order', () => {
    const snapshot = syntheticSnapshot(
      [
        'Dockerfile',
        'docker-compose.yml',
        'infra/main.tf',
        'deploy/k8s/',
        'deploy/k8s/deployment.yaml',
        'notebooks/explore.ipynb',
        // Someone else's files, committed by accident, are not the candidate's skills.
        'web/node_modules/some-lib/Dockerfile',
        'venv/lib/python3.12/site-packages/celery/__init__.py',
      ],
      { 'pyproject.toml': evidenceFixture('pyproject-pep621.toml') },
    );
    const stack = detectStack(snapshot);
    expect(stack.skills.map((skill) => skill.id)).toEqual([
      'fastapi',
      'sqlalchemy',
      'postgresql',
      'redis',
      'pydantic',
      'jupyter',
      'langchain',
      'anthropic-sdk',
      'vector-stores',
      'docker',
      'kubernetes',
      'terraform',
    ]);
    const evidenceOf = (id: string) => stack.skills.find((skill) => skill.id === id)?.evidence;
    expect(evidenceOf('sqlalchemy')).toEqual([
      {
        kind: 'dependency',
        repo: 'jo/app',
        path: 'pyproject.toml',
        url: 'https://github.com/jo/app/blob/main/pyproject.toml',
        detail: 'Depends on sqlalchemy ==2.0.30 (pyproject.toml).',
      },
    ]);
    // Test dependencies are tooling, shown apart from what the project runs on.
    expect(stack.tooling.map((skill) => skill.id)).toEqual(['pytest']);
    expect(stack.tooling[0]?.evidence.map((item) => item.detail)).toEqual([
      'Depends on pytest >=8 (pyproject.toml).',
      'Depends on pytest-asyncio (pyproject.toml).',
    ]);
    expect(evidenceOf('docker')?.map((item) => item.path)).toEqual(['Dockerfile', 'docker-compose.yml']);
    // A folder links to github.com's tree view.
    expect(evidenceOf('kubernetes')?.map((item) => item.url)).toEqual([
      'https://github.com/jo/app/tree/main/deploy/k8s',
      'https://github.com/jo/app/blob/main/deploy/k8s/deployment.yaml',
    ]);
    expect(stack.outdated).toEqual([]);
  });

  it("reads the extras of a Poetry table: fastapi[all] brings Pydantic, celery[redis] brings Redis", () => {
    const poetry = '[tool.poetry.dependencies]\npython = "^3.11"\nfastapi = {extras = ["all"], version = "^0.114.1"}\ncelery = { extras = ["Redis"], version = "^5.3" }\n';
    const ids = detectStack(syntheticSnapshot(['pyproject.toml'], { 'pyproject.toml': poetry })).skills.map((skill) => skill.id);
    expect(ids).toEqual(expect.arrayContaining(['fastapi', 'pydantic', 'celery', 'redis']));
    // Without the extras, plain FastAPI and Celery claim nothing more.
    const plain = '[tool.poetry.dependencies]\nfastapi = "^0.114.1"\ncelery = "^5.3"\n';
    const plainIds = detectStack(syntheticSnapshot(['pyproject.toml'], { 'pyproject.toml': plain })).skills.map((skill) => skill.id);
    expect(plainIds).not.toContain('pydantic');
    expect(plainIds).not.toContain('redis');
  });

  it("reads the images a compose file runs, a variable's default included, and links each to the file that names it", () => {
    const compose = [
      'x-airflow-common:',
      '  &airflow-common',
      '  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.10.4}',
      'services:',
      '  db:',
      '    image: "postgres:16"',
      '  cache:',
      '    image: docker.io/library/redis:7-alpine # the broker',
      '  admin:',
      '    image: dpage/pgadmin4',
      '  custom:',
      '    image: ${CUSTOM_IMAGE}',
      '',
    ].join('\n');
    const stack = detectStack(syntheticSnapshot(['dags/load.py'], { 'orchestration/docker-compose.yaml': compose }));
    // Beside Airflow, PostgreSQL and Redis are Airflow's own metadata database and broker.
    expect(stack.skills.map((skill) => skill.id)).toEqual(['airflow', 'docker']);
    const app = detectStack(syntheticSnapshot([], { 'docker-compose.yml': compose.replace(/^.*airflow.*$/gim, '') }));
    expect(app.skills.map((skill) => skill.id)).toEqual(['postgresql', 'redis', 'docker']);
    expect(app.skills[0]?.evidence[0]?.detail).toBe('Runs the postgres image (docker-compose.yml: image: "postgres:16").');
    expect(stack.skills.find((skill) => skill.id === 'airflow')?.evidence).toEqual([
      {
        kind: 'image',
        repo: 'jo/app',
        path: 'orchestration/docker-compose.yaml',
        url: 'https://github.com/jo/app/blob/main/orchestration/docker-compose.yaml',
        detail: 'Runs the apache/airflow image (orchestration/docker-compose.yaml: image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.10.4}).',
      },
    ]);
    // A compose file is no manifest: the stack it shows does not make the manifests known.
    expect(stack.manifestsRead).toEqual([]);
  });

  it("reads a Dockerfile's base image, not its build stages, and only well-known images as skills", () => {
    const dockerfile = 'FROM postgis/postgis:16-3.4 AS db\nFROM python:3.12 AS build\nFROM build\nFROM scratch\n';
    expect(detectStack(syntheticSnapshot([], { 'db/Dockerfile': dockerfile })).skills.map((skill) => skill.id)).toEqual(['postgresql', 'docker']);
    expect(detectStack(syntheticSnapshot([], { 'compose.yaml': 'services:\n  web:\n    image: ghcr.io/jo/web:1.2\n' })).skills.map((skill) => skill.id)).toEqual(['docker']);
  });

  it('keeps at most three pieces of evidence per skill', () => {
    const snapshot = syntheticSnapshot(['a.tf', 'b.tf', 'c.tf', 'd.tf', 'e.tf']);
    expect(detectStack(snapshot).skills).toEqual([
      expect.objectContaining({ id: 'terraform', evidence: [expect.anything(), expect.anything(), expect.anything()] }),
    ]);
  });

  it('has no skills for a repository without manifests or marker files', () => {
    expect(detectStack(syntheticSnapshot(['main.py', 'README.md', 'terraform.md', 'docs/dockerfile-guide.md'])).skills).toEqual(
      [],
    );
  });

  it('takes a longer catalogue, so a scorecard can add skills', () => {
    const streamlit: Skill = { id: 'streamlit', name: 'Streamlit', packages: ['streamlit'] };
    const snapshot = syntheticSnapshot([], { 'requirements.txt': 'Streamlit>=1.30\nflask\n' });
    expect(detectStack(snapshot, [...SKILL_CATALOGUE, streamlit]).skills.map((skill) => skill.id)).toEqual([
      'flask',
      'streamlit',
    ]);
    expect(detectStack(snapshot).skills.map((skill) => skill.id)).toEqual(['flask']);
  });

  it('reads skills from every kind of manifest', () => {
    const skillsOf = (path: string, fixture: string) =>
      detectStack(syntheticSnapshot([], { [path]: evidenceFixture(fixture) })).skills.map((skill) => skill.id);
    expect(skillsOf('requirements.txt', 'requirements.txt')).toEqual(['django', 'postgresql', 'celery', 'requests', 'pandas']);
    expect(skillsOf('setup.py', 'setup.py')).toEqual(['requests', 'pandas', 'numpy', 'scikit-learn', 'pytorch']);
    expect(skillsOf('setup.cfg', 'setup.cfg')).toEqual(['sqlalchemy', 'requests', 'aws']);
    expect(skillsOf('Pipfile', 'Pipfile')).toEqual(['flask', 'sqlalchemy', 'requests', 'aws']);
    expect(skillsOf('environment.yml', 'environment.yml')).toEqual([
      'pandas',
      'jupyter',
      'numpy',
      'scikit-learn',
      'pytorch',
      'langchain',
      'openai-sdk',
    ]);
  });
});

describe('detectStack end of life (end-of-life.ts, as of its date)', () => {
  const stackOf = (files: Record<string, string>, paths: string[] = []) => detectStack(syntheticSnapshot(paths, files));
  const heldOf = (files: Record<string, string>, paths: string[] = []) => stackOf(files, paths).endOfLife.map((finding) => finding.product);

  it('holds the lines a dependency pins with == or an upper bound, saying since when each has ended', () => {
    const stack = stackOf({ 'requirements.txt': evidenceFixture('requirements-legacy.txt') });
    expect(stack.endOfLife.map(({ product, version, since }) => [product, version, since])).toEqual([
      ['django', '==2.2.28', '2026-04'],
      ['flask', '<1.0', '2023-09'],
      ['sqlalchemy', '==1.3.24', '2023-01'],
      ['pandas', '~=0.25.3', '2023-04'],
      ['celery', '>=4.0,<5', '2020-09'],
    ]);
    expect(stack.endOfLife[0]?.evidence).toEqual({
      kind: 'end-of-life',
      repo: 'jo/app',
      path: 'requirements.txt',
      url: 'https://github.com/jo/app/blob/main/requirements.txt',
      detail: 'Holds Django at ==2.2.28 (requirements.txt): no Django release below 5.2 gets fixes any more (as of 2026-11-30).',
    });
    expect(stack.outdated).toEqual(stack.endOfLife.map((finding) => finding.evidence));
  });

  it('holds nothing for supported lines, lower bounds alone, or development dependencies', () => {
    expect(heldOf({ 'requirements.txt': evidenceFixture('requirements-current.txt') })).toEqual([]);
    expect(heldOf({ 'requirements.txt': 'django>=1.11\nflask!=0.12\ncelery\n' })).toEqual([]);
    expect(heldOf({ 'requirements-dev.txt': 'django==2.2\n' })).toEqual([]);
  });

  it("reads Poetry's ^ and ~, and ==x.* wildcards, as upper bounds", () => {
    const pins = (specifier: string) => heldOf({ 'pyproject.toml': `[tool.poetry.dependencies]\ndjango = "${specifier}"\n` }).length;
    expect([pins('^2.2'), pins('~3.1'), pins('3.1.14'), pins('==3.1.*'), pins('~=2.2'), pins('<=3.1.99')]).toEqual([1, 1, 1, 1, 1, 1]);
    expect([pins('^5.2'), pins('~5.2'), pins('5.2'), pins('==5.2.*'), pins('~=5.2'), pins('<5.3'), pins('*')]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // ^0.x only allows 0.x: Flask ^0.12 stays below 3.0, LangChain ^0.0.184 in the 0.0 line.
    expect(heldOf({ 'pyproject.toml': '[tool.poetry.dependencies]\nflask = "^0.12"\nlangchain = "^0.0.184"\nopenai = "0.27.6"\n' })).toEqual([
      'flask',
      'langchain',
      'openai-sdk',
    ]);
  });

  it('holds Python when the project runs on an ended version: Dockerfile, .python-version, runtime.txt, conda, Pipfile, Makefile', () => {
    expect(heldOf({ Dockerfile: 'FROM python:3.9-slim\nRUN pip install fastapi\n' })).toEqual(['python']);
    expect(heldOf({ Dockerfile: 'ARG PYTHON_VERSION=3.9-slim-bullseye\nFROM python:${PYTHON_VERSION} AS base\n' })).toEqual(['python']);
    expect(heldOf({ Dockerfile: 'FROM apache/airflow:2.8.1-python3.12\n' })).toEqual(['airflow']);
    expect(heldOf({ Dockerfile: 'FROM python:3.12-slim\n' })).toEqual([]);
    expect(heldOf({ 'containers/etl/Containerfile': 'FROM python:3.9\n' })).toEqual(['python']);
    expect(heldOf({ Dockerfile: 'FROM python:slim\n' })).toEqual([]);
    expect(heldOf({ '.python-version': '3.8.18\n' })).toEqual(['python']);
    expect(heldOf({ 'runtime.txt': 'python-3.7.3\n' })).toEqual(['python']);
    expect(heldOf({ 'environment.yml': evidenceFixture('environment.yml') })).toEqual(['python', 'numpy']);
    expect(heldOf({ Pipfile: evidenceFixture('Pipfile') })).toEqual(['python', 'flask']);
    expect(heldOf({ Makefile: 'run:\n\tpython3.8 -m app\n' })).toEqual(['python']);
  });

  it('holds a platform or Python at the release line a compose image pins, as a Dockerfile does', () => {
    expect(heldOf({ 'airflow/docker-compose.yaml': 'x-common:\n  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.5.2}\n' })).toEqual(['airflow']);
    expect(heldOf({ 'docker-compose.yml': 'services:\n  scheduler:\n    image: apache/airflow:3.0.2\n' })).toEqual([]);
    expect(heldOf({ 'docker-compose.yml': 'services:\n  scheduler:\n    image: apache/airflow:latest\n' })).toEqual([]);
    expect(heldOf({ 'docker-compose.yml': 'services:\n  job:\n    image: python:3.8-slim\n' })).toEqual(['python']);
    const finding = stackOf({ 'airflow/docker-compose.yaml': '  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.5.2}\n' }, []).endOfLife[0];
    expect(finding).toMatchObject({ product: 'airflow', version: '2.5.2', since: '2026-04', evidence: { kind: 'end-of-life', path: 'airflow/docker-compose.yaml' } });
    expect(finding?.evidence.detail).toMatch(/^Runs Airflow 2\.5\.2 \(airflow\/docker-compose\.yaml: image: \$\{AIRFLOW_IMAGE_NAME:-apache\/airflow:2\.5\.2\}\): no Airflow release below 3\.0/);
  });

  it('holds Python when the project allows only ended versions, not when it merely still allows an old minimum', () => {
    const requires = (specifier: string) => heldOf({ 'pyproject.toml': `[project]\nrequires-python = "${specifier}"\n` });
    expect(requires('>=3.6,<3.10')).toEqual(['python']);
    for (const specifier of ['>=3.6', '>=2.7,!=3.0.*', '>=3.8.1,<3.12', '^3.7']) expect(requires(specifier), specifier).toEqual([]);
  });

  it('holds Python when CI that runs the tests tests nothing newer than an ended version', () => {
    const workflow = (versions: string, step: string) =>
      `jobs:\n  test:\n    strategy:\n      matrix:\n        python-version: [${versions}]\n    steps:\n      - uses: actions/setup-python@v5\n      - run: ${step}\n`;
    const held = (versions: string, step = 'pytest -q') => heldOf({ '.github/workflows/ci.yml': workflow(versions, step) }, ['.github/workflows/ci.yml']);
    expect(held('"3.8", "3.9"')).toEqual(['python']);
    expect(held('"3.8", "3.13"')).toEqual([]);
    // A lint-only workflow's Python is not what the project is tested on.
    expect(held('"3.9"', 'ruff check .')).toEqual([]);
    // Travis testing 2.7 and 3.6 by tox.
    expect(heldOf({ '.travis.yml': evidenceFixture('travis.yml') }, ['.travis.yml'])).toEqual(['python']);
    expect(heldOf({ 'tox.ini': '[tox]\nenvlist = py27,py{35,36}\n' })).toEqual(['python']);
    expect(heldOf({ 'tox.ini': '[tox]\nenvlist = py38,py313\n' })).toEqual([]);
  });
  it('holds Python when a scheduled workflow runs the project on an ended version, not when it runs tests or tools', () => {
    const scheduled = (step: string) =>
      `on:\n  schedule:\n    - cron: '30 10 * * *'\njobs:\n  run:\n    steps:\n      - uses: actions/setup-python@v4\n        with:\n          python-version: '3.10'\n      - run: pip install -r requirements.txt\n      - run: ${step}\n`;
    const held = (step: string) => heldOf({ '.github/workflows/daily.yml': scheduled(step) }, ['.github/workflows/daily.yml']);
    expect(held('python run.py --run-once')).toEqual(['python']);
    expect(held('python -m scraper')).toEqual(['python']);
    // A nightly test run or a tool is CI, judged by what it tests.
    for (const step of ['python -m pytest', 'python run_tests.py', 'python -m pip list --outdated']) {
      expect(runsProjectOnSchedule(scheduled(step)), step).toBe(false);
    }
    // The same job on push only is CI that runs no tests: nothing the project runs on.
    expect(heldOf({ '.github/workflows/daily.yml': scheduled('python run.py').replace(/schedule:\n.*\n/, 'push:\n') }, ['.github/workflows/daily.yml'])).toEqual([]);
  });
});

describe('detectStack Python 2 markers', () => {
  const python2Of = (files: Record<string, string>, paths: string[] = []) => kinds(detectStack(syntheticSnapshot(paths, files)).python2);

  it('reads classifiers, python_requires, universal wheels and the Pythons CI and tox test', () => {
    expect(python2Of({ 'setup.cfg': evidenceFixture('setup.cfg') })).toEqual(['python2-classifier', 'python2-requires']);
    expect(python2Of({ 'setup.py': evidenceFixture('setup.py') })).toEqual(['python2-classifier']);
    expect(python2Of({ 'setup.cfg': '[bdist_wheel]\nuniversal = 1\n' })).toEqual(['universal-wheel']);
    expect(python2Of({ '.travis.yml': evidenceFixture('travis.yml') }, ['.travis.yml'])).toEqual(['python2-ci']);
    expect(python2Of({ 'tox.ini': '[tox]\nenvlist = py27, py36\n' })).toEqual(['python2-ci']);
    expect(python2Of({ Pipfile: '[requires]\npython_version = "2.7"\n' })).toEqual(['python2-ci']);
  });

  it('names the first Python 2 classifier, and nothing for Python 3 or a hypothetical "20"', () => {
    expect(detectStack(syntheticSnapshot([], { 'setup.cfg': evidenceFixture('setup.cfg') })).python2[0]).toEqual({
      kind: 'python2-classifier',
      repo: 'jo/app',
      path: 'setup.cfg',
      url: 'https://github.com/jo/app/blob/main/setup.cfg',
      detail: 'Declares "Programming Language :: Python :: 2" (setup.cfg).',
    });
    const classifiers = (...list: string[]) => python2Of({ 'pyproject.toml': `[project]\nclassifiers = ${JSON.stringify(list)}\n` });
    expect(classifiers('Programming Language :: Python :: 2 :: Only')).toEqual(['python2-classifier']);
    expect(classifiers('Programming Language :: Python :: 3', 'Programming Language :: Python :: 3.12')).toEqual([]);
    expect(classifiers('Programming Language :: Python :: 20')).toEqual([]);
  });

  it('reads 2.7 as a Python version only where a version is named: "9.2.7" is PostgreSQL', () => {
    const modern = detectStack(syntheticSnapshot(['.travis.yml'], { '.travis.yml': evidenceFixture('travis-modern.yml') }));
    expect(modern.outdated).toEqual([]);
    expect(modern.legacyCi?.path).toBe('.travis.yml');
    const unread = detectStack(syntheticSnapshot(['.travis.yml']));
    expect(unread.outdated).toEqual([]);
    expect(unread.legacyCi?.detail).toBe('Continuous integration on Travis CI (.travis.yml).');
  });
});

describe('detectStack problems and partial trees', () => {
  it('passes on what could not be read, by file', () => {
    const stack = detectStack(
      syntheticSnapshot([], {
        'pyproject.toml': evidenceFixture('pyproject-malformed.toml'),
        'requirements.txt': '-r base.txt\nflask\n',
      }),
    );
    expect(stack.problems).toEqual([
      expect.stringMatching(/^pyproject\.toml: Not valid TOML \(.+\)\.$/),
      'requirements.txt: Line 1 includes base.txt, which was not read.',
    ]);
    expect(stack.skills.map((skill) => skill.id)).toEqual(['flask']);
  });

  it("counts a folder's only Dockerfile or compose file as an unread manifest, not a compose file next to a manifest that was read", () => {
    const tree = ['pyproject.toml', 'docker-compose.yml', 'containers/etl/Containerfile', 'airflow/docker-compose.yaml', 'docs/Dockerfile'];
    const stack = detectStack(syntheticSnapshot(tree, { 'pyproject.toml': '[project]\ndependencies = ["dagster"]\n' }));
    expect(stack.manifestsUnread).toEqual(['containers/etl/Containerfile', 'airflow/docker-compose.yaml']);
    const read = detectStack(
      syntheticSnapshot(tree, {
        'pyproject.toml': '[project]\ndependencies = ["dagster"]\n',
        'containers/etl/Containerfile': 'FROM python:3.12\nRUN pip install google-cloud-storage\n',
        'airflow/docker-compose.yaml': 'x-common:\n  image: apache/airflow:3.1.0\n',
      }),
    );
    expect(read.manifestsUnread).toEqual([]);
    expect(read.skills.map((skill) => skill.id)).toEqual(['airflow', 'dagster', 'docker', 'gcp']);
  });

  it('says when the tree was cut short', () => {
    expect(detectStack(syntheticSnapshot(['Dockerfile'], {}, true)).partial).toBe(true);
  });
});
