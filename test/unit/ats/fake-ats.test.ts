import { describe, expect, it } from 'vitest';
import { basicAuth, FakeAshby, FakeLever } from '../../support/fake-ats';

/** The fakes stand in for the vendors in every ATS test, so what they refuse is tested too. */
function post(fake: FakeAshby | FakeLever, url: string, body: unknown, headers: Record<string, string> = {}) {
  return fake.fetch(url, {
    method: 'POST',
    headers: { authorization: basicAuth(fake.apiKey), 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('the fake Ashby', () => {
  const url = 'https://api.ashbyhq.com/candidate.create';

  it('refuses a wrong key, a password, and a missing header with 401', async () => {
    const ashby = new FakeAshby();
    for (const authorization of [basicAuth('wrong'), `Basic ${btoa(`${ashby.apiKey}:secret`)}`, '']) {
      expect((await post(ashby, url, { name: 'Ada' }, { authorization })).status).toBe(401);
    }
  });

  it('refuses a body that is not JSON, a missing name and an unknown field in Ashby’s error shape', async () => {
    const ashby = new FakeAshby();
    expect((await post(ashby, url, 'name=Ada', { 'content-type': 'text/plain' })).status).toBe(415);
    for (const body of [{}, { name: 'Ada', nickname: 'A' }, { name: 'Ada', githubUrl: 'github' }]) {
      const response = await post(ashby, url, body);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ success: false, errors: ['invalid_input'], errorInfo: { code: 'invalid_input' } });
    }
    expect(ashby.candidates).toHaveLength(0);
  });

  it('lets a read-only key search but not write', async () => {
    const ashby = new FakeAshby();
    const headers = { authorization: basicAuth(ashby.readOnlyKey) };
    expect((await post(ashby, 'https://api.ashbyhq.com/candidate.search', { name: 'Ada' }, headers)).status).toBe(200);
    expect((await post(ashby, url, { name: 'Ada' }, headers)).status).toBe(403);
  });

  it('answers 429 with Retry-After as many times as asked, then serves again', async () => {
    const ashby = new FakeAshby();
    ashby.rateLimitNext(2, 7);
    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await post(ashby, 'https://api.ashbyhq.com/candidateTag.list', {});
      statuses.push([response.status, response.headers.get('retry-after')]);
    }
    expect(statuses).toEqual([[429, '7'], [429, '7'], [200, null]]);
  });

  it('fails the network after N requests, like fetch does', async () => {
    const ashby = new FakeAshby();
    ashby.failNetworkAfter = 1;
    await post(ashby, 'https://api.ashbyhq.com/candidateTag.list', {});
    await expect(post(ashby, 'https://api.ashbyhq.com/candidateTag.list', {})).rejects.toThrow('fetch failed');
    expect(ashby.requests).toHaveLength(1);
  });
});

describe('the fake Lever', () => {
  const base = 'https://api.lever.co/v1';
  const get = (lever: FakeLever, path: string) => lever.fetch(`${base}${path}`, { headers: { authorization: basicAuth(lever.apiKey) } });

  it('needs perform_as naming a user of the account on every write', async () => {
    const lever = new FakeLever();
    for (const query of ['', '?perform_as=nobody']) {
      const response = await post(lever, `${base}/opportunities${query}`, { name: 'Ada' });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({ code: 'BadRequestError', message: expect.stringContaining('perform_as') });
    }
    expect((await post(lever, `${base}/opportunities?perform_as=user-rita`, { name: 'Ada' })).status).toBe(201);
  });

  it('refuses a create without a name, with an unknown field or an origin Lever does not have', async () => {
    const lever = new FakeLever();
    for (const body of [{ emails: ['ada@example.com'] }, { name: 'Ada', email: 'ada@example.com' }, { name: 'Ada', origin: 'github' }]) {
      expect((await post(lever, `${base}/opportunities?perform_as=user-rita`, body)).status).toBe(400);
    }
    expect(lever.opportunities).toHaveLength(0);
  });

  it('pages lists with hasNext and next, and refuses unknown parameters and limits over 100', async () => {
    const lever = new FakeLever();
    for (let index = 0; index < 3; index++) lever.seed({ name: `Person ${index}`, tags: ['pyvet'] });
    const first = (await (await get(lever, '/opportunities?tag=pyvet&limit=2')).json()) as { data: unknown[]; hasNext: boolean; next: string };
    expect([first.data.length, first.hasNext]).toEqual([2, true]);
    const second = (await (await get(lever, `/opportunities?tag=pyvet&limit=2&offset=${first.next}`)).json()) as { data: unknown[]; hasNext: boolean };
    expect([second.data.length, second.hasNext]).toEqual([1, false]);
    expect((await get(lever, '/opportunities?name=Person')).status).toBe(400);
    expect((await get(lever, '/opportunities?limit=101')).status).toBe(400);
  });

  it('matches tags case-sensitively, as Lever documents', async () => {
    const lever = new FakeLever();
    lever.seed({ name: 'Ada', tags: ['PyVet'] });
    const answer = (await (await get(lever, '/opportunities?tag=pyvet')).json()) as { data: unknown[] };
    expect(answer.data).toHaveLength(0);
  });
});
