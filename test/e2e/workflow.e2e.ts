import { OWN_PAGES } from '../support/github-fixture-routes';
import { describeReviewerWorkflow } from './workflow-cases';

describeReviewerWorkflow(OWN_PAGES);
