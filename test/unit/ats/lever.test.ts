import { describe, expect, it } from 'vitest';
import { describeAtsError } from '@/lib/ats/errors';
import { checkAtsKey, previewAtsSend, sendToAts, type AtsSendResult } from '@/lib/ats/send';
import type { AtsPerson } from '@/lib/shortlists/export/ats-person';
import { atsPersonFixture, fakeTime } from '../../support/ats-people';
import { basicAuth, FakeLever } from '../../support/fake-ats';

function setup() {
  const time = fakeTime();
  const lever = new FakeLever(time.now);
  const credentials = { vendor: 'lever' as const, apiKey: lever.apiKey, performAs: 'user-rita' };
  const options = { fetch: lever.fetch, sleep: time.sleep, now: time.now, apiUrl: 'https://api.lever.co/v1' };
  return { lever, time, credentials, options };
}

const ada = atsPersonFixture({ candidateId: 'c-ada', fullName: 'Ada Lovelace', tags: ['django'], otherUrls: ['https://www.upwork.com/freelancers/~ada'] });
const grace = atsPersonFixture({ candidateId: 'c-grace', fullName: 'Grace Hopper' });
const linus = atsPersonFixture({ candidateId: 'c-linus', fullName: 'Linus Torvalds' });

describe('the Lever key check', () => {
  it('reads the perform_as user with Basic auth and names them', async () => {
    const { lever, credentials, options } = setup();
    expect(await checkAtsKey(credentials, options)).toEqual({ ok: true, account: 'Lever, acting as Rita Recruiter' });
    expect(lever.requests).toEqual([{ method: 'GET', path: '/users/user-rita', authorization: basicAuth(lever.apiKey), body: undefined, at: expect.any(Number) }]);
  });

  it('says when the perform_as user is not in the account', async () => {
    const { credentials, options } = setup();
    const check = await checkAtsKey({ ...credentials, performAs: 'nobody' }, options);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(describeAtsError(check.error)).toBe(
        'Lever refused the request (HTTP 404): Lever has no user nobody to act as (LEVER_PERFORM_AS / the perform_as user id).',
      );
    }
  });

  it('reports a refused key', async () => {
    const { credentials, options } = setup();
    const check = await checkAtsKey({ ...credentials, apiKey: 'wrong' }, options);
    expect(check).toEqual({ ok: false, error: { kind: 'unauthorized', vendor: 'lever' } });
  });
});

