import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAtsPush, type AtsPushDeps } from '@/lib/cli/ats-push';
import { shortlistJson } from '@/lib/shortlists/export/shortlist-export';
import { fakeTime } from '../../support/ats-people';
import { candidateRecord } from '../../support/candidates';
import { FakeAshby, FakeLever } from '../../support/fake-ats';

function exportFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pyvet-ats-push-')), 'backend.json');
  const candidates = [
    candidateRecord({ id: 'c-ada', displayName: 'Ada Lovelace', githubLogin: 'ada-lovelace', tags: ['django'], note: 'Strong on async.' }),
    candidateRecord({ id: 'c-grace', displayName: 'Grace Hopper', githubLogin: 'grace-hopper' }),
  ];
  writeFileSync(file, shortlistJson({ name: 'Backend' }, candidates, Date.UTC(2026, 10, 30)));
  return file;
}

function push(args: string[], env: NodeJS.ProcessEnv, deps: AtsPushDeps = {}) {
  const out = { stdout: '', stderr: '' };
  const time = fakeTime();
  const run = runAtsPush(
    args,
    { stdout: (text) => (out.stdout += text), stderr: (text) => (out.stderr += text), env, stderrIsTty: false },
    { sleep: time.sleep, now: time.now, ...deps },
  );
  return run.then((code) => ({ code, ...out }));
}

