import type { CandidateReport, ExaminedRepo } from '../analysis/candidate-report';
import { SKILL_CATALOGUE } from '../analysis/evidence/skill-catalogue';
import type { Evidence } from '../analysis/evidence/snapshot';
import type { ProfileReading } from '../readers/profile-reading';
import { candidateTexts, firstMatch, keywordPatterns, quoteAround, type CandidateText } from './claims';
import { ROLE_SKILLS } from './role-skills';
import type { RoleScorecard, Thresholds } from './scorecard';
import type { RedFlag } from './verdict';
import { portfolioIsThin } from './confidence';
import { benchmarkFor } from './rate-benchmarks';
import { plural } from '../text/plural';

export interface FlagInput {
  report: CandidateReport | null;
  /** The profile page being vetted (a marketplace's, or a GitHub profile). */
  reading: ProfileReading | null;
  /** The candidate's GitHub profile page, when read besides: its bio is their words too. */
  githubReading?: ProfileReading | null;
  scorecard: RoleScorecard;
  thresholds: Thresholds;
  /** Epoch ms. */
  now: number;
}

/** What a rule found; its id, severity and probes are in the table of flags.ts. */
export type Finding = Pick<RedFlag, 'reason' | 'evidence'>;
export type FlagRule = (input: FlagInput) => Finding | null;

const MAX_EVIDENCE = 5;
const MONTH_MS = 30.44 * 86_400_000;

/** A portfolio rule runs only on a report with enough repositories to judge (see portfolioIsThin). */
function portfolioRule(rule: (report: CandidateReport, input: FlagInput) => Finding | null): FlagRule {
  return (input) => (input.report && !portfolioIsThin(input.report) ? rule(input.report, input) : null);
}

function repoEvidence(repo: ExaminedRepo, detail: string): Evidence {
  return { kind: 'repo', repo: repo.repo, path: null, url: repo.url, detail };
}


