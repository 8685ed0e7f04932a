import { TemplateIdSchema, type RoleScorecard, type TemplateId } from './scorecard';

type Buckets = Pick<RoleScorecard, 'name' | 'mustHave' | 'niceToHave' | 'notRequired'>;

/** DOMAIN.md's three role templates, word for word. */
const TEMPLATES: Record<TemplateId, Buckets> = {
  backend: {
    name: 'Product backend',
    mustHave: ['FastAPI', 'PostgreSQL', 'pytest', 'API design', 'Docker', 'Git workflow'],
    niceToHave: ['Redis', 'background jobs', 'AWS deployment', 'observability tools'],
    notRequired: ['frontend React experience', 'deep ML training experience'],
  },
  data: {
    name: 'Data pipeline',
    mustHave: [
      'SQL',
      'ETL design',
      'idempotent jobs',
      'scheduling (Airflow, Prefect or Dagster)',
      'pandas or polars',
      'data warehouse',
      'monitoring',
    ],
    niceToHave: ['Spark', 'dbt', 'cloud storage', 'Docker'],
    notRequired: ['frontend', 'deep ML training'],
  },
  ai: {
    name: 'AI application',
    mustHave: [
      'LLM API integration',
      'retrieval (RAG, vector stores)',
      'prompt handling and injection defence',
      'evaluation loops',
      'pydantic validation',
      'FastAPI',
    ],
    niceToHave: ['agent frameworks (LangChain, LlamaIndex, CrewAI)', 'fine-tuning familiarity', 'RLHF awareness', 'observability'],
    notRequired: ['training models from scratch', 'frontend'],
  },
};

/** The id a built-in template's scorecard is saved under. */
export function templateScorecardId(templateId: TemplateId): string {
  return `template-${templateId}`;
}

/** The template a scorecard id was saved under, or null for a role the team wrote. */
export function templateOfScorecardId(scorecardId: string): TemplateId | null {
  return TemplateIdSchema.options.find((templateId) => templateScorecardId(templateId) === scorecardId) ?? null;
}

/** Whether a scorecard is one of the built-in roles (which can be reset but never deleted). */
export function isBuiltInRole(scorecard: Pick<RoleScorecard, 'id' | 'templateId'>): scorecard is Pick<RoleScorecard, 'id'> & { templateId: TemplateId } {
  return scorecard.templateId !== null && scorecard.id === templateScorecardId(scorecard.templateId);
}

/** A fresh scorecard of a built-in template. */
export function scorecardFromTemplate(templateId: TemplateId, now: number): RoleScorecard {
  return { id: templateScorecardId(templateId), templateId, ...copyOf(TEMPLATES[templateId]), updatedAt: now };
}

/** Fresh arrays, so editing a scorecard never edits the template. */
function copyOf(buckets: Buckets): Buckets {
  return { ...buckets, mustHave: [...buckets.mustHave], niceToHave: [...buckets.niceToHave], notRequired: [...buckets.notRequired] };
}
