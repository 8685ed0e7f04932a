import { beforeAll, describe, expect, it } from 'vitest';
import type { CandidateReport } from '@/lib/analysis/candidate-report';
import { evaluateFlags } from '@/lib/judgement/flags.ts';
import type { ProfileReading } from '@/lib/readers/profile-reading';
import type { Thresholds } from '@/lib/judgement/scorecard';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { RedFlagSchema, type FlagId, type RedFlag } from '@/lib/judgement/verdict';
import {
  accountReport,
  githubReading,
  marketplaceReading,
  martaReading,
  MARTA_URL,
  NOW,
  ownMarketplaceReading,
  realReport,
  recentRepo,
  thresholds,
} from './candidates';

let dingaan: CandidateReport;
beforeAll(async () => {
  dingaan = await realReport('dingaanmanjate');
});

interface Case {
  reading: ProfileReading | null;
  githubReading?: ProfileReading | null;
  report?: CandidateReport | null;
  overrides?: Partial<Thresholds>;
}
const flagsOf = ({ reading, githubReading = null, report = null, overrides = {} }: Case): RedFlag[] =>
  evaluateFlags({ report, reading, githubReading, scorecard: scorecardFromTemplate('backend', NOW), thresholds: thresholds(overrides), now: NOW });
const find = (id: FlagId, input: Case) => flagsOf(input).find((flag) => flag.id === id);

describe('profile flags on the synthetic pages', () => {
  it('raises none for Marta K. (Upwork): backend and pipelines, $45/h in Ukraine (no band), no overpromise', () => {
    const reading = martaReading();
    // What the page says: a "Senior" title, $45/h, skills and overview about Python backends and pipelines.
    expect(reading).toMatchObject({ title: 'Senior Python Developer | FastAPI, Django & Stripe Integrations', location: 'Lviv, Ukraine' });
    expect(reading.hourlyRate?.amount).toBe(45);
    expect(reading.skills).toContain('FastAPI');
    expect(reading.overview).toContain('Background jobs with Celery and Redis');
    expect(flagsOf({ reading })).toEqual([]);
  });

  it('raises none for the GitHub bios of defunkt and dingaanmanjate', () => {
    expect(flagsOf({ reading: githubReading('defunkt') })).toEqual([]);
    expect(flagsOf({ reading: null, githubReading: githubReading('dingaanmanjate') })).toEqual([]);
  });
});

// Claims of nine subfields at once, the way keyword-stuffed profiles read.
const EVERYTHING =
  'Full-stack Python expert: Django and FastAPI web apps, ETL pipelines with Airflow, data analysis with pandas, ' +
  'machine learning (TensorFlow), LLM chatbots with LangChain, web scraping (Scrapy, Selenium), Telegram bots, ' +
  'Docker/AWS DevOps and Tkinter desktop apps.';

describe('kitchen-sink-claims', () => {
  it('names the subfields it counted, with the words that claim each, and links the page', () => {
    const reading = marketplaceReading({ overview: EVERYTHING });
    const flag = find('kitchen-sink-claims', { reading });
    expect(flag).toEqual({
      id: 'kitchen-sink-claims',
      severity: 'warn',
      reason:
        'The profile claims expertise in 9 Python subfields at once: web backends (“Django”), data engineering (“ETL”), ' +
        'data science (“data analysis”), machine learning (“machine learning”), AI and LLMs (“LLM”), DevOps and cloud (“Docker”), ' +
        'web scraping (“web scraping”), automation and bots (“bots”), desktop apps (“Tkinter”). Ask which of them they shipped production work in.',
      evidence: [
        {
          kind: 'profile-text',
          repo: 'Upwork profile',
          path: null,
          url: reading.url,
          detail:
            'Claims web backends, data engineering, data science, machine learning, AI and LLMs, DevOps and cloud, web scraping, automation and bots, desktop apps.',
        },
      ],
      probes: ['async-traps', 'database-isolation', 'etl-idempotency', 'prompt-injection'],
    });
    expect(RedFlagSchema.parse(flag)).toEqual(flag);
  });

  const FIVE = 'Django APIs, Airflow ETL, pandas analysis, PyTorch models and Scrapy spiders.';
  const FOUR = 'Django APIs, Airflow ETL, pandas analysis and PyTorch models.';
  it.each<[string, Partial<ProfileReading>, number, boolean]>([
    ['five subfields at the default of 5', { overview: FIVE }, 5, true],
    ['four subfields at the default of 5', { overview: FOUR }, 5, false],
    ['four subfields at a threshold of 4', { overview: FOUR }, 4, true],
    ['nine subfields at a threshold of 10', { overview: EVERYTHING }, 10, false],
    ['subfields spread over title, skills and overview', { title: 'Django developer', skills: ['Airflow', 'pandas'], overview: 'PyTorch and Scrapy too.' }, 5, true],
    ['one subfield many times', { overview: 'Django, Flask, FastAPI, DRF, REST APIs and GraphQL backends.' }, 2, false],
  ])('%s → %s', (_, text, kitchenSinkSubfields, fires) => {
    const reading = marketplaceReading(text);
    expect(find('kitchen-sink-claims', { reading, overrides: { kitchenSinkSubfields } }) !== undefined).toBe(fires);
  });

  it('counts no subfield in host names: project sites are links, not claims', () => {
    const overview = 'Bookmarks: pytorch.org, kubernetes.io, flutter.dev, docs.langchain.com, airflow.apache.org and www.djangoproject.com.';
    expect(find('kitchen-sink-claims', { reading: marketplaceReading({ overview }), overrides: { kitchenSinkSubfields: 2 } })).toBeUndefined();
  });

  it('counts the GitHub bio beside the marketplace page', () => {
    const reading = marketplaceReading({ overview: FOUR });
    const bio = { ...githubReading('dingaanmanjate'), overview: 'Also Kivy mobile apps.' };
    expect(find('kitchen-sink-claims', { reading, githubReading: bio })?.reason).toContain('mobile apps (“Kivy”)');
  });

  it.each([
    ['freelancer-profile.html', 'https://www.freelancer.com/u/priyasharma_dev'],
    ['fiverr-profile.html', 'https://www.fiverr.com/marco_py'],
    ['toptal-profile.html', 'https://www.toptal.com/resume/ada-lovelace'],
  ])('stays silent on the focused profile in %s', (file, href) => {
    expect(find('kitchen-sink-claims', { reading: ownMarketplaceReading(file, href) })).toBeUndefined();
  });
});

