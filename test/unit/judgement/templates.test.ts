import { describe, expect, it } from 'vitest';
import { RoleScorecardSchema, TemplateIdSchema } from '@/lib/judgement/scorecard';
import { isBuiltInRole, scorecardFromTemplate } from '@/lib/judgement/templates';
import { NOW } from './candidates';

// Copied by hand from the hiring playbook pyvet follows (its table "Role types and the built-in scorecard templates").
const DOMAIN_TABLE = {
  backend: {
    name: 'Product backend',
    mustHave: ['FastAPI', 'PostgreSQL', 'pytest', 'API design', 'Docker', 'Git workflow'],
    niceToHave: ['Redis', 'background jobs', 'AWS deployment', 'observability tools'],
    notRequired: ['frontend React experience', 'deep ML training experience'],
  },
  data: {
    name: 'Data pipeline',
    mustHave: ['SQL', 'ETL design', 'idempotent jobs', 'scheduling (Airflow, Prefect or Dagster)', 'pandas or polars', 'data warehouse', 'monitoring'],
    niceToHave: ['Spark', 'dbt', 'cloud storage', 'Docker'],
    notRequired: ['frontend', 'deep ML training'],
  },
  ai: {
    name: 'AI application',
    mustHave: ['LLM API integration', 'retrieval (RAG, vector stores)', 'prompt handling and injection defence', 'evaluation loops', 'pydantic validation', 'FastAPI'],
    niceToHave: ['agent frameworks (LangChain, LlamaIndex, CrewAI)', 'fine-tuning familiarity', 'RLHF awareness', 'observability'],
    notRequired: ['training models from scratch', 'frontend'],
  },
};

describe('scorecardFromTemplate', () => {
  it.each(TemplateIdSchema.options)('makes the %s template word for word from DOMAIN.md', (templateId) => {
    const scorecard = scorecardFromTemplate(templateId, NOW);
    expect(scorecard).toEqual({ id: `template-${templateId}`, templateId, ...DOMAIN_TABLE[templateId], updatedAt: NOW });
    expect(RoleScorecardSchema.parse(scorecard)).toEqual(scorecard);
  });

  it('hands out fresh lists: editing one scorecard never edits the template', () => {
    const first = scorecardFromTemplate('backend', NOW);
    first.mustHave.push('Kubernetes');
    first.notRequired.length = 0;
    expect(scorecardFromTemplate('backend', NOW)).toMatchObject({
      mustHave: DOMAIN_TABLE.backend.mustHave,
      notRequired: DOMAIN_TABLE.backend.notRequired,
    });
  });
});

describe('isBuiltInRole', () => {
  it('is true for a template saved under its own id, and for nothing else', () => {
    expect(isBuiltInRole(scorecardFromTemplate('data', NOW))).toBe(true);
    // A duplicate of a template keeps its templateId but has an id of its own: it is the user's.
    expect(isBuiltInRole({ ...scorecardFromTemplate('data', NOW), id: 'saved-1' })).toBe(false);
    expect(isBuiltInRole({ ...scorecardFromTemplate('ai', NOW), templateId: null })).toBe(false);
  });
});