describe('sending to Lever', () => {
  it('creates an opportunity as the perform_as user with links, tags (pyvet included), source and origin, then the note', async () => {
    const { lever, credentials, options } = setup();
    const [result] = await sendToAts([ada], credentials, options);
    const [created] = lever.opportunities;
    expect(result).toEqual({
      candidateId: 'c-ada',
      outcome: 'created',
      // Stamped when the record exists, before the note (which is paced 100 ms later).
      link: { id: created?.id, url: `https://hire.lever.co/candidates/${created?.id}`, sentAt: lever.requests[1]?.at },
    });
    expect(lever.requests.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['GET', '/opportunities?tag=pyvet&limit=100', undefined],
      [
        'POST',
        '/opportunities?perform_as=user-rita',
        {
          name: 'Ada Lovelace',
          headline: 'Python developer',
          emails: [],
          links: ['https://github.com/ada-lovelace', 'https://www.upwork.com/freelancers/~ada'],
          tags: ['django', 'pyvet'],
          sources: ['pyvet'],
          origin: 'sourced',
        },
      ],
      ['POST', `/opportunities/${created?.id}/notes?perform_as=user-rita`, { value: 'pyvet note on Ada Lovelace' }],
    ]);
    expect(lever.notes).toEqual([{ opportunityId: created?.id, value: 'pyvet note on Ada Lovelace', performAs: 'user-rita' }]);
  });

  it('links by e-mail when the person has one, adding the note and tags', async () => {
    const { lever, credentials, options } = setup();
    const existing = lever.seed({ name: 'A. Lovelace', emails: ['ada@example.com'] });
    const [result] = await sendToAts([{ ...ada, email: 'Ada@Example.com' }], credentials, options);
    expect(result).toMatchObject({ outcome: 'linked', link: { id: existing.id, url: `https://hire.lever.co/candidates/${existing.id}` } });
    expect(lever.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      'GET /opportunities?email=Ada%40Example.com&limit=100',
      `POST /opportunities/${existing.id}/notes?perform_as=user-rita`,
      `POST /opportunities/${existing.id}/addTags?perform_as=user-rita`,
    ]);
    expect(lever.tags).toEqual([{ opportunityId: existing.id, tags: ['django', 'pyvet'] }]);
    expect(lever.opportunities).toHaveLength(1);
  });

  it('without an e-mail, reads every page of the pyvet-tagged opportunities once and links by a shared profile address', async () => {
    const { lever, credentials, options } = setup();
    lever.pageSize = 100;
    for (let index = 0; index < 230; index++) lever.seed({ name: `Someone ${index}`, tags: ['pyvet'], links: [`https://github.com/someone-${index}`] });
    const existing = lever.seed({ name: 'Grace Hopper', tags: ['pyvet'], links: ['HTTPS://GITHUB.COM/grace-hopper/'] });
    const results = await sendToAts([grace, ada], credentials, options);
    expect(results.map((result) => result.outcome)).toEqual(['linked', 'created']);
    expect(results[0]?.link?.id).toBe(existing.id);
    expect(lever.requests.filter((request) => request.method === 'GET').map((request) => request.path)).toEqual([
      '/opportunities?tag=pyvet&limit=100',
      '/opportunities?tag=pyvet&limit=100&offset=page-100',
      '/opportunities?tag=pyvet&limit=100&offset=page-200',
    ]);
  });

  it('does not link a namesake tagged pyvet whose profile addresses differ', async () => {
    const { lever, credentials, options } = setup();
    lever.seed({ name: 'Grace Hopper', tags: ['pyvet'], links: ['https://github.com/a-different-grace'] });
    const [result] = await sendToAts([grace], credentials, options);
    expect(result?.outcome).toBe('created');
    expect(lever.opportunities).toHaveLength(2);
  });

  it('updates a known opportunity with a new note only', async () => {
    const { lever, credentials, options } = setup();
    const existing = lever.seed({ name: 'Ada Lovelace' });
    const known = { id: existing.id, url: `https://hire.lever.co/candidates/${existing.id}`, sentAt: 1 };
    const [result] = await sendToAts([{ ...ada, ats: { lever: known } }], credentials, options);
    expect(result?.outcome).toBe('updated');
    expect(lever.requests.map(({ method, path }) => `${method} ${path}`)).toEqual([
      `GET /opportunities/${existing.id}`,
      `POST /opportunities/${existing.id}/notes?perform_as=user-rita`,
    ]);
  });

  it('adds no note when there is nothing to say', async () => {
    const { lever, credentials, options } = setup();
    const [result] = await sendToAts([{ ...ada, note: ' ' }], credentials, options);
    expect(result?.outcome).toBe('created');
    expect(lever.notes).toEqual([]);
    expect(lever.requests.map((request) => request.method)).toEqual(['GET', 'POST']);
  });

  it('paces requests at least 100 ms apart (10 a second)', async () => {
    const { lever, credentials, options, time } = setup();
    await sendToAts([ada, grace, linus], credentials, options);
    const gaps = lever.requests.slice(1).map((request, index) => request.at - (lever.requests[index]?.at ?? 0));
    expect(gaps.length).toBeGreaterThan(4);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(100);
    expect(time.waits.every((wait) => wait <= 100)).toBe(true);
  });

  it('honours Retry-After on a 429, as an HTTP date too', async () => {
    const { lever, credentials, options, time } = setup();
    lever.rateLimitNext(1, new Date(time.now() + 5_000).toUTCString());
    const check = await checkAtsKey(credentials, options);
    expect(check.ok).toBe(true);
    expect(time.waits).toEqual([5_000]);
    expect(lever.requests).toHaveLength(2);
  });

  it('names the scopes and the perform_as user when a key may not write', async () => {
    const { lever, credentials, options } = setup();
    const [result] = await sendToAts([ada], { ...credentials, apiKey: lever.readOnlyKey }, options);
    expect(result?.reason).toBe(
      'The Lever API key may not do this (This API key may not write opportunities): check the key’s scopes allow reading and writing opportunities, notes and users, and that the perform_as user may act on candidates.',
    );
  });

  it('a network failure part-way keeps earlier results, fails the rest, and a later send completes without duplicates', async () => {
    const { lever, credentials, options } = setup();
    const recorded = new Map<string, AtsSendResult>();
    const onResult = (result: AtsSendResult) => void recorded.set(result.candidateId, result);
    // Ada takes three requests (list, create, note); Grace's look-up is served from the cache, so her create is the 4th.
    lever.failNetworkAfter = 3;
    const first = await sendToAts([ada, grace, linus], credentials, { ...options, onResult });
    expect(first.map((result) => result.outcome)).toEqual(['created', 'failed', 'failed']);
    expect(first[1]?.reason).toBe(
      'Could not reach Lever (fetch failed); check the connection, then send again: people already sent are linked, not duplicated.',
    );
    expect(first[2]?.reason).toBe(`not sent: ${first[1]?.reason}`);
    expect([...recorded.values()]).toEqual(first);

    lever.failNetworkAfter = null;
    // The caller stored Ada's link as it arrived.
    const withLinks = (person: AtsPerson): AtsPerson => {
      const link = recorded.get(person.candidateId)?.link;
      return link ? { ...person, ats: { lever: link } } : person;
    };
    const second = await sendToAts([ada, grace, linus].map(withLinks), credentials, options);
    expect(second.map((result) => result.outcome)).toEqual(['updated', 'created', 'created']);
    expect(lever.opportunities.map((opportunity) => opportunity.name)).toEqual(['Ada Lovelace', 'Grace Hopper', 'Linus Torvalds']);
  });

  it('keeps a created record’s link when its note fails, and a resend without that link finds it instead of duplicating', async () => {
    const { lever, credentials, options } = setup();
    lever.failNetworkAfter = 2; // the tag list and the create go through; the note does not
    const [result] = await sendToAts([ada], credentials, options);
    const [created] = lever.opportunities;
    expect(result).toMatchObject({ outcome: 'created', link: { id: created?.id }, reason: expect.stringContaining('the note or tags were not added') });

    lever.failNetworkAfter = null;
    const [again] = await sendToAts([ada], credentials, options);
    expect(again).toMatchObject({ outcome: 'linked', link: { id: created?.id } });
    expect(lever.opportunities).toHaveLength(1);
    expect(lever.notes).toHaveLength(1);
  });
});

