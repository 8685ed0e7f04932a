import { describe, expect, it } from 'vitest';
import { readFiverrProfile } from '@/lib/readers/fiverr/profile';
import { readFreelancerProfile } from '@/lib/readers/freelancer/profile';
import { parseHtml, readOwnFixture } from '../../../support/fixtures';

const fixture = (name: string) => readOwnFixture(`marketplace-pages/${name}`);
/** The page with one more script at the end of its body. */
const withScript = (html: string, script: string) => html.replace('</body>', `${script}\n</body>`);

const ANA_URL = new URL('https://www.freelancer.com/u/anasouza_py');
const PRIYA_URL = new URL('https://www.freelancer.com/u/priyasharma_dev');
const readFreelancer = (html: string, url = ANA_URL) => readFreelancerProfile(parseHtml(html), url);

/** A users answer of Freelancer.com's API, as the SDKs document it. */
const usersAnswer = (user: Record<string, unknown>) => ({ status: 'success', result: { users: { '30001234': { id: 30001234, ...user } } } });

// Expected values were written with the synthetic page (freelancer-profile-api-answers.html).
describe('readFreelancerProfile with the app’s API answers in the page (freelancer-profile-api-answers.html)', () => {
  const reading = readFreelancer(fixture('freelancer-profile-api-answers.html'));

  it('reads every field from the answer about this username', () => {
    expect(reading).toMatchObject({
      site: 'freelancer',
      handle: 'anasouza_py',
      name: 'Ana S.',
      title: 'Python & Django Developer | APIs, scraping, PostgreSQL',
      location: 'Recife, Brazil',
      hourlyRate: { amount: 38, currency: 'USD', text: '38 USD/hr (profile data)' },
      skills: ['Python', 'Django', 'PostgreSQL', 'Web Scraping'],
      couldNotRead: [],
    });
    expect(reading.overview).toBe(
      'Backend developer since 2017. I build Django and FastAPI services with PostgreSQL and Celery, and scrapers that keep running.\n' +
        'I <3 tests: every project ships with pytest.\nGitHub: https://github.com/ana-souza-py',
    );
  });

  it('finds the GitHub account the description names, and nothing of the similar freelancer’s answer', () => {
    expect(reading.githubLogins).toEqual(['ana-souza-py']);
    expect(JSON.stringify(reading)).not.toMatch(/joao|João|Porto|Portugal/);
  });

  it('reads the escaped transfer state of Angular before 16 (serverApp-state, &q;), keyed by the request', () => {
    const state = JSON.stringify({
      'G.https://www.freelancer.com/api/users/0.1/users?usernames[]=anasouza_py&jobs=true': {
        body: usersAnswer({ username: 'AnaSouza_py', public_name: 'Ana S.', tagline: 'Django & <b>APIs</b>', jobs: [{ name: 'Django' }] }),
        headers: {},
        status: 200,
        statusText: 'OK',
        url: 'https://www.freelancer.com/api/users/0.1/users?usernames[]=anasouza_py&jobs=true',
        responseType: 'json',
      },
    }).replace(/&/g, '&a;').replace(/"/g, '&q;').replace(/</g, '&l;').replace(/>/g, '&g;');
    const html = `<body><script id="serverApp-state" type="application/json">${state}</script></body>`;
    expect(readFreelancer(html)).toMatchObject({ name: 'Ana S.', title: 'Django & <b>APIs</b>', skills: ['Django'] });
  });

  it('takes each field from whichever answer has it: the description from one, the skills from another', () => {
    const state = JSON.stringify({
      1: { b: usersAnswer({ username: 'anasouza_py', profile_description: 'From the first answer.' }) },
      2: { b: usersAnswer({ username: 'anasouza_py', profile_description: null, jobs: [{ name: 'Python' }, { name: 'Python' }] }) },
    });
    const reading = readFreelancer(withScript(fixture('freelancer-profile-api-answers.html').replace(/<script id="ng-state"[\s\S]*?<\/script>/, ''), `<script id="ng-state" type="application/json">${state}</script>`));
    expect(reading).toMatchObject({ overview: 'From the first answer.', skills: ['Python'], name: 'Ana S.' });
  });
});

describe('readFreelancerProfile falls back to JSON-LD and selectors (freelancer-profile.html)', () => {
  const plain = fixture('freelancer-profile.html');
  const expected = readFreelancer(plain, PRIYA_URL);

  it('reads the page without embedded answers as before', () => {
    expect(expected).toMatchObject({ name: 'Priya Sharma', title: 'Senior Python & Django Developer', couldNotRead: [] });
  });

  it.each([
    ['malformed JSON', '<script id="ng-state" type="application/json">{"1":{"b":{"status":"success","result":</script>'],
    ['an answer about another username', `<script id="ng-state" type="application/json">${JSON.stringify({ 1: { b: usersAnswer({ username: 'someone_else', tagline: 'Not Priya' }) } })}</script>`],
    ['an answer without a username', `<script id="ng-state" type="application/json">${JSON.stringify({ 1: { b: { result: { users: { 1: { tagline: 'Whose?' } } } } } })}</script>`],
    ['JSON-LD, which is no API answer', '<script type="application/ld+json">{"username":"priyasharma_dev","tagline":"Not an answer"}</script>'],
  ])('with %s, reads the same as without it', (_case, script) => {
    expect(readFreelancer(withScript(plain, script), PRIYA_URL)).toEqual(expected);
  });

  it('takes a field of the wrong type from the markup, and the rest from the answer', () => {
    const answer = usersAnswer({ username: 'priyasharma_dev', tagline: 'Django backends, from the API', hourly_rate: '99', jobs: 'Python' });
    const reading = readFreelancer(withScript(plain, `<script id="ng-state" type="application/json">${JSON.stringify(answer)}</script>`), PRIYA_URL);
    expect(reading).toMatchObject({
      title: 'Django backends, from the API',
      hourlyRate: { amount: 25, currency: 'USD', text: '$25 USD / Hour' },
      skills: ['Python', 'Django', 'FastAPI'],
    });
  });

  it('names every field when neither the answers nor the markup say anything about this person', () => {
    const html = `<body><main><h2>Similar freelancers</h2></main>
      <script id="ng-state" type="application/json">${JSON.stringify({ 1: { b: usersAnswer({ username: 'joao_dev', public_name: 'João D.' }) } })}</script></body>`;
    const reading = readFreelancer(html);
    expect(reading).toMatchObject({ handle: 'anasouza_py', name: null, title: null, overview: null, skills: [], githubLogins: [] });
    expect(reading.couldNotRead).toEqual(['name', 'title', 'overview', 'location', 'hourly rate', 'skills']);
  });
});

const KOFI_URL = new URL('https://www.fiverr.com/kofi_builds');
const MARCO_URL = new URL('https://www.fiverr.com/marco_py');
const readFiverr = (html: string, url = KOFI_URL) => readFiverrProfile(parseHtml(html), url);
const perseus = (props: unknown) => `<script id="perseus-initial-props" type="application/json">${JSON.stringify(props)}</script>`;

// Expected values were written with the synthetic page (fiverr-profile-perseus.html).
describe('readFiverrProfile with the page’s JSON props (fiverr-profile-perseus.html)', () => {
  const reading = readFiverr(fixture('fiverr-profile-perseus.html'));

  it('reads the seller from seller_card and seller_profile', () => {
    expect(reading).toMatchObject({
      site: 'fiverr',
      handle: 'kofi_builds',
      name: 'Kofi Mensah',
      title: 'Python automation & Django APIs',
      location: 'Ghana',
      skills: ['Python', 'Django', 'Web Scraping', 'Selenium'],
    });
    expect(reading.overview).toMatch(/^I write Python that saves teams hours/);
  });

  it('finds the GitHub account of the seller’s description, not the one a buyer’s review names', () => {
    expect(reading.githubLogins).toEqual(['kofi-builds']);
  });

  it('reads no hourly rate from a gig price, and says so', () => {
    expect(reading.hourlyRate).toBeNull();
    expect(reading.couldNotRead).toEqual(['hourly rate']);
  });

  it('leaves to the markup the details whose keys the props do not have', () => {
    const html = `<body><div class="seller-profile"><h1 aria-label="Public Name">Kofi M.</h1></div>
      ${perseus({ userData: { seller_card: { user: { username: 'kofi_builds', country: 'Ghana' } }, seller_profile: { summary_v2: 'x' } } })}</body>`;
    expect(readFiverr(html)).toMatchObject({ name: 'Kofi M.', location: 'Ghana', title: null, overview: null });
  });
});

describe('readFiverrProfile falls back to JSON-LD and selectors (fiverr-profile.html)', () => {
  const plain = fixture('fiverr-profile.html');
  const expected = readFiverr(plain, MARCO_URL);

  it('reads the page without props as before', () => {
    expect(expected).toMatchObject({ name: 'Marco Rossi', title: 'Python automation engineer', couldNotRead: [] });
  });

  it.each([
    ['malformed JSON', '<script id="perseus-initial-props" type="application/json">{"userData":{"seller_card":</script>'],
    ['props about another seller', perseus({ userData: { seller_card: { user: { username: 'kofi_builds', country: 'Ghana' } } } })],
    ['props without a username', perseus({ userData: { seller_profile: { display_name: 'Whose?' } } })],
    ['props of another shape (a gig page’s)', perseus({ general: { gigTitle: 'I will scrape' }, seller: { user: { name: 'marco_py' } } })],
  ])('with %s, reads the same as without them', (_case, script) => {
    expect(readFiverr(withScript(plain, script), MARCO_URL)).toEqual(expected);
  });

  it('names every field when neither the props nor the markup say anything', () => {
    const reading = readFiverr('<body><main><p>Loading…</p></main><script id="perseus-initial-props" type="application/json">not json</script></body>');
    expect(reading).toMatchObject({ handle: 'kofi_builds', name: null, skills: [], githubLogins: [] });
    expect(reading.couldNotRead).toEqual(['name', 'title', 'overview', 'location', 'hourly rate', 'skills']);
  });
});
