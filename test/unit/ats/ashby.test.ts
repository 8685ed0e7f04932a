import { describe, expect, it } from 'vitest';
import { describeAtsError } from '@/lib/ats/errors';
import { checkAtsKey, sendToAts, type AtsSendResult } from '@/lib/ats/send';
import { atsPersonFixture, fakeTime } from '../../support/ats-people';
import { basicAuth, FakeAshby } from '../../support/fake-ats';

function setup() {
  const time = fakeTime();
  const ashby = new FakeAshby(time.now);
  const credentials = { vendor: 'ashby' as const, apiKey: ashby.apiKey };
  const options = { fetch: ashby.fetch, sleep: time.sleep, now: time.now };
  return { ashby, time, credentials, options };
}

const ada = atsPersonFixture({ candidateId: 'c-ada', fullName: 'Ada Lovelace', tags: ['django'], linkedInUrl: 'https://www.linkedin.com/in/ada' });
const grace = atsPersonFixture({ candidateId: 'c-grace', fullName: 'Grace Hopper' });

describe('the Ashby key check', () => {
  it('sends Basic auth with the key and an empty password, and names the key', async () => {
    const { ashby, credentials, options } = setup();
    expect(await checkAtsKey(credentials, options)).toEqual({ ok: true, account: 'the Ashby API key “pyvet test key”' });
    expect(ashby.requests).toEqual([
      { method: 'POST', path: '/apiKey.info', authorization: basicAuth(ashby.apiKey), body: {}, at: expect.any(Number) },
    ]);
  });

  it('falls back to listing tags when the key may not read API key details', async () => {
    const { ashby, credentials, options } = setup();
    ashby.keyInfoReadable = false;
    expect(await checkAtsKey(credentials, options)).toEqual({ ok: true, account: 'an Ashby API key' });
    expect(ashby.requests.map((request) => request.path)).toEqual(['/apiKey.info', '/candidateTag.list']);
  });

  it('reports a refused key in one sentence', async () => {
    const { credentials, options } = setup();
    const check = await checkAtsKey({ ...credentials, apiKey: 'wrong' }, options);
    expect(check).toEqual({ ok: false, error: { kind: 'unauthorized', vendor: 'ashby' } });
    if (!check.ok) expect(describeAtsError(check.error)).toBe('The Ashby API key was refused: check it was copied whole and has not been revoked.');
  });
});

