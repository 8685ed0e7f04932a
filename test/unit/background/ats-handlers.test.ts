import { afterEach, describe, expect, it } from 'vitest';
import { createAtsHandlers, type AtsServices } from '@/lib/background/ats-handlers';
import { createMessageRouter, type MessageHandlers } from '@/lib/messaging/background-router';
import { atsConnection } from '@/lib/settings/settings';
import { CandidateStore } from '@/lib/store/candidates';
import { PyvetDatabase } from '@/lib/store/db';
import { FakeAshby, FakeLever } from '../../support/fake-ats';

const NOW = Date.parse('2026-11-30T12:00:00Z');
let counter = 0;
let db: PyvetDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** The ATS messages over a real store and the vendor fakes; every message goes through the router's schemas. */
function background(fake: FakeAshby | FakeLever, overrides: Partial<AtsServices> = {}) {
  db = new PyvetDatabase(`pyvet-ats-handlers-${++counter}`);
  const candidates = new CandidateStore(db);
  const handlers = createAtsHandlers({
    candidates,
    now: () => NOW,
    hasHostAccess: async () => true,
    request: { fetch: fake.fetch, sleep: async () => {} },
    ...overrides,
  });
  const route = createMessageRouter(handlers as MessageHandlers);
  return { candidates, route: (type: string, payload: unknown) => route({ type, payload }) };
}

async function saveTwo(candidates: CandidateStore): Promise<[string, string]> {
  const save = (login: string, displayName: string) =>
    candidates.save({ githubLogin: login, displayName, profileUrl: `https://github.com/${login}`, stage: 'technical-screen', note: 'Async done right.', shortlist: 'Backend' }, NOW);
  return [(await save('ada', 'Ada Lovelace')).candidate.id, (await save('grace', 'Grace Hopper')).candidate.id];
}

describe('the background’s ATS messages', () => {
  it('checks a key with the vendor before saving it, and never gives the key back', async () => {
    const ashby = new FakeAshby();
    const { route } = background(ashby);
    expect(await route('connect-ats', { vendor: 'ashby', apiKey: 'wrong-key', performAs: null })).toEqual({
      status: 'error',
      message: expect.stringMatching(/^The Ashby API key was refused/),
    });
    expect(await atsConnection.getValue()).toBeNull();

    expect(await route('connect-ats', { vendor: 'ashby', apiKey: ashby.apiKey, performAs: null })).toEqual({
      status: 'ok',
      connection: { vendor: 'ashby', account: expect.stringContaining('pyvet test key'), performAs: null, checkedAt: NOW },
    });
    expect(await atsConnection.getValue()).toMatchObject({ vendor: 'ashby', apiKey: ashby.apiKey });
    const answer = await route('get-ats-connection', {});
    expect(JSON.stringify(answer)).not.toContain(ashby.apiKey);
    expect(answer).toEqual({ connection: { vendor: 'ashby', account: expect.any(String), performAs: null, checkedAt: NOW } });

    await route('disconnect-ats', {});
    expect(await route('get-ats-connection', {})).toEqual({ connection: null });
  });

  it('previews, then sends: one new person created, one already there linked; each link kept on the candidate; a resend duplicates nothing', async () => {
    const ashby = new FakeAshby();
    ashby.seed({ name: 'Grace Hopper', emails: [], socialLinks: [{ type: 'GitHub', url: 'https://github.com/grace' }] });
    const { route, candidates } = background(ashby);
    const [ada, grace] = await saveTwo(candidates);
    await route('connect-ats', { vendor: 'ashby', apiKey: ashby.apiKey, performAs: null });

    expect(await route('preview-ats-send', { candidateIds: [ada, grace] })).toEqual({
      status: 'ok',
      vendor: 'ashby',
      rows: [
        { candidateId: ada, name: 'Ada Lovelace', action: 'create' },
        { candidateId: grace, name: 'Grace Hopper', action: 'link' },
      ],
    });
    expect(ashby.candidates).toHaveLength(1);

    const sent = (await route('send-to-ats', { candidateIds: [ada, grace] })) as { results: { outcome: string; link?: { id: string } }[] };
    expect(sent.results.map((result) => result.outcome)).toEqual(['created', 'linked']);
    expect(ashby.candidates).toHaveLength(2);
    const [stored] = (await candidates.read([ada])).candidates;
    expect(stored?.ats?.ashby).toEqual({ id: sent.results[0]?.link?.id, url: expect.stringMatching(/^https:\/\/app\.ashbyhq\.com\//), sentAt: NOW });

    const again = (await route('send-to-ats', { candidateIds: [ada, grace] })) as { results: { outcome: string }[] };
    expect(again.results.map((result) => result.outcome)).toEqual(['updated', 'updated']);
    expect(ashby.candidates).toHaveLength(2);
  });

  it('keeps the links made before the network failed, so sending again finishes without duplicates', async () => {
    const lever = new FakeLever();
    const { route, candidates } = background(lever);
    const [ada, grace] = await saveTwo(candidates);
    await route('connect-ats', { vendor: 'lever', apiKey: lever.apiKey, performAs: lever.users[0]!.id });
    // Ada's look-up, create and note go through; the network drops at Grace's create.
    lever.failNetworkAfter = lever.requests.length + 3;
    const broken = (await route('send-to-ats', { candidateIds: [ada, grace] })) as { results: { outcome: string; reason?: string }[] };
    expect(broken.results.map((result) => result.outcome)).toEqual(['created', 'failed']);
    expect((await candidates.read([ada])).candidates[0]?.ats?.lever).toBeDefined();

    lever.failNetworkAfter = null;
    const resumed = (await route('send-to-ats', { candidateIds: [ada, grace] })) as { results: { outcome: string }[] };
    expect(resumed.results.map((result) => result.outcome)).toEqual(['updated', 'created']);
    expect(lever.opportunities).toHaveLength(2);
  });

  it('says what to do when nothing is connected, when Lever has no acting user, or when the host permission is gone', async () => {
    const ashby = new FakeAshby();
    const { route, candidates } = background(ashby, { hasHostAccess: async () => false });
    const [ada] = await saveTwo(candidates);
    expect(await route('send-to-ats', { candidateIds: [ada] })).toEqual({
      status: 'error',
      message: 'No ATS is connected: connect Ashby or Lever in pyvet’s options first.',
    });
    expect(await route('connect-ats', { vendor: 'lever', apiKey: 'k', performAs: null })).toEqual({
      status: 'error',
      message: 'Lever needs the id of the user pyvet acts as (perform_as).',
    });
    await atsConnection.setValue({ vendor: 'ashby', apiKey: ashby.apiKey, performAs: null, account: 'Acme', checkedAt: NOW });
    expect(await route('preview-ats-send', { candidateIds: [ada] })).toEqual({
      status: 'error',
      message: 'pyvet may no longer reach api.ashbyhq.com: connect Ashby again in pyvet’s options.',
    });
    expect(ashby.requests).toHaveLength(0);
  });
});
