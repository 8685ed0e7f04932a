import { describe, expect, it } from 'vitest';
import {
  dependencyFileKind,
  DependencyFileSchema,
  normalizePackageName,
  parseCondaEnvironment,
  parseDependencyFile,
  parsePipfile,
  parsePyproject,
  parseRequirement,
  parseRequirementsTxt,
  parseSetupCfg,
  parseSetupPy,
  readDependencyFiles,
  type Dependency,
  type DependencyFileKind,
} from '@/lib/analysis/evidence/dependency-files';
import { evidenceFixture, syntheticSnapshot } from './snapshots';

const dep = (name: string, specifier: string | null = null, group: string | null = null, pinnedVersion: string | null = null) =>
  ({ name, specifier, pinnedVersion, group }) satisfies Dependency;
const withExtras = (dependency: Dependency, ...extras: string[]): Dependency => ({ ...dependency, extras });

describe('normalizePackageName and parseRequirement', () => {
  it('normalizes names as PEP 503 does', () => {
    expect(normalizePackageName('Django')).toBe('django');
    expect(normalizePackageName('zope.interface')).toBe('zope-interface');
    expect(normalizePackageName('Typing__Extensions')).toBe('typing-extensions');
    expect(normalizePackageName('psycopg2_binary')).toBe('psycopg2-binary');
  });

  it('keeps the extras apart, strips markers, spaces and parentheses, and keeps the specifier', () => {
    expect(parseRequirement('requests[socks, security] >= 2.8.1, == 2.8.* ; python_version < "2.7"')).toEqual({
      name: 'requests',
      specifier: '>=2.8.1,==2.8.*',
      pinnedVersion: null,
      extras: ['socks', 'security'],
    });
    expect(parseRequirement('Django (>=1.8)')).toEqual({ name: 'django', specifier: '>=1.8', pinnedVersion: null });
    expect(parseRequirement('numpy')).toEqual({ name: 'numpy', specifier: null, pinnedVersion: null });
  });

  it('reads an exact pin from == and ===, not from a wildcard or a range', () => {
    expect(parseRequirement('flask==2.3.3')?.pinnedVersion).toBe('2.3.3');
    expect(parseRequirement('flask===2.3.3')?.pinnedVersion).toBe('2.3.3');
    expect(parseRequirement('flask==2.3.*')?.pinnedVersion).toBeNull();
    expect(parseRequirement('flask==2.3.3,<3')?.pinnedVersion).toBeNull();
  });

  it('drops the URL of a direct reference', () => {
    expect(parseRequirement('pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee')).toEqual({
      name: 'pip',
      specifier: null,
      pinnedVersion: null,
    });
  });

  it('returns null for text that is not a requirement', () => {
    expect(parseRequirement('django 4.2')).toBeNull();
    expect(parseRequirement('')).toBeNull();
    expect(parseRequirement('-e .')).toBeNull();
    expect(parseRequirement('flask>=')).toBeNull();
  });
});

describe('dependencyFileKind and readDependencyFiles', () => {
  it('knows each manifest by its name', () => {
    const kinds: [string, DependencyFileKind | null][] = [
      ['pyproject.toml', 'pyproject'],
      ['backend/pyproject.toml', 'pyproject'],
      ['requirements.txt', 'requirements'],
      ['dev-requirements.txt', 'requirements'],
      ['requirements-test.txt', 'requirements'],
      ['requirements/base.txt', 'requirements'],
      ['setup.cfg', 'setup-cfg'],
      ['setup.py', 'setup-py'],
      ['Pipfile', 'pipfile'],
      ['environment.yml', 'conda-environment'],
      ['environment.yaml', 'conda-environment'],
      ['Pipfile.lock', null],
      ['README.md', null],
      ['docs/notes.txt', null],
      ['.github/workflows/ci.yml', null],
    ];
    for (const [path, kind] of kinds) expect(dependencyFileKind(path), path).toBe(kind);
  });

  it('reads every downloaded manifest of a snapshot, by path, and nothing else', () => {
    const snapshot = syntheticSnapshot([], {
      'requirements.txt': 'flask\n',
      'README.md': '# flask\n',
      'backend/pyproject.toml': '[project]\ndependencies = ["fastapi"]\n',
    });
    const files = readDependencyFiles(snapshot);
    expect(files.map((file) => [file.path, file.kind, file.dependencies.map((d) => d.name)])).toEqual([
      ['backend/pyproject.toml', 'pyproject', ['fastapi']],
      ['requirements.txt', 'requirements', ['flask']],
    ]);
  });
});

