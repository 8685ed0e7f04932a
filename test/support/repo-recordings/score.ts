import type { CandidateReport, ExaminedRepo } from '../../../lib/analysis/candidate-report';
import type { Fact, ManifestEntry } from '../../corpus/real-repos';

/** The categories accuracy is reported in, in the order of test/corpus/FACTS.md. */
export const CATEGORIES = [
  'tests present',
  'frameworks',
  'CI runs tests',
  'stack',
  'Python 2 markers',
  'end-of-life pins',
  'notebooks dominant',
  'README substantial',
  'tutorial clone',
] as const;
export type Category = (typeof CATEGORIES)[number];

const CATEGORY_OF: Record<Fact['fact'], Category> = {
  'tests-present': 'tests present',
  'test-framework': 'frameworks',
  'ci-runs-tests': 'CI runs tests',
  'stack-has': 'stack',
  'stack-lacks': 'stack',
  'python2-markers': 'Python 2 markers',
  eol: 'end-of-life pins',
  'notebooks-dominant': 'notebooks dominant',
  'readme-substantial': 'README substantial',
  'tutorial-clone': 'tutorial clone',
};

/** What pyvet's report says about one repository, in the manifest's terms. */
export interface Observed {
  testsPresent: boolean;
  frameworks: string[];
  ciRunsTests: string;
  stack: string[];
  python2: boolean;
  endOfLife: string[];
  notebooksDominant: boolean;
  readmeSubstantial: boolean;
  tutorialClone: boolean;
}

/** Skills FACTS.md leaves out of the stack: testing tooling and notebooks are judged apart. */
const NOT_STACK = new Set(['pytest', 'jupyter']);

export function observe(repo: ExaminedRepo, report: CandidateReport): Observed {
  return {
    testsPresent: repo.tests.present,
    frameworks: repo.tests.frameworks,
    ciRunsTests: repo.tests.ciRunsTests,
    stack: repo.stack.skills.map((skill) => skill.id).filter((id) => !NOT_STACK.has(id)),
    python2: repo.stack.python2.length > 0,
    endOfLife: [...new Set(repo.stack.endOfLife.map((entry) => entry.product))],
    notebooksDominant: repo.notebooks.dominant,
    readmeSubstantial: repo.docs.depth === 'thorough',
    tutorialClone: report.originality.verdicts.some((verdict) => verdict.repo === repo.repo && verdict.kind === 'tutorial-clone'),
  };
}

export interface Scored {
  repo: string;
  category: Category;
  /** The fact as the manifest words it, or "extra: …" for something pyvet shows that the truth lacks. */
  fact: string;
  expected: string;
  got: string;
  right: boolean;
  reason: string;
}

/** Every fact of the entry, right or wrong; plus, as wrong facts, what pyvet shows beyond a complete list. */
export function scoreEntry(entry: ManifestEntry, observed: Observed | null): Scored[] {
  const scored: Scored[] = [];
  const add = (category: Category, fact: string, expected: string, got: string, right: boolean, reason: string) =>
    scored.push({ repo: entry.repo, category, fact, expected, got, right, reason });
  const missing = 'not examined';

  for (const fact of entry.facts) {
    const category = CATEGORY_OF[fact.fact];
    const label = `${fact.fact}${typeof fact.value === 'string' && fact.fact !== 'ci-runs-tests' ? ` ${fact.value}` : ''}`;
    if (!observed) {
      add(category, label, String(fact.value), missing, false, fact.reason);
      continue;
    }
    switch (fact.fact) {
      case 'tests-present':
        add(category, label, String(fact.value), String(observed.testsPresent), observed.testsPresent === fact.value, fact.reason);
        break;
      case 'test-framework':
        add(category, label, 'listed', observed.frameworks.join(', ') || 'none', observed.frameworks.includes(fact.value), fact.reason);
        break;
      case 'ci-runs-tests':
        add(category, label, fact.value, observed.ciRunsTests, observed.ciRunsTests === fact.value, fact.reason);
        break;
      case 'stack-has':
        add(category, label, 'shown', observed.stack.includes(fact.value) ? 'shown' : 'not shown', observed.stack.includes(fact.value), fact.reason);
        break;
      case 'stack-lacks':
        add(category, label, 'not shown', observed.stack.includes(fact.value) ? 'shown' : 'not shown', !observed.stack.includes(fact.value), fact.reason);
        break;
      case 'python2-markers':
        add(category, label, String(fact.value), String(observed.python2), observed.python2 === fact.value, fact.reason);
        break;
      case 'eol':
        if (fact.value === 'none') add(category, label, 'none', observed.endOfLife.join(', ') || 'none', observed.endOfLife.length === 0, fact.reason);
        else add(category, label, 'shown', observed.endOfLife.join(', ') || 'none', observed.endOfLife.includes(fact.value), fact.reason);
        break;
      case 'notebooks-dominant':
        add(category, label, String(fact.value), String(observed.notebooksDominant), observed.notebooksDominant === fact.value, fact.reason);
        break;
      case 'readme-substantial':
        add(category, label, String(fact.value), String(observed.readmeSubstantial), observed.readmeSubstantial === fact.value, fact.reason);
        break;
      case 'tutorial-clone':
        add(category, label, String(fact.value), String(observed.tutorialClone), observed.tutorialClone === fact.value, fact.reason);
        break;
    }
  }
  if (!observed) return scored;

  // Lists the writer made complete: anything more pyvet shows is a wrong fact too.
  const values = (kind: Fact['fact']) => entry.facts.filter((fact) => fact.fact === kind).map((fact) => String(fact.value));
  const extras = (category: Category, kind: string, shown: readonly string[], known: readonly string[]) => {
    for (const value of shown.filter((item) => !known.includes(item))) add(category, `extra: ${kind} ${value}`, 'not shown', 'shown', false, '');
  };
  if (entry.facts.some((fact) => fact.fact === 'tests-present')) extras('frameworks', 'test-framework', observed.frameworks, values('test-framework'));
  extras('stack', 'stack', observed.stack, [...values('stack-has'), ...values('stack-lacks')]);
  if (values('eol').length > 0 && !values('eol').includes('none')) extras('end-of-life pins', 'eol', observed.endOfLife, values('eol'));
  return scored;
}