describe('previewing a send', () => {
  it('says who would be updated, linked, created or skipped, with read-only requests only', async () => {
    const { lever, credentials, options } = setup();
    const known = lever.seed({ name: 'Ada Lovelace' });
    const found = lever.seed({ name: 'Grace Hopper', tags: ['pyvet'], links: ['https://github.com/grace-hopper'] });
    const adaKnown = { ...ada, ats: { lever: { id: known.id, url: `https://hire.lever.co/candidates/${known.id}`, sentAt: 1 } } };
    const nameless = atsPersonFixture({ candidateId: 'c-blank', fullName: '  ' });
    const preview = await previewAtsSend([adaKnown, grace, linus, nameless], credentials, options);
    expect(preview).toEqual({
      ok: true,
      items: [
        { candidateId: 'c-ada', action: 'update', record: { id: known.id, url: `https://hire.lever.co/candidates/${known.id}` } },
        { candidateId: 'c-grace', action: 'link', record: { id: found.id, url: `https://hire.lever.co/candidates/${found.id}` } },
        { candidateId: 'c-linus', action: 'create' },
        { candidateId: 'c-blank', action: 'skip', reason: 'no name to send' },
      ],
    });
    expect(lever.requests.every((request) => request.method === 'GET')).toBe(true);
    expect(lever.opportunities).toHaveLength(2);
  });

  it('answers the first failure instead of a partial preview', async () => {
    const { credentials, options } = setup();
    expect(await previewAtsSend([ada], { ...credentials, apiKey: 'wrong' }, options)).toEqual({
      ok: false,
      error: { kind: 'unauthorized', vendor: 'lever' },
    });
  });
});