describe('requirements.txt', () => {
  it('reads comments, options, includes, continuations with hashes, markers, extras, editables and URLs', () => {
    expect(parseRequirementsTxt(evidenceFixture('requirements.txt'))).toEqual({
      dependencies: [
        dep('django', '==4.2.11', null, '4.2.11'),
        dep('djangorestframework', '>=3.14,<4'),
        dep('psycopg2-binary', '==2.9.9', null, '2.9.9'),
        withExtras(dep('requests', '>=2.31'), 'security', 'socks'),
        dep('celery', '>=5.3'),
        dep('zope-interface'),
        dep('typing-extensions'),
        dep('django-widgets'),
        dep('example-tools'),
        dep('pandas'),
      ],
      requiresPython: null,
      classifiers: [],
      problems: [
        'Line 2 includes requirements/base.txt, which was not read.',
        'Line 17 installs from a URL without a package name: "https://example.com/packages/unnamed-0.1.tar.gz".',
        'Line 20 is not a requirement pip understands: "django 4.2".',
      ],
    });
  });

  it('handles Windows line ends, a dangling backslash at the end and option spellings with =', () => {
    const text = 'numpy==1.26.4\r\n--requirement=base.txt\r\n-c constraints.txt\r\nscipy \\';
    expect(parseRequirementsTxt(text)).toEqual({
      dependencies: [dep('numpy', '==1.26.4', null, '1.26.4'), dep('scipy')],
      requiresPython: null,
      classifiers: [],
      problems: ['Line 2 includes base.txt, which was not read.', 'Line 3 includes constraints.txt, which was not read.'],
    });
  });

  it('returns nothing, and no problem, for an empty or comment-only file', () => {
    expect(parseRequirementsTxt('')).toEqual({ dependencies: [], requiresPython: null, classifiers: [], problems: [] });
    expect(parseRequirementsTxt('# nothing yet\n\n   \n').dependencies).toEqual([]);
  });

  it('quotes a bad line shortened, so one huge line cannot flood the report', () => {
    const [problem] = parseRequirementsTxt(`${'x'.repeat(500)} !!`).problems;
    expect(problem).toMatch(/^Line 1 is not a requirement pip understands: "x{79}…"\.$/);
  });
});

describe('pyproject.toml', () => {
  it('reads PEP 621 dependencies, optional dependencies and PEP 735 dependency groups', () => {
    expect(parsePyproject(evidenceFixture('pyproject-pep621.toml'))).toEqual({
      dependencies: [
        dep('fastapi', '>=0.110,<1'),
        withExtras(dep('sqlalchemy', '==2.0.30', null, '2.0.30'), 'asyncio'),
        dep('asyncpg'),
        dep('pydantic-settings', '~=2.2'),
        dep('redis', '>=5'),
        dep('langchain-openai'),
        dep('anthropic', '>=0.25', 'llm'),
        dep('chromadb', null, 'llm'),
        dep('pytest', '>=8', 'test'),
        dep('pytest-asyncio', null, 'test'),
        withExtras(dep('coverage', null, 'test'), 'toml'),
        dep('ruff', null, 'dev'),
      ],
      requiresPython: '>=3.10',
      classifiers: [
        'Programming Language :: Python :: 3',
        'Programming Language :: Python :: 3.12',
        'Framework :: FastAPI',
      ],
      problems: [],
    });
  });

  it('reads Poetry dependencies, dev-dependencies and groups, with python as the supported versions', () => {
    expect(parsePyproject(evidenceFixture('pyproject-poetry.toml'))).toEqual({
      dependencies: [
        dep('django', '^2.2'),
        withExtras(dep('djangorestframework', '3.11.2', null, '3.11.2'), 'coreapi'),
        dep('celery', '~4.4'),
        dep('psycopg2-binary'),
        dep('my-lib'),
        // A list of alternatives per Python version has no single specifier.
        dep('pandas'),
        dep('pytest', '^6.2', 'dev'),
        dep('flake8', '3.9.2', 'lint', '3.9.2'),
      ],
      requiresPython: '^3.7',
      classifiers: ['Programming Language :: Python :: 3.7'],
      problems: [],
    });
  });

  it('reports invalid TOML without throwing', () => {
    const result = parsePyproject(evidenceFixture('pyproject-malformed.toml'));
    expect(result.dependencies).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^Not valid TOML \(.+\)\.$/);
  });

  it('reads what it can from values of the wrong type and lists the rest', () => {
    expect(parsePyproject(evidenceFixture('pyproject-wrong-types.toml'))).toEqual({
      dependencies: [dep('numpy', null, 'extra')],
      requiresPython: null,
      classifiers: ['Programming Language :: Python :: 3'],
      problems: [
        'project.dependencies is not a list.',
        'project.optional-dependencies.extra has an entry that is not a requirement: "7".',
        'project.optional-dependencies.extra has an entry that is not a requirement: "not a requirement!".',
        'tool.poetry.dependencies is not a table.',
      ],
    });
  });

  it('drops __proto__ and constructor keys of a hostile file', () => {
    const text = '[tool.poetry.dependencies]\n"__proto__" = "1.0"\nconstructor = "2.0"\nflask = "*"\n';
    expect(parsePyproject(text).dependencies).toEqual([dep('flask')]);
  });

  it('has no dependencies when the file only configures tools', () => {
    expect(parsePyproject('[tool.black]\nline-length = 100\n')).toEqual({
      dependencies: [],
      requiresPython: null,
      classifiers: [],
      problems: [],
    });
  });
});