describe('ats push', () => {
  it('sends every candidate of an export to Ashby, one line each, and a second run links instead of duplicating', async () => {
    const ashby = new FakeAshby();
    const file = exportFile();
    const env = { ASHBY_API_KEY: ashby.apiKey };
    const first = await push(['--to', 'ashby', '--in', file], env, { fetch: ashby.fetch });
    const [adaId, graceId] = ashby.candidates.map((candidate) => candidate.id);
    expect(first).toEqual({
      code: 0,
      stderr: 'Sending 2 candidates to the Ashby API key “pyvet test key”.\n',
      stdout:
        `created  Ada Lovelace  https://app.ashbyhq.com/candidates/${adaId}\n` +
        `created  Grace Hopper  https://app.ashbyhq.com/candidates/${graceId}\n` +
        '2 created, 0 linked, 0 updated, 0 failed.\n',
    });
    // The note is atsPerson's: the reviewer's words inside pyvet's summary.
    expect(ashby.notes[0]?.note).toContain("Reviewer's note:\nStrong on async.");
    expect(ashby.notes[0]?.candidateId).toBe(adaId);

    const second = await push(['--to', 'ashby', '--in', file], env, { fetch: ashby.fetch });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe(
      `linked  Ada Lovelace  https://app.ashbyhq.com/candidates/${adaId}\n` +
        `linked  Grace Hopper  https://app.ashbyhq.com/candidates/${graceId}\n` +
        '0 created, 2 linked, 0 updated, 0 failed.\n',
    );
    expect(ashby.candidates).toHaveLength(2);
  });

  it('sends to Lever at --api-url as LEVER_PERFORM_AS', async () => {
    const lever = new FakeLever();
    const urls: string[] = [];
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      urls.push(String(input));
      return lever.fetch(input, init);
    };
    const env = { LEVER_API_KEY: lever.apiKey, LEVER_PERFORM_AS: 'user-rita' };
    const result = await push(['--to', 'lever', '--in', exportFile(), '--api-url', 'http://127.0.0.1:8443/v1/'], env, { fetch });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('Sending 2 candidates to Lever, acting as Rita Recruiter.\n');
    expect(urls[0]).toBe('http://127.0.0.1:8443/v1/users/user-rita');
    expect(lever.opportunities.map((opportunity) => [opportunity.name, opportunity.tags])).toEqual([
      ['Ada Lovelace', ['django', 'pyvet']],
      ['Grace Hopper', ['pyvet']],
    ]);
  });

  it('exits 1 with a line per failure when some candidates could not be sent', async () => {
    const lever = new FakeLever();
    const env = { LEVER_API_KEY: lever.readOnlyKey, LEVER_PERFORM_AS: 'user-rita' };
    const result = await push(['--to', 'lever', '--in', exportFile()], env, { fetch: lever.fetch });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^failed {2}Ada Lovelace: The Lever API key may not do this/);
    expect(lines[1]).toMatch(/^failed {2}Grace Hopper: not sent: The Lever API key may not do this/);
    expect(lines[2]).toBe('0 created, 0 linked, 0 updated, 2 failed.');
  });

  it('exits 1 before sending anything when the key is refused', async () => {
    const ashby = new FakeAshby();
    const result = await push(['--to', 'ashby', '--in', exportFile()], { ASHBY_API_KEY: 'wrong' }, { fetch: ashby.fetch });
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: 'pyvet: The Ashby API key was refused: check it was copied whole and has not been revoked.\n',
    });
    expect(ashby.requests).toHaveLength(1);
  });

  it.each([
    [['--to', 'ashby', '--in', 'FILE'], {}, 'ASHBY_API_KEY is not set'],
    [['--to', 'lever', '--in', 'FILE'], { LEVER_API_KEY: 'key' }, 'LEVER_PERFORM_AS (the Lever user id candidates are added as) is not set'],
    [['--to', 'greenhouse', '--in', 'FILE'], { ASHBY_API_KEY: 'key' }, '--to must be ashby or lever, not "greenhouse"'],
    [['--in', 'FILE'], { ASHBY_API_KEY: 'key' }, '--to ashby|lever is required'],
    [['--to', 'ashby'], { ASHBY_API_KEY: 'key' }, '--in <pyvet JSON export> is required'],
    [['--to', 'ashby', '--in', 'FILE', '--dry'], { ASHBY_API_KEY: 'key' }, "Unknown option '--dry'"],
  ])('exits 2 for bad input: %j', async (args, env, reason) => {
    const file = exportFile();
    const result = await push(args.map((arg) => (arg === 'FILE' ? file : arg)), env, { fetch: new FakeAshby().fetch });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `pyvet ats push: ${reason} (see: npm run pyvet -- ats push --help)\n` });
  });

  it('prints file-borne names without terminal control characters', async () => {
    const ashby = new FakeAshby();
    const file = join(mkdtempSync(join(tmpdir(), 'pyvet-ats-push-')), 'hostile.json');
    const hostile = candidateRecord({ id: 'c-x', displayName: 'Eve\u001b[2J Hacker', githubLogin: 'eve' });
    writeFileSync(file, shortlistJson({ name: 'Backend' }, [hostile], Date.UTC(2026, 10, 30)));
    const result = await push(['--to', 'ashby', '--in', file], { ASHBY_API_KEY: ashby.apiKey }, { fetch: ashby.fetch });
    expect(result.stdout).toContain('created  Eve\uFFFD[2J Hacker  https://app.ashbyhq.com/candidates/');
    expect(result.stdout).not.toContain('\u001b');
  });

  it('prints its usage for --help without sending anything', async () => {
    const ashby = new FakeAshby();
    const result = await push(['--help'], {}, { fetch: ashby.fetch });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('npm run pyvet -- ats push --to ashby|lever --in <pyvet JSON export> [--api-url URL]');
    expect(ashby.requests).toHaveLength(0);
  });

  it('exits 2 for a file it cannot read or that is not a pyvet export', async () => {
    const ashby = new FakeAshby();
    const missing = await push(['--to', 'ashby', '--in', '/nonexistent/pyvet.json'], { ASHBY_API_KEY: ashby.apiKey }, { fetch: ashby.fetch });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent/pyvet.json');

    const notExport = join(mkdtempSync(join(tmpdir(), 'pyvet-ats-push-')), 'other.json');
    writeFileSync(notExport, '{"hello": "world"}');
    const invalid = await push(['--to', 'ashby', '--in', notExport], { ASHBY_API_KEY: ashby.apiKey }, { fetch: ashby.fetch });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^pyvet ats push: .*other\.json: /);
    expect(ashby.requests).toHaveLength(0);
  });
});
