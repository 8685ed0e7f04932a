import { describe, expect, it } from 'vitest';
import { RoleScorecardSchema, TemplateIdSchema } from '@/lib/judgement/scorecard';
import { resetToTemplate, scorecardFromTemplate } from '@/lib/judgement/templates';
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

describe('resetToTemplate', () => {
  it('brings the three buckets back, keeps id and name, and stamps the time', () => {
    const edited = {
      ...scorecardFromTemplate('data', NOW),
      id: 'saved-1',
      name: 'Data team, 2027',
      mustHave: ['SQL'],
      niceToHave: [],
      notRequired: ['everything else'],
    };
    expect(resetToTemplate(edited, NOW + 1000)).toEqual({
      id: 'saved-1',
      name: 'Data team, 2027',
      templateId: 'data',
      ...{ mustHave: DOMAIN_TABLE.data.mustHave, niceToHave: DOMAIN_TABLE.data.niceToHave, notRequired: DOMAIN_TABLE.data.notRequired },
      updatedAt: NOW + 1000,
    });
  });

  it('refuses a scorecard made from scratch: it has no template to go back to', () => {
    const scratch = { ...scorecardFromTemplate('ai', NOW), templateId: null, name: 'Mine' };
    expect(() => resetToTemplate(scratch, NOW)).toThrow('Scorecard "Mine" was not made from a template.');
  });
});