describe('setup.cfg', () => {
  it('reads install_requires, tests_require, extras, python_requires (any spelling) and classifiers', () => {
    expect(parseSetupCfg(evidenceFixture('setup.cfg'))).toEqual({
      dependencies: [
        dep('requests', '>=2.0'),
        dep('click'),
        dep('sqlalchemy', '<1.4'),
        dep('pytest', null, 'test'),
        dep('boto3', '>=1.20', 'aws'),
        dep('sphinx', null, 'docs'),
      ],
      requiresPython: '>=2.7, !=3.0.*, !=3.1.*',
      classifiers: [
        'Programming Language :: Python :: 2',
        'Programming Language :: Python :: 2.7',
        'Programming Language :: Python :: 3.6',
      ],
      problems: [],
    });
  });

  it('tolerates stray lines, broken headers and file: directives, and says what it skipped', () => {
    expect(parseSetupCfg(evidenceFixture('setup-malformed.cfg'))).toEqual({
      dependencies: [dep('pytest', null, 'test')],
      requiresPython: '>=3.9',
      classifiers: [],
      problems: [
        'Line 1 is not a section or "key = value": "this line has no section".',
        'Line 5 is not a section or "key = value": "[metadata".',
        'install_requires is read from requirements.txt, which was not read.',
        'extras_require test has an entry that is not a requirement: "this is not a requirement!".',
      ],
    });
  });
});

describe('setup.py (read, never run)', () => {
  it('reads literal lists, a list held in a variable, extras, python_requires and classifiers', () => {
    expect(parseSetupPy(evidenceFixture('setup.py'))).toEqual({
      dependencies: [
        withExtras(dep('requests', '>=2.20'), 'security'),
        dep('numpy'),
        dep('pandas', '>=0.24'),
        dep('pytest', null, 'test'),
        dep('mock', null, 'test'),
        dep('scikit-learn', null, 'ml'),
        dep('torch', '>=1.0', 'ml'),
        dep('matplotlib', null, 'plot'),
      ],
      requiresPython: '>=3.6',
      classifiers: [
        'Programming Language :: Python :: 2.7',
        'Programming Language :: Python :: 3',
        'License :: OSI Approved :: MIT License',
      ],
      problems: [],
    });
  });

  it('reports computed values and survives an unterminated string', () => {
    expect(parseSetupPy(evidenceFixture('setup-computed.py'))).toEqual({
      dependencies: [],
      requiresPython: '>=3.8',
      classifiers: [],
      problems: [
        'install_requires is computed in setup.py, not written out.',
        'extras_require is computed in setup.py, not written out.',
      ],
    });
  });

  it("reads a setup() fed from a dict literal ('install_requires': [...])", () => {
    const text = "kwargs = {'install_requires': ['flask>=2', \"\"\"celery\"\"\"], 'python_requires': '>=3.9'}\nsetup(**kwargs)\n";
    expect(parseSetupPy(text)).toMatchObject({
      dependencies: [dep('flask', '>=2'), dep('celery')],
      requiresPython: '>=3.9',
    });
  });

  it('does not mistake a comparison for a keyword argument', () => {
    expect(parseSetupPy("if install_requires == ['x']:\n    pass\n")).toEqual({
      dependencies: [],
      requiresPython: null,
      classifiers: [],
      problems: [],
    });
  });
});