/** `one` for a single item, else "None of the <count> <many>". */
function countedAs(count: number, one: string, many: string): string {
  return count === 1 ? one : `None of the ${count} ${many}`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

// ---------------------------------------------------------------- portfolio

/** More than this share of listed repositories being tutorial work or untouched forks is "most". */
const GENERIC_SHARE = 0.5;

/**
 * Most listed repositories are tutorial or course work and forks never
 * pushed to, and not one own repository stands out as polished. An account
 * of forks alone is fork-only instead.
 */
export const genericProjects: FlagRule = portfolioRule(({ originality }) => {
  const { counts } = originality;
  const own = counts.original + counts.tutorialClones;
  const generic = counts.tutorialClones + counts.forksNoOwnCommits;
  if (own === 0 || generic / counts.repos <= GENERIC_SHARE || originality.polished.length > 0) return null;
  return {
    reason: `${generic} of ${plural(counts.repos, 'listed repository', 'listed repositories')} are tutorial or course work or forks with no own commits, and none stands out as polished: ask what they built that had real constraints.`,
    evidence: originality.evidence
      .filter((item) => item.kind === 'tutorial-clone' || item.kind === 'fork-no-own-commits')
      .slice(0, MAX_EVIDENCE),
  };
});

/** Every listed repository is a fork: nothing shows the candidate's own work. */
export const forkOnly: FlagRule = portfolioRule(({ originality }) => {
  const { counts } = originality;
  if (counts.original + counts.tutorialClones > 0) return null;
  return {
    reason: `All ${plural(counts.repos, 'listed repository', 'listed repositories')} are forks: nothing public shows code of their own, so ask for a sample or a walkthrough of work they wrote.`,
    evidence: originality.evidence.filter((item) => item.kind.startsWith('fork-')).slice(0, MAX_EVIDENCE),
  };
});

/**
 * No push to an own Python repository within thresholds.staleMonths. A
 * report read from the cache ages: the whole months since it was made count too.
 */
export const stalePython: FlagRule = portfolioRule(({ activity, generatedAt }, { thresholds, now }) => {
  const last = activity.lastOwnPythonPush;
  if (!last || activity.monthsSinceLastPythonPush === null) return null;
  const months = activity.monthsSinceLastPythonPush + Math.max(0, Math.floor((now - generatedAt) / MONTH_MS));
  if (months <= thresholds.staleMonths) return null;
  return {
    reason: `The last push to a Python repository of their own was ${plural(months, 'month')} ago (more than ${thresholds.staleMonths}): ask what Python they have written since.`,
    evidence: [
      { kind: 'last-python-push', repo: last.repo, path: null, url: last.url, detail: `Last pushed ${last.pushedAt.slice(0, 10)}.` },
    ],
  };
});

/**
 * None of the opened Python repositories has tests. A repository whose tree
 * GitHub cut short cannot show that tests are missing, so it does not count.
 */
export const noTests: FlagRule = portfolioRule(({ repos }) => {
  const python = repos.filter((repo) => repo.language === 'Python');
  const complete = python.filter((repo) => !repo.partial);
  if (complete.length === 0 || python.some((repo) => repo.tests.present)) return null;
  return {
    reason: `${countedAs(complete.length, 'The one opened Python repository has no tests', 'opened Python repositories has tests')} (no test files, test folder or test configuration): ask how they know their code works.`,
    evidence: complete.slice(0, MAX_EVIDENCE).map((repo) => repoEvidence(repo, 'No test files, test folder or test configuration found.')),
  };
});

/** No opened repository explains itself beyond a missing or near-empty README. */
export const thinDocs: FlagRule = portfolioRule(({ repos }) => {
  if (repos.length === 0 || repos.some((repo) => repo.docs.depth === 'basic' || repo.docs.depth === 'thorough')) return null;
  return {
    reason: `${countedAs(repos.length, 'The one opened repository has no more', 'opened repositories has more')} than a missing or near-empty README: ask how they hand work over.`,
    evidence: repos.slice(0, MAX_EVIDENCE).map((repo) => repo.docs.evidence[0] ?? repoEvidence(repo, 'No README.')),
  };
});

/** Python 2 markers or end-of-life pins in the opened repositories. */
export const outdatedStack: FlagRule = portfolioRule(({ outdated }) => {
  if (outdated.length === 0) return null;
  return {
    reason: `${plural(outdated.length, 'sign', 'signs')} of an outdated stack (Python 2, end-of-life versions): ask which current Python and framework versions they work with.`,
    evidence: outdated.slice(0, MAX_EVIDENCE),
  };
});

/** Of their own repositories with a language, the share in Python is below thresholds.weakPythonShare. */
export const weakPython: FlagRule = portfolioRule(({ activity }, { thresholds }) => {
  const share = activity.pythonShareOfOwnRepos;
  if (share === null || share >= thresholds.weakPythonShare) return null;
  return {
    reason: `Only ${percent(share)} of their own repositories are Python (below ${percent(thresholds.weakPythonShare)}): most of their public work is in other languages.`,
    evidence: [],
  };
});

/**
 * Notebooks are most of the person's own Python work: in most opened
 * repositories that hold Python or notebooks, notebooks outnumber .py files
 * (counted in files: a notebook's bytes are mostly outputs and images), and
 * across them too. Never when an opened repository is a tested Python
 * project: that is the importable, tested code the flag asks about.
 */
export const notebookOnly: FlagRule = portfolioRule(({ repos }) => {
  const pythonWork = repos.filter((repo) => !repo.fork && repo.notebooks.notebookFiles + repo.notebooks.pythonFiles > 0);
  const dominated = pythonWork.filter((repo) => repo.notebooks.dominant);
  if (dominated.length === 0 || dominated.length * 2 <= pythonWork.length) return null;
  if (pythonWork.some((repo) => repo.tests.present && !repo.notebooks.dominant)) return null;
  const notebooks = sum(pythonWork.map((repo) => repo.notebooks.notebookFiles));
  const pythonFiles = sum(pythonWork.map((repo) => repo.notebooks.pythonFiles));
  if (notebooks <= pythonFiles) return null;
  const repositories = plural(pythonWork.length, 'repository', 'repositories');
  const where = dominated.length === pythonWork.length ? repositories : `${dominated.length} of ${repositories}`;
  return {
    reason: `Notebooks are most of the opened Python work (${plural(notebooks, 'notebook')} against ${plural(pythonFiles, '.py file')}, in ${where}): ask how they turn exploratory work into tested, importable code.`,
    evidence: dominated
      .slice(0, MAX_EVIDENCE)
      .map((repo) => repoEvidence(repo, `${plural(repo.notebooks.notebookFiles, 'notebook')}, ${plural(repo.notebooks.pythonFiles, '.py file')}.`)),
  };
});

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

// ---------------------------------------------------------------- profile

/** The candidate's own words on the profile pages read. */
function textsOf({ reading, githubReading }: FlagInput): CandidateText[] {
  return candidateTexts(reading, githubReading);
}

const SITE_LABELS: Record<ProfileReading['site'], string> = {
  github: 'GitHub profile',
  upwork: 'Upwork profile',
  freelancer: 'Freelancer profile',
  toptal: 'Toptal profile',
  fiverr: 'Fiverr profile',
  other: 'Profile page',
};

/** A link to the page the words were read from; `repo` names the page, as there is no repository. */
function pageEvidence({ reading, githubReading }: FlagInput, text: CandidateText, detail: string): Evidence {
  const site = [reading, githubReading].find((page) => page?.url === text.url)?.site ?? 'other';
  return { kind: 'profile-text', repo: SITE_LABELS[site], path: null, url: text.url, detail };
}

/** Python subfields, and the words that claim each. */
const SUBFIELDS: { name: string; keywords: string[] }[] = [
  {
    name: 'web backends',
    keywords: [
      'django', 'flask', 'fastapi', 'web development', 'web developer', 'backend', 'backends', 'back-end', 'rest api',
      'rest apis', 'graphql', 'web applications',
    ],
  },
  {
    name: 'data engineering',
    keywords: [
      'data engineering', 'data engineer', 'etl', 'elt', 'data pipeline', 'data pipelines', 'airflow', 'spark', 'pyspark',
      'kafka', 'dbt', 'snowflake', 'bigquery', 'data warehouse',
    ],
  },
  {
    name: 'data science',
    keywords: [
      'data science', 'data scientist', 'data analysis', 'data analytics', 'data visualization', 'data visualisation',
      'pandas', 'matplotlib', 'seaborn', 'plotly', 'statistics', 'jupyter', 'tableau', 'power bi',
    ],
  },
  {
    name: 'machine learning',
    keywords: [
      'machine learning', 'ml', 'deep learning', 'scikit-learn', 'sklearn', 'tensorflow', 'pytorch', 'keras',
      'computer vision', 'opencv', 'nlp', 'natural language processing',
    ],
  },
  {
    name: 'AI and LLMs',
    keywords: [
      'llm', 'llms', 'generative ai', 'genai', 'langchain', 'llamaindex', 'openai', 'chatgpt', 'gpt', 'rag', 'ai agent',
      'ai agents', 'crewai', 'prompt engineering', 'chatbot', 'chatbots',
    ],
  },
  { name: 'DevOps and cloud', keywords: ['devops', 'docker', 'kubernetes', 'k8s', 'terraform', 'ansible', 'ci/cd', 'aws', 'azure', 'gcp', 'google cloud'] },
  {
    name: 'web scraping',
    keywords: [
      'web scraping', 'scraping', 'scraper', 'scrapers', 'scrapy', 'beautifulsoup', 'beautiful soup', 'selenium',
      'crawler', 'crawlers', 'crawling', 'data extraction', 'data mining',
    ],
  },
  { name: 'automation and bots', keywords: ['automation', 'automate', 'scripting', 'bot', 'bots', 'telegram bot', 'discord bot', 'rpa'] },
  { name: 'desktop apps', keywords: ['tkinter', 'pyqt', 'pyside', 'desktop app', 'desktop apps', 'desktop application', 'desktop applications', 'gui'] },
  { name: 'mobile apps', keywords: ['mobile app', 'mobile apps', 'android', 'ios', 'kivy', 'flutter', 'react native'] },
  { name: 'game development', keywords: ['pygame', 'game development', 'game developer', 'godot'] },
  { name: 'embedded and IoT', keywords: ['raspberry pi', 'micropython', 'arduino', 'iot', 'embedded'] },
  { name: 'blockchain', keywords: ['blockchain', 'web3', 'solidity', 'smart contract', 'smart contracts'] },
];

const SUBFIELD_PATTERNS = SUBFIELDS.map(({ name, keywords }) => ({ name, patterns: keywordPatterns(keywords) }));

/** Expertise claimed across at least thresholds.kitchenSinkSubfields Python subfields at once. */
export const kitchenSinkClaims: FlagRule = (input) => {
  const texts = textsOf(input);
  const claimed = SUBFIELD_PATTERNS.flatMap(({ name, patterns }) => {
    for (const text of texts) {
      const match = firstMatch(text.text, patterns);
      if (match) return [{ name, word: text.text.slice(match.start, match.end), text }];
    }
    return [];
  });
  const first = claimed[0];
  if (!first || claimed.length < input.thresholds.kitchenSinkSubfields) return null;
  const list = claimed.map(({ name, word }) => `${name} (“${word}”)`).join(', ');
  return {
    reason: `The profile claims expertise in ${claimed.length} Python subfields at once: ${list}. Ask which of them they shipped production work in.`,
    evidence: [pageEvidence(input, first.text, `Claims ${claimed.map(({ name }) => name).join(', ')}.`)],
  };
};

/**
 * The tools a profile may name: the catalogue skills that a scorecard skill
 * stands for alone (FastAPI, Docker, pandas …), with the words that name them.
 * "pytest" and "unit testing" both name pytest: a tool counts once.
 */
const TOOL_WORDS = new Map<string, string[]>();
for (const skill of ROLE_SKILLS) {
  const [id, ...others] = skill.catalogueIds;
  if (skill.evidencedBy === 'code' && id !== undefined && others.length === 0) {
    TOOL_WORDS.set(id, [...(TOOL_WORDS.get(id) ?? []), ...skill.claimKeywords]);
  }
}
const TOOLS = SKILL_CATALOGUE.flatMap((skill) => {
  const words = TOOL_WORDS.get(skill.id);
  return words ? [{ id: skill.id, name: skill.name, patterns: keywordPatterns(words) }] : [];
});
/** Fewer named tools than this is too few to call a keyword list. */
const MIN_CLAIMED_TOOLS = 4;
/** Below this share of named tools seen in code, the claims are keywords without depth. */
const MIN_EVIDENCED_SHARE = 0.25;

/**
 * The profile names tools, few or none of which the opened repositories use.
 * Judged only when repositories were opened: with no code to look at, there
 * is nothing to hold the claims against.
 */
export const keywordsWithoutDepth: FlagRule = (input) => {
  const { report } = input;
  if (!report || report.repos.length === 0) return null;
  const texts = textsOf(input);
  const claimed = TOOLS.flatMap((tool) => {
    const text = texts.find((candidate) => firstMatch(candidate.text, tool.patterns));
    return text ? [{ ...tool, text }] : [];
  });
  const first = claimed[0];
  if (!first || claimed.length < MIN_CLAIMED_TOOLS) return null;
  const used = new Set([...report.skills, ...report.tooling].map((skill) => skill.id));
  const evidenced = claimed.filter((tool) => used.has(tool.id));
  if (evidenced.length / claimed.length >= MIN_EVIDENCED_SHARE) return null;
  const names = claimed.map((tool) => tool.name).join(', ');
  const shown = evidenced.length === 0 ? 'none of them' : `only ${evidenced.map((tool) => tool.name).join(', ')}`;
  return {
    reason: `The profile names ${plural(claimed.length, 'tool')} (${names}), but the ${plural(report.repos.length, 'opened repository', 'opened repositories')} show ${shown}: ask which systems they owned with them.`,
    evidence: [pageEvidence(input, first.text, `Names ${names}.`)],
  };
};

/** Titles that claim seniority. */
const SENIOR_TITLE = /\b(senior|sr|expert|lead|principal)\b/i;

/**
 * A senior title at an hourly rate below thresholds.lowRateRatio of the low
 * end of its region's market benchmark. Only US dollar rates are compared
 * (the benchmarks are in dollars and pyvet converts no currency), and only
 * where a band is known for the location.
 */
export const lowRate: FlagRule = ({ reading, thresholds }) => {
  const rate = reading?.hourlyRate;
  const title = reading?.title;
  const location = reading?.location;
  const benchmark = benchmarkFor(location ?? null);
  if (!reading || !rate || !title || !SENIOR_TITLE.test(title) || !location || !benchmark || rate.currency !== 'USD') return null;
  if (rate.amount >= thresholds.lowRateRatio * benchmark.low) return null;
  return {
    reason: `Why does a profile titled “${quoteAround(title, 0, 0, 80)}” charge ${dollars(rate.amount)}/h, under ${percent(thresholds.lowRateRatio)} of the low end of the market benchmark: ${benchmark.label}?`,
    evidence: [
      {
        kind: 'profile-text',
        repo: SITE_LABELS[reading.site],
        path: null,
        url: reading.url,
        detail: `Rate ${rate.text}; location ${location}.`,
      },
    ],
  };
};

function dollars(amount: number): string {
  return `$${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;
}

/** Promises no one can keep, in the title, overview or bio. */
const OVERPROMISES: readonly RegExp[] = [
  /\bany (project|task|job|app|application|website|bug|problem|feature)s?\b[^.!?]{0,40}?\b(in|within|under)\s+((\d{1,2}|one|two|a few)\s*(hours?|hrs?|h)|(1|2|3|one|two|three|a)\s+days?)\b/i,
  /\b100\s*%\s*guaranteed?\b/i,
  /\bguaranteed\s+(results?|success|delivery)\b/i,
  /\b(results?|success)\s+guaranteed\b/i,
  /\bno matter (the|how) (complex|complexity|difficult|difficulty|hard|big|large)\b/i,
  /\b(deliver(ed|y|s)?|done|completed?|finish(ed)?|ready|built)\s+(in|within|under)\s+(1|one|a single|a)\s+day\b/i,
  /\b(deliver(ed|y|s)?|done|completed?|finish(ed)?|ready|built)\s+(in|within|under)\s+(\d{1,2}|one|two|a few)\s*(hours?|hrs?)\b/i,
  /\bunlimited revisions?\b/i,
  /\bbug[- ]free\s+guaranteed?\b|\b(zero|no)\s+bugs\s+guaranteed\b/i,
];

/** Overpromising on timelines or outcomes ("any project in 24 hours", "100% guaranteed"). */
export const overpromising: FlagRule = (input) => {
  for (const text of textsOf(input)) {
    if (text.source === 'marketplace-skills') continue;
    const match = firstMatch(text.text, OVERPROMISES);
    if (!match) continue;
    const phrase = text.text.slice(match.start, match.end);
    return {
      reason: `The profile promises “${phrase}”: ask how they would scope, test and hand over real work on those terms.`,
      evidence: [pageEvidence(input, text, `“${quoteAround(text.text, match.start, match.end)}”`)],
    };
  }
  return null;
};