// dingaanmanjate's opened repositories use PostgreSQL, Requests, Airflow, pandas and Jupyter (requirements.txt, a notebook).
describe('keywords-without-depth', () => {
  it.each<[string, string, boolean]>([
    ['four tools, none used', 'Django, FastAPI, Docker and Kubernetes.', true],
    ['four tools, one used (25%)', 'Django, FastAPI, Docker and pandas.', false],
    ['eight tools, one used (12.5%)', 'Django, FastAPI, Docker, Kubernetes, Redis, Celery, Terraform and pandas.', true],
    ['eight tools, two used (25%)', 'Django, FastAPI, Docker, Kubernetes, Redis, Celery, Airflow and pandas.', false],
    ['three tools, none used: too few to call a list', 'Django, FastAPI and Docker.', false],
    ['synonyms name one tool once', 'Postgres, PostgreSQL, psycopg and Docker.', false],
  ])('%s → %s', (_, overview, fires) => {
    const reading = marketplaceReading({ overview });
    expect(find('keywords-without-depth', { reading, report: dingaan }) !== undefined).toBe(fires);
  });

  it('says which tools were named and which the code shows', () => {
    const reading = marketplaceReading({ skills: ['Django', 'FastAPI', 'Docker', 'Kubernetes', 'Redis', 'Celery', 'Terraform', 'pandas'] });
    expect(find('keywords-without-depth', { reading, report: dingaan })).toMatchObject({
      severity: 'warn',
      reason:
        'The profile names 8 tools (FastAPI, Django, Celery, Redis, pandas, Docker, Kubernetes, Terraform), but the 3 opened repositories show only pandas: ask which systems they owned with them.',
      evidence: [{ kind: 'profile-text', repo: 'Upwork profile', url: reading.url }],
    });
  });

  it('needs opened repositories to hold the claims against', () => {
    const reading = marketplaceReading({ overview: 'Django, FastAPI, Docker and Kubernetes.' });
    expect(find('keywords-without-depth', { reading, report: null })).toBeUndefined();
    const nothingOpened = accountReport([recentRepo('a'), recentRepo('b'), recentRepo('c')]);
    expect(nothingOpened.repos).toEqual([]);
    expect(find('keywords-without-depth', { reading, report: nothingOpened })).toBeUndefined();
  });
});