describe('Pipfile', () => {
  it('reads packages, dev-packages and the required Python version', () => {
    expect(parsePipfile(evidenceFixture('Pipfile'))).toEqual({
      dependencies: [
        dep('flask', '==0.12.4', null, '0.12.4'),
        dep('flask-sqlalchemy'),
        withExtras(dep('requests', '>=2.20'), 'socks'),
        dep('boto3'),
        dep('my-package'),
        dep('pytest', null, 'dev'),
        dep('tox', '>=3', 'dev'),
      ],
      requiresPython: '3.6',
      classifiers: [],
      problems: [],
    });
  });

  it('reports invalid TOML', () => {
    expect(parsePipfile('[packages\nflask = "*"').problems).toEqual([expect.stringMatching(/^Not valid TOML/)]);
  });
});

describe('environment.yml (conda)', () => {
  it('reads conda specs, channels, quoted items, comments and the nested pip list', () => {
    expect(parseCondaEnvironment(evidenceFixture('environment.yml'))).toEqual({
      dependencies: [
        dep('numpy', '==1.21.*'),
        dep('pandas', '>=1.3'),
        dep('pytorch', '==1.13.1', null, '1.13.1'),
        dep('scikit-learn', '==1.0.2', null, '1.0.2'),
        dep('jupyterlab'),
        dep('openai', '>=1.0'),
        dep('langchain-community', '==0.0.38', null, '0.0.38'),
        dep('matplotlib', '==3.5.*'),
      ],
      requiresPython: '==3.7.*',
      classifiers: [],
      problems: ['Line 14 includes requirements-extra.txt, which was not read.'],
    });
  });

  it('reads an inline flow list', () => {
    expect(parseCondaEnvironment(evidenceFixture('environment-flow.yaml'))).toEqual({
      dependencies: [dep('polars'), dep('duckdb')],
      requiresPython: '>=3.11',
      classifiers: [],
      problems: [],
    });
  });

  it('reports items that are not package specs, and has nothing without a dependencies key', () => {
    expect(parseCondaEnvironment('dependencies:\n  - "::"\n  - =1.0\n  - flask\n').problems).toEqual([
      'Line 2 is not a conda package: "::".',
      'Line 3 is not a conda package: "=1.0".',
    ]);
    expect(parseCondaEnvironment('name: empty\nchannels:\n  - defaults\n')).toEqual({
      dependencies: [],
      requiresPython: null,
      classifiers: [],
      problems: [],
    });
  });
});

describe('parseDependencyFile on hostile and broken input', () => {
  const kinds: DependencyFileKind[] = ['requirements', 'pyproject', 'setup-cfg', 'setup-py', 'pipfile', 'conda-environment'];
  const garbage = [
    '',
    '\u0000\u0001\u0002',
    '[[[[',
    '"""',
    "'",
    '\\',
    'install_requires=[',
    'extras_require={"a": [',
    'dependencies:\n- pip:\n    -',
    '[project]\ndependencies = [1, {a = 2}, ["x"]]',
    '<script>alert(1)</script>',
    '\uFEFF'.repeat(3) + 'x'.repeat(10_000),
  ];

  it('never throws, and always returns a well-formed result', () => {
    for (const kind of kinds) {
      for (const text of garbage) {
        const result = parseDependencyFile('some/file', text, kind);
        expect(DependencyFileSchema.safeParse(result).success, `${kind}: ${JSON.stringify(text.slice(0, 30))}`).toBe(true);
      }
    }
  });

  it('keeps the path and kind it was given', () => {
    expect(parseDependencyFile('requirements/base.txt', 'flask', 'requirements')).toMatchObject({
      path: 'requirements/base.txt',
      kind: 'requirements',
      dependencies: [dep('flask')],
    });
  });
});

describe('parseDependencyFile on hostile text', () => {
  it('reads a setup.cfg line of 200 KB without a separator in well under a second', () => {
    const started = performance.now();
    const result = parseSetupCfg(`[options]\na${' '.repeat(200_000)}b\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.problems).toHaveLength(1);
  });
});