describe('sending to Ashby', () => {
  it('creates a new person: search by name, create, note, then tags (pyvet included), with the candidate page as link', async () => {
    const { ashby, credentials, options, time } = setup();
    const [result] = await sendToAts([ada], credentials, options);
    const [created] = ashby.candidates;
    expect(created).toBeDefined();
    expect(result).toEqual({
      candidateId: 'c-ada',
      outcome: 'created',
      link: { id: created?.id, url: `https://app.ashbyhq.com/candidates/${created?.id}`, sentAt: time.now() },
    });
    expect(ashby.requests.map(({ path, body }) => [path, body])).toEqual([
      ['/candidate.search', { name: 'Ada Lovelace' }],
      ['/candidate.create', { name: 'Ada Lovelace', githubUrl: 'https://github.com/ada-lovelace', linkedInUrl: 'https://www.linkedin.com/in/ada' }],
      ['/candidate.createNote', { candidateId: created?.id, note: 'pyvet note on Ada Lovelace' }],
      ['/candidateTag.list', {}],
      ['/candidateTag.create', { title: 'django' }],
      ['/candidate.addTag', { candidateId: created?.id, tagId: ashby.tags[0]?.id }],
      ['/candidateTag.create', { title: 'pyvet' }],
      ['/candidate.addTag', { candidateId: created?.id, tagId: ashby.tags[1]?.id }],
    ]);
    expect(ashby.requests.every((request) => request.method === 'POST' && request.authorization === basicAuth(ashby.apiKey))).toBe(true);
    expect(created?.socialLinks).toEqual([
      { type: 'GitHub', url: 'https://github.com/ada-lovelace' },
      { type: 'LinkedIn', url: 'https://www.linkedin.com/in/ada' },
    ]);
  });

  it('links a person of the same name with the same GitHub address (spelled differently) and adds note and tags', async () => {
    const { ashby, credentials, options } = setup();
    const existing = ashby.seed({ name: 'ada lovelace', emails: [], socialLinks: [{ type: 'GitHub', url: 'https://GitHub.com/ada-lovelace/' }] });
    const [result] = await sendToAts([ada], credentials, options);
    expect(result).toMatchObject({ outcome: 'linked', link: { id: existing.id } });
    expect(ashby.candidates).toHaveLength(1);
    expect(ashby.notes).toEqual([{ candidateId: existing.id, note: 'pyvet note on Ada Lovelace' }]);
    expect(ashby.tags.map((tag) => tag.title)).toEqual(['django', 'pyvet']);
    expect(existing.tagIds).toHaveLength(2);
  });

  it('creates a new record for a namesake whose GitHub address differs: a name alone is not a person', async () => {
    const { ashby, credentials, options } = setup();
    ashby.seed({ name: 'Ada Lovelace', emails: [], socialLinks: [{ type: 'GitHub', url: 'https://github.com/another-ada' }] });
    const [result] = await sendToAts([ada], credentials, options);
    expect(result?.outcome).toBe('created');
    expect(ashby.candidates).toHaveLength(2);
  });

  it('links by e-mail first when the person has one', async () => {
    const { ashby, credentials, options } = setup();
    const existing = ashby.seed({ name: 'A. Lovelace', emails: ['Ada@Example.com'], socialLinks: [] });
    const [result] = await sendToAts([{ ...ada, email: 'ada@example.com' }], credentials, options);
    expect(result).toMatchObject({ outcome: 'linked', link: { id: existing.id } });
    expect(ashby.requests[0]).toMatchObject({ path: '/candidate.search', body: { email: 'ada@example.com' } });
  });

  it('updates a known record that still exists with a new note only: no search, no create, no tags', async () => {
    const { ashby, credentials, options, time } = setup();
    const existing = ashby.seed({ name: 'Ada Lovelace', emails: [], socialLinks: [] });
    const known = { id: existing.id, url: `https://app.ashbyhq.com/candidates/${existing.id}`, sentAt: 1 };
    const [result] = await sendToAts([{ ...ada, ats: { ashby: known } }], credentials, options);
    expect(result).toEqual({ candidateId: 'c-ada', outcome: 'updated', link: { ...known, sentAt: time.now() } });
    expect(ashby.requests.map(({ path, body }) => [path, body])).toEqual([
      ['/candidate.info', { id: existing.id }],
      ['/candidate.createNote', { candidateId: existing.id, note: 'pyvet note on Ada Lovelace' }],
    ]);
  });

  it('looks the person up again when the known record is gone', async () => {
    const { ashby, credentials, options } = setup();
    const known = { id: 'deleted-id', url: 'https://app.ashbyhq.com/candidates/deleted-id', sentAt: 1 };
    const [result] = await sendToAts([{ ...ada, ats: { ashby: known } }], credentials, options);
    expect(result?.outcome).toBe('created');
    expect(ashby.requests.slice(0, 3).map((request) => request.path)).toEqual(['/candidate.info', '/candidate.search', '/candidate.create']);
  });

  it('a second send links everyone instead of duplicating, with tags listed once per run and reused whatever their case', async () => {
    const { ashby, credentials, options } = setup();
    ashby.tags.push({ id: 'tag-existing', title: 'Django' });
    await sendToAts([ada, grace], credentials, options);
    const again = await sendToAts([ada, grace], credentials, options);
    expect(again.map((result) => result.outcome)).toEqual(['linked', 'linked']);
    expect(ashby.candidates).toHaveLength(2);
    expect(ashby.notes).toHaveLength(4);
    expect(ashby.tags.map((tag) => tag.title)).toEqual(['Django', 'pyvet']);
    expect(ashby.requests.filter((request) => request.path === '/candidateTag.list')).toHaveLength(2);
  });

  it('reads every page of the tag list', async () => {
    const { ashby, credentials, options } = setup();
    ashby.tagPageSize = 1;
    ashby.tags.push({ id: 'tag-a', title: 'flask' }, { id: 'tag-b', title: 'pyvet' }, { id: 'tag-c', title: 'django' });
    await sendToAts([ada], credentials, options);
    expect(ashby.requests.filter((request) => request.path === '/candidateTag.list').map((request) => request.body)).toEqual([
      {},
      { cursor: '1' },
      { cursor: '2' },
    ]);
    expect(ashby.tags).toHaveLength(3);
    expect(ashby.candidates[0]?.tagIds).toEqual(['tag-c', 'tag-b']);
  });

  it('waits out a 429 for the Retry-After it names, then goes on', async () => {
    const { ashby, credentials, options, time } = setup();
    ashby.rateLimitNext(2, 3);
    const [result] = await sendToAts([ada], credentials, options);
    expect(result?.outcome).toBe('created');
    expect(time.waits).toEqual([3000, 3000]);
  });

  it('reports the rate limit after bounded retries and stops the run', async () => {
    const { ashby, credentials, options } = setup();
    ashby.rateLimitNext(100, 2);
    const results = await sendToAts([ada, grace], credentials, options);
    expect(ashby.requests).toHaveLength(4);
    expect(results[0]).toEqual({ candidateId: 'c-ada', outcome: 'failed', reason: 'Ashby is turning requests away (rate limit); try again in 2 s.' });
    expect(results[1]?.reason).toBe(`not sent: ${results[0]?.reason}`);
  });

  it('says which permission a key without candidate write access lacks, and stops instead of trying everyone', async () => {
    const { ashby, credentials, options } = setup();
    const results = await sendToAts([ada, grace], { ...credentials, apiKey: ashby.readOnlyKey }, options);
    expect(results.map((result) => result.outcome)).toEqual(['failed', 'failed']);
    expect(results[0]?.reason).toContain('Candidates read and write permissions');
    expect(results[0]?.reason).toContain('This API key lacks the candidatesWrite permission');
    expect(ashby.requests.map((request) => request.path)).toEqual(['/candidate.search', '/candidate.create']);
  });

  it('reports a refusal with Ashby’s reason and goes on with the next person', async () => {
    const { ashby, credentials, options } = setup();
    const results: AtsSendResult[] = [];
    await sendToAts([{ ...ada, githubUrl: null, linkedInUrl: 'not a url' }, grace], credentials, {
      ...options,
      onResult: (result) => void results.push(result),
    });
    expect(results[0]).toEqual({ candidateId: 'c-ada', outcome: 'failed', reason: 'Ashby refused the request: linkedInUrl: Invalid URL' });
    expect(results[1]?.outcome).toBe('created');
    expect(ashby.candidates.map((candidate) => candidate.name)).toEqual(['Grace Hopper']);
  });

  it('stops at once when the caller cancels, saying a later send finishes the job', async () => {
    const { ashby, credentials, options } = setup();
    const controller = new AbortController();
    controller.abort();
    const results = await sendToAts([ada, grace], credentials, { ...options, signal: controller.signal });
    expect(results[0]?.reason).toBe('The send to Ashby was cancelled; send again to finish: people already sent are linked, not duplicated.');
    expect(results[1]?.reason).toBe(`not sent: ${results[0]?.reason}`);
    expect(ashby.requests).toHaveLength(0);
  });

  it('fails a person whose new record pyvet could not keep a link to, rather than storing a broken link', async () => {
    const { credentials, options } = setup();
    const longId = 'x'.repeat(201);
    const answer = async () => new Response(JSON.stringify({ success: true, results: { id: longId, name: 'Ada Lovelace' } }), { status: 200 });
    const [result] = await sendToAts([{ ...ada, githubUrl: null, linkedInUrl: null }], credentials, { ...options, fetch: answer });
    expect(result).toEqual({
      candidateId: 'c-ada',
      outcome: 'failed',
      reason: `Ashby answered with a record pyvet cannot keep a link to (id ${'x'.repeat(80)})`,
    });
  });

  it('reports an answer it cannot read as such', async () => {
    const { credentials, options } = setup();
    const garbled = async () => new Response(JSON.stringify({ success: true, results: { id: 42 } }), { status: 200 });
    const [result] = await sendToAts([{ ...ada, githubUrl: null, linkedInUrl: null }], credentials, { ...options, fetch: garbled });
    expect(result?.reason).toBe('Ashby answered with something pyvet could not read (POST /candidate.create: unexpected response at results.id).');
  });
});
