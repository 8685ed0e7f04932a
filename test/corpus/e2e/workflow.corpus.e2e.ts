import { corpusPages } from '../../support/corpus';
import { describeReviewerWorkflow } from '../../e2e/workflow-cases';

// The reviewer's workflow with the real saved Upwork profile of Sergii C. in place of the project's own page.
describeReviewerWorkflow(corpusPages());
