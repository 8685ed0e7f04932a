import { describe, expect, it } from 'vitest';
import { SKILL_CATALOGUE, type Skill } from '@/lib/analysis/evidence/skill-catalogue';
import { detectStack, StackEvidenceSchema } from '@/lib/analysis/evidence/stack';
import { evidenceFixture, restTreeSnapshot, syntheticSnapshot } from './snapshots';

const kinds = (evidence: { kind: string }[]) => evidence.map((item) => item.kind);

describe('detectStack on REST-shaped trees', () => {
  it('a 2018-style library: pytest from tests/conftest.py, and Travis CI as legacy information', () => {
    const stack = detectStack(restTreeSnapshot('library-2018'));
    const base = 'https://github.com/ana/httpkit/blob/develop';
    expect(stack).toEqual({
      skills: [
        {
          id: 'pytest',
          name: 'pytest',
          evidence: [
            { kind: 'file', repo: 'ana/httpkit', path: 'tests/conftest.py', url: `${base}/tests/conftest.py`, detail: 'tests/conftest.py is in the repository.' },
          ],
        },
      ],
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
      'pytest',
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
    expect(evidenceOf('pytest')?.map((item) => item.detail)).toEqual([
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
    expect(skillsOf('setup.py', 'setup.py')).toEqual(['requests', 'pandas', 'numpy', 'scikit-learn', 'pytorch', 'pytest']);
    expect(skillsOf('setup.cfg', 'setup.cfg')).toEqual(['sqlalchemy', 'requests', 'pytest', 'aws']);
    expect(skillsOf('Pipfile', 'Pipfile')).toEqual(['flask', 'sqlalchemy', 'requests', 'pytest', 'aws']);
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

describe('detectStack outdated markers', () => {
  const outdatedOf = (files: Record<string, string>, paths: string[] = []) =>
    detectStack(syntheticSnapshot(paths, files)).outdated;

  it('flags end-of-life framework pins made with == or an upper bound', () => {
    expect(outdatedOf({ 'requirements.txt': evidenceFixture('requirements-legacy.txt') })).toEqual(
      [
        ['Django', '==2.2.28', '3.2'],
        ['Flask', '<1.0', '1.0'],
        ['SQLAlchemy', '==1.3.24', '1.4'],
        ['pandas', '~=0.25.3', '1.0'],
        ['Celery', '>=4.0,<5', '5'],
      ].map(([label, specifier, below]) => ({
        kind: 'end-of-life-pin',
        repo: 'jo/app',
        path: 'requirements.txt',
        url: 'https://github.com/jo/app/blob/main/requirements.txt',
        detail: `Holds ${label} at ${specifier} (requirements.txt): releases before ${below} no longer get fixes.`,
      })),
    );
  });

  it('does not flag pins at or past the end-of-life line, or without an upper bound', () => {
    expect(outdatedOf({ 'requirements.txt': evidenceFixture('requirements-current.txt') })).toEqual([]);
    expect(outdatedOf({ 'requirements.txt': 'django>=1.11\nflask!=0.12\ncelery\n' })).toEqual([]);
  });

  it("reads Poetry's ^ and ~, and ==x.* wildcards, as upper bounds", () => {
    const pins = (specifier: string) =>
      outdatedOf({ 'pyproject.toml': `[tool.poetry.dependencies]\ndjango = "${specifier}"\n` }).length;
    expect([pins('^2.2'), pins('~3.1'), pins('3.1.14'), pins('==3.1.*'), pins('~=2.2'), pins('<=3.1.99')]).toEqual([
      1, 1, 1, 1, 1, 1,
    ]);
    expect([pins('^3.2'), pins('~3.2'), pins('3.2'), pins('==3.2.*'), pins('~=3.2'), pins('<3.3'), pins('*')]).toEqual([
      0, 0, 0, 0, 0, 0, 0,
    ]);
    // ^0.x only allows 0.x: Flask ^0.12 stays below 1.0.
    expect(outdatedOf({ 'pyproject.toml': '[tool.poetry.dependencies]\nflask = "^0.12"\n' })).toHaveLength(1);
  });

  it('flags a Python 2 classifier once per file, naming the first', () => {
    expect(outdatedOf({ 'setup.cfg': evidenceFixture('setup.cfg') }).filter((m) => m.kind === 'python2-classifier')).toEqual([
      {
        kind: 'python2-classifier',
        repo: 'jo/app',
        path: 'setup.cfg',
        url: 'https://github.com/jo/app/blob/main/setup.cfg',
        detail: 'Declares "Programming Language :: Python :: 2" (setup.cfg).',
      },
    ]);
    const classifiers = (...list: string[]) =>
      kinds(outdatedOf({ 'pyproject.toml': `[project]\nclassifiers = ${JSON.stringify(list)}\n` }));
    expect(classifiers('Programming Language :: Python :: 2 :: Only')).toEqual(['python2-classifier']);
    expect(classifiers('Programming Language :: Python :: 3', 'Programming Language :: Python :: 3.12')).toEqual([]);
    expect(classifiers('Programming Language :: Python :: 20')).toEqual([]);
  });

  it('flags a minimum Python version older than 3.8, however it is written', () => {
    const minimum = (requires: string) =>
      kinds(outdatedOf({ 'pyproject.toml': `[project]\nrequires-python = "${requires}"\n` }));
    for (const old of ['>=3.6', '>=2.7,!=3.0.*,!=3.1.*', '>3.7', '~=3.7', '==3.7.*', '^2.7 || ^3.8', '>=3.7.2']) {
      expect(minimum(old), old).toEqual(['old-python-minimum']);
    }
    for (const current of ['>=3.8', '>3.8', '~=3.10', '==3.12.*', '<4', '>=3.9,<4']) {
      expect(minimum(current), current).toEqual([]);
    }
  });

  it('reads the Python version of every manifest kind', () => {
    expect(outdatedOf({ 'pyproject.toml': evidenceFixture('pyproject-poetry.toml') })).toEqual([
      expect.objectContaining({
        kind: 'old-python-minimum',
        detail: 'Supports Python ^3.7 (pyproject.toml): versions before 3.8 are past their end of life.',
      }),
      expect.objectContaining({ kind: 'end-of-life-pin', detail: expect.stringContaining('Django at ^2.2') }),
      expect.objectContaining({ kind: 'end-of-life-pin', detail: expect.stringContaining('Celery at ~4.4') }),
    ]);
    expect(kinds(outdatedOf({ 'setup.py': evidenceFixture('setup.py') }))).toEqual(['python2-classifier', 'old-python-minimum']);
    expect(kinds(outdatedOf({ 'setup.cfg': evidenceFixture('setup.cfg') }))).toEqual([
      'python2-classifier',
      'old-python-minimum',
      'end-of-life-pin',
    ]);
    expect(kinds(outdatedOf({ Pipfile: evidenceFixture('Pipfile') }))).toEqual(['old-python-minimum', 'end-of-life-pin']);
    expect(kinds(outdatedOf({ 'environment.yml': evidenceFixture('environment.yml') }))).toEqual(['old-python-minimum']);
    expect(outdatedOf({ 'pyproject.toml': evidenceFixture('pyproject-pep621.toml') })).toEqual([]);
  });

  it('flags Travis CI testing Python 2.7 only when .travis.yml was read', () => {
    const travis = detectStack(syntheticSnapshot(['.travis.yml'], { '.travis.yml': evidenceFixture('travis.yml') }));
    expect(travis.outdated).toEqual([
      {
        kind: 'python27-ci',
        repo: 'jo/app',
        path: '.travis.yml',
        url: 'https://github.com/jo/app/blob/main/.travis.yml',
        detail: 'Travis CI still tests on Python 2.7.',
      },
    ]);
    expect(travis.legacyCi?.kind).toBe('legacy-ci');

    // "9.2.7" is a PostgreSQL version, not Python 2.7.
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

  it('says when the tree was cut short', () => {
    expect(detectStack(syntheticSnapshot(['Dockerfile'], {}, true)).partial).toBe(true);
  });
});