describe('low-rate', () => {
  const rated = (location: string | null, title: string | null, amount: number, currency = 'USD') =>
    marketplaceReading({ location, title, hourlyRate: { amount, currency, text: `${amount} ${currency}` } });
  it.each<[string | null, string | null, number, string, number, boolean]>([
    // United States: $50-$70/h, so the default ratio of 0.5 draws the line at $25.
    ['Austin, United States', 'Senior Python Developer', 24.99, 'USD', 0.5, true],
    ['Austin, United States', 'Senior Python Developer', 25, 'USD', 0.5, false],
    ['Austin, United States', 'Python Developer', 10, 'USD', 0.5, false],
    ['New York, USA', 'Lead Backend Engineer', 20, 'USD', 0.5, true],
    ['Remote (US)', 'Principal Engineer', 20, 'USD', 0.5, true],
    ['Indianapolis, U.S.A.', 'Sr. Python dev', 20, 'USD', 0.5, true],
    ['Austin, United States', 'Senior Python Developer', 39.99, 'USD', 0.8, true],
    ['Austin, United States', 'Senior Python Developer', 40, 'USD', 0.8, false],
    // Germany and Australia: $30-$40/h, line at $15.
    ['Berlin, Germany', 'Expert Django developer', 14.99, 'USD', 0.5, true],
    ['Berlin, Germany', 'Expert Django developer', 15, 'USD', 0.5, false],
    ['München, Deutschland', 'Principal data engineer', 14, 'USD', 0.5, true],
    ['Berlin, Germany', 'Django developer', 5, 'USD', 0.5, false],
    ['Berlin, Germany', 'Expert Django developer', 5, 'EUR', 0.5, false], // no currency conversion
    ['Sydney, Australia', 'Senior data engineer', 14.99, 'USD', 0.5, true],
    ['Sydney, Australia', 'Senior data engineer', 15, 'USD', 0.5, false],
    // India: about $3/h average, line at $1.50.
    ['Pune, India', 'Senior Python Developer', 1.49, 'USD', 0.5, true],
    ['Pune, India', 'Senior Python Developer', 1.5, 'USD', 0.5, false],
    ['Pune, India', 'Python Developer', 1, 'USD', 0.5, false],
    // No band known: no flag, however low.
    ['Kharkiv, Ukraine', 'Senior Python Developer', 1, 'USD', 0.5, false],
    ['Indiana', 'Senior Python Developer', 1, 'USD', 0.5, false],
    ['Join us anywhere', 'Senior Python Developer', 1, 'USD', 0.5, false],
    [null, 'Senior Python Developer', 1, 'USD', 0.5, false],
    ['Pune, India', null, 1, 'USD', 0.5, false],
  ])('%s, %s at %s %s (ratio %s) → %s', (location, title, amount, currency, lowRateRatio, fires) => {
    const reading = rated(location, title, amount, currency);
    expect(find('low-rate', { reading, overrides: { lowRateRatio } }) !== undefined).toBe(fires);
  });

  it('asks a question and cites the market benchmark it used', () => {
    expect(find('low-rate', { reading: rated('Austin, United States', 'Senior Python Developer', 20) })).toMatchObject({
      severity: 'info',
      reason:
        'Why does a profile titled “Senior Python Developer” charge $20/h, under 50% of the low end of the market benchmark: $50-$70/h for US mid-level?',
      evidence: [{ kind: 'profile-text', detail: 'Rate 20 USD; location Austin, United States.' }],
    });
    expect(find('low-rate', { reading: rated('Berlin, Germany', 'Senior dev', 9.5) })?.reason).toContain(
      'charge $9.50/h, under 50% of the low end of the market benchmark: $30-$40/h in Australia and Germany?',
    );
    expect(find('low-rate', { reading: rated('Pune, India', 'Expert', 1) })?.reason).toContain('market benchmark: about $3/h average in India?');
  });

  it('leaves focused profiles alone: Priya (senior, India, $25/h) and Marta (senior, Ukraine, $45/h)', () => {
    expect(find('low-rate', { reading: ownMarketplaceReading('freelancer-profile.html', 'https://www.freelancer.com/u/priyasharma_dev') })).toBeUndefined();
    expect(find('low-rate', { reading: martaReading() })).toBeUndefined();
    // The same Marta page in the United States at $24/h would be asked about.
    const moved = { ...martaReading(), location: 'Austin, United States', hourlyRate: { amount: 24, currency: 'USD', text: '$24.00/hr' } };
    expect(find('low-rate', { reading: moved })?.evidence[0]?.url).toBe(MARTA_URL);
  });
});

describe('overpromising', () => {
  it.each([
    'I can deliver any project in 24 hours.',
    'Any task within 2 hours!',
    'Any website in 3 days, pixel perfect.',
    'Quality 100% guaranteed',
    'Guaranteed results or your money back',
    'I build anything, no matter the complexity.',
    'Your app delivered in 1 day',
    'Unlimited revisions',
    'Scripts done within 12 hours',
    'Bug-free guaranteed code',
  ])('flags %j', (overview) => {
    expect(find('overpromising', { reading: marketplaceReading({ overview }) })).toBeDefined();
  });

  it.each([
    '24 hours of support after delivery.',
    'I respond within 24 hours.',
    'Available 24/7 for urgent fixes.',
    'Delivery in 2 weeks for most projects.',
    '100% Job Success on 40 contracts.',
    'I have completed many projects in 2 days each.',
    'Any project in 30 days',
    'Guaranteed response time of one business day.',
  ])('does not flag %j', (overview) => {
    expect(find('overpromising', { reading: marketplaceReading({ overview }) })).toBeUndefined();
  });

  it('reads the title and the GitHub bio too, but not skill chips', () => {
    expect(find('overpromising', { reading: marketplaceReading({ title: 'Any website in 24 hours | Django expert' }) })).toMatchObject({
      severity: 'warn',
      reason: 'The profile promises “Any website in 24 hours”: ask how they would scope, test and hand over real work on those terms.',
      evidence: [{ kind: 'profile-text', detail: '“Any website in 24 hours | Django expert”' }],
    });
    const bio = { ...githubReading('defunkt'), overview: 'Unlimited revisions 🍔' };
    expect(find('overpromising', { reading: null, githubReading: bio })?.evidence[0]).toMatchObject({
      repo: 'GitHub profile',
      url: 'https://github.com/defunkt',
    });
    expect(find('overpromising', { reading: marketplaceReading({ skills: ['Unlimited revisions'] }) })).toBeUndefined();
  });
});
