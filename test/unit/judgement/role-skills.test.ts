import { describe, expect, it } from 'vitest';
import { SKILL_CATALOGUE } from '@/lib/analysis/evidence/skill-catalogue';
import {
  coreRoleTypes,
  isInterviewSkill,
  normalizeSkillName,
  resolveRoleSkill,
  ROLE_SKILLS,
  RoleSkillSchema,
} from '@/lib/judgement/role-skills';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { TemplateIdSchema } from '@/lib/judgement/scorecard';
import { NOW } from './candidates';

const idsOf = (name: string) => resolveRoleSkill(name).entries.map((entry) => entry.id);

describe('ROLE_SKILLS', () => {
  it('is well formed: valid entries, unique ids, every alias naming one skill, catalogue ids that exist', () => {
    for (const skill of ROLE_SKILLS) expect(RoleSkillSchema.safeParse(skill).success, skill.id).toBe(true);
    const ids = ROLE_SKILLS.map((skill) => skill.id);
    expect(new Set(ids).size).toBe(ids.length);
    const aliases = ROLE_SKILLS.flatMap((skill) => skill.aliases.map(normalizeSkillName));
    expect(aliases.filter((alias, index) => aliases.indexOf(alias) !== index)).toEqual([]);
    const catalogue = new Set(SKILL_CATALOGUE.map((skill) => skill.id));
    for (const skill of ROLE_SKILLS) {
      for (const id of skill.catalogueIds) expect(catalogue.has(id), `${skill.id} → ${id}`).toBe(true);
    }
  });

  it('knows every skill of the three built-in templates', () => {
    for (const templateId of TemplateIdSchema.options) {
      const { mustHave, niceToHave, notRequired } = scorecardFromTemplate(templateId, NOW);
      for (const skill of [...mustHave, ...niceToHave, ...notRequired]) expect(idsOf(skill), skill).toHaveLength(1);
    }
  });
});

describe('resolveRoleSkill', () => {
  it.each([
    // Spelling, case, spacing and punctuation variants and synonyms
    ['PostgreSQL', ['postgresql']],
    ['Postgres', ['postgresql']],
    ['postgres', ['postgresql']],
    ['psycopg', ['postgresql']],
    ['PG', ['postgresql']],
    ['scikit-learn', ['scikit-learn']],
    ['Scikit Learn', ['scikit-learn']],
    ['sklearn', ['scikit-learn']],
    ['k8s', ['kubernetes']],
    ['Kubernetes', ['kubernetes']],
    ['Fast API', ['fastapi']],
    ['pandas or polars', ['dataframes']],
    ['Pandas/Polars', ['dataframes']],
    ['scheduling (Airflow, Prefect or Dagster)', ['scheduling']],
    ['retrieval (RAG, vector stores)', ['retrieval']],
    ['RAG', ['retrieval']],
    ['LLM API integration', ['llm-api']],
    ['pydantic validation', ['pydantic']],
    ['background jobs', ['background-jobs']],
    ['observability tools', ['observability']],
    ['AWS deployment', ['aws-deployment']],
    ['Docker', ['docker']],
    ['docker-compose', ['docker']],
    ['data warehouse', ['data-warehouse']],
    ['SQL', ['sql']],
    ['evaluation loops', ['evaluation-loops']],
    ['agent frameworks (LangChain, LlamaIndex, CrewAI)', ['agent-frameworks']],
    ['CI/CD', ['ci']],
    // Qualifiers around a skill do not change it
    ['Docker experience', ['docker']],
    ['solid SQL knowledge', ['sql']],
    ['5+ years Python', ['python']],
    // Lists: any of the parts
    ['Django or Flask', ['django', 'flask']],
    ['Redis/Celery', ['redis', 'celery']],
    ['FastAPI, Kubernetes and Terraform', ['fastapi', 'kubernetes', 'terraform']],
    ['Airflow or something in-house', ['airflow']],
  ])('%s → %j', (name, ids) => {
    expect(idsOf(name)).toEqual(ids);
  });

  it.each(['Klaviyo', 'Shopify flows', 'COBOL', '', '???', '  ', 'x'.repeat(120), '(((', 'or or or'])(
    'resolves free text it does not know to nothing, without throwing: %j',
    (name) => {
      expect(resolveRoleSkill(name)).toEqual({ name, entries: [] });
    },
  );
});

describe('isInterviewSkill', () => {
  it.each([
    'API design',
    'Git workflow',
    'communication',
    'ETL design',
    'idempotent jobs',
    'prompt handling and injection defence',
    'fine-tuning familiarity',
    'RLHF awareness',
    'frontend React experience',
    'deep ML training experience',
    'training models from scratch',
  ])('%s can only be settled in an interview', (name) => {
    expect(isInterviewSkill(resolveRoleSkill(name))).toBe(true);
  });

  it.each(['FastAPI', 'pytest', 'Docker', 'Klaviyo', 'API design or FastAPI'])('%s is not an interview-only skill', (name) => {
    expect(isInterviewSkill(resolveRoleSkill(name))).toBe(false);
  });
});

describe('coreRoleTypes', () => {
  it.each([
    ['Django', ['web']],
    ['FastAPI', ['web']],
    ['Flask', ['web']],
    ['Airflow', ['data']],
    ['Spark', ['data']],
    ['TensorFlow', ['ML']],
    ['LangChain', ['AI']],
    ['Kubernetes', ['infra']],
    ['DevOps', ['infra']],
    ['mobile', ['mobile']],
    ['PostgreSQL', []],
    ['Docker', []],
    ['Klaviyo', []],
  ])('%s is a core framework of %j', (name, types) => {
    expect(coreRoleTypes(resolveRoleSkill(name))).toEqual(types);
  });
});
