// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EXIT, runCli } from '@/lib/cli/main';
import { candidatesJson, shortlistJson } from '@/lib/shortlists/export/shortlist-export';
import type { Shortlist } from '@/lib/shortlists/records';
import { candidateRecord } from '../../support/candidates';

const NOW = Date.parse('2026-11-30T12:00:00Z');

const ada = candidateRecord({ id: 'ada', githubLogin: 'ada', displayName: 'Ada Lovelace', profileUrls: ['https://github.com/ada'], tags: ['remote'] });
const defunkt = candidateRecord({ id: 'defunkt', githubLogin: 'defunkt', profileUrls: ['https://github.com/defunkt'] });

/** A folder with a pyvet export in it, and the command line run in-process, collecting what it prints. */
function setUp(exportText = shortlistJson({ name: 'Backend hires' }, [ada, defunkt], NOW)) {
  const dir = mkdtempSync(join(tmpdir(), 'pyvet-ats-'));
  const input = join(dir, 'export.json');
  const output = join(dir, 'out.csv');
  writeFileSync(input, exportText);
  const out = { stdout: '', stderr: '' };
  const run = (...args: string[]) =>
    runCli(args, { stdout: (text) => (out.stdout += text), stderr: (text) => (out.stderr += text), env: {}, stderrIsTty: false });
  return { dir, input, output, out, run };
}

describe('pyvet ats csv', () => {
  it('writes the vendor file from a shortlist export, one line per candidate, and exits 0 when all are written', async () => {
    const { input, output, out, run } = setUp();
    expect(await run('ats', 'csv', '--format', 'lever', '--in', input, '--out', output)).toBe(EXIT.ok);
    const csv = readFileSync(output, 'utf8');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data).toEqual([
      ['Full name', 'Stage', 'Sources', 'Origin', 'Email', 'Links', 'Tags'],
      ['Ada Lovelace', 'New Lead', 'pyvet', 'Sourced', '', 'https://github.com/ada', 'remote'],
      ['defunkt', 'New Lead', 'pyvet', 'Sourced', '', 'https://github.com/defunkt', ''],
    ]);
    expect(out.stdout).toBe('written  Ada Lovelace\nwritten  defunkt\n');
    expect(out.stderr).toBe(`Wrote 2 of 2 candidates to ${output} for Lever.\n`);
  });

  it('reads an all-candidates export too, and exits 1 naming each candidate it had to skip', async () => {
    const shortlist: Shortlist = { id: 's1', name: 'Backend hires', candidateIds: ['ada', 'defunkt'], createdAt: NOW, updatedAt: NOW };
    const { input, output, out, run } = setUp(candidatesJson([ada, defunkt], [shortlist], NOW));
    expect(await run('ats', 'csv', '--format', 'greenhouse', '--in', input, '--out', output)).toBe(EXIT.failed);
    expect(out.stdout).toBe(
      'written  Ada Lovelace\nskipped  defunkt: Greenhouse requires First Name: the name is one word, and pyvet never invents a first name\n',
    );
    expect(out.stderr).toBe(`Wrote 1 of 2 candidates to ${output} for Greenhouse; 1 skipped.\n`);
    const rows = Papa.parse<string[]>(readFileSync(output, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows.map((row) => row.slice(0, 2))).toEqual([['First Name', 'Last Name'], ['Ada', 'Lovelace']]);
  });

  it('prints names from the file without the control characters a terminal would obey', async () => {
    const sneaky = candidateRecord({ id: 'x', displayName: 'Eve\u001b[2JMallory Smith', profileUrls: ['https://github.com/eve'] });
    const { input, output, out, run } = setUp(shortlistJson({ name: 'Backend hires' }, [sneaky], NOW));
    expect(await run('ats', 'csv', '--format', 'ashby', '--in', input, '--out', output)).toBe(EXIT.ok);
    expect(out.stdout).toBe('written  Eve\uFFFD[2JMallory Smith\n');
  });

  it('says in one line what is wrong with a file that is not JSON, writes nothing, and exits 2', async () => {
    const { input, output, out, run } = setUp('{"format": "pyvet-shortlist",');
    expect(await run('ats', 'csv', '--format', 'ashby', '--in', input, '--out', output)).toBe(EXIT.usage);
    expect(out.stderr).toMatch(new RegExp(`^pyvet: ${input}: The file is not valid JSON \\(.+\\)\\.\\n$`));
    expect(out.stdout).toBe('');
    expect(existsSync(output)).toBe(false);
  });

  it('refuses a JSON file that is not a pyvet export, with exit 2', async () => {
    const { input, output, out, run } = setUp('{"candidates": []}');
    expect(await run('ats', 'csv', '--format', 'ashby', '--in', input, '--out', output)).toBe(EXIT.usage);
    expect(out.stderr).toContain('does not say which format it is in');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    [['--in', 'export.json', '--out', 'out.csv'], /^pyvet: --format is needed: one of greenhouse, lever, ashby, workable \(see: npm run pyvet -- --help\)\n$/],
    [['--format', 'bamboohr', '--in', 'export.json', '--out', 'out.csv'], /^pyvet: unknown format "bamboohr" \(use one of greenhouse, lever, ashby, workable\)/],
    [['--format', 'lever', '--out', 'out.csv'], /^pyvet: --in is needed/],
    [['--format', 'lever', '--in', 'export.json'], /^pyvet: --out is needed/],
    [['--format', 'lever', '--in', 'missing.json', '--out', 'out.csv'], /^pyvet: cannot read .*missing\.json/],
    [['--format', 'lever', '--in', 'export.json', '--out', 'out.csv', '--json'], /^pyvet: Unknown option '--json'/],
  ])('ats csv %j: one clear line on stderr, exit 2', async (options, message) => {
    const { dir, out, run } = setUp();
    const args = options.map((option) => (option.endsWith('.json') || option.endsWith('.csv') ? join(dir, option) : option));
    expect(await run('ats', 'csv', ...args)).toBe(EXIT.usage);
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'out.csv'))).toBe(false);
  });

  it('hands "ats push" its own options, and names the ats commands for anything else', async () => {
    const { out, run } = setUp();
    // push checks its options before any key or network: --format is csv's, not push's.
    expect(await run('ats', 'push', '--format', 'lever')).toBe(EXIT.usage);
    expect(out.stderr).toMatch(/^pyvet ats push: Unknown option '--format'/);
    expect(await run('ats', 'sync')).toBe(EXIT.usage);
    expect(out.stderr).toContain('pyvet: unknown ats command "sync" (use csv or push)');
  });

  it('lists ats csv and its formats in --help', async () => {
    const { out, run } = setUp();
    expect(await run('--help')).toBe(EXIT.ok);
    expect(out.stdout).toContain('npm run pyvet -- ats csv --format greenhouse|lever|ashby|workable --in <pyvet JSON export> --out file.csv');
    expect(out.stdout).toContain('npm run pyvet -- ats push --to ashby|lever --in <pyvet JSON export> [--api-url URL]');
  });
});
