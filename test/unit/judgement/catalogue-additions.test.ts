import { describe, expect, it } from 'vitest';
import { detectStack } from '@/lib/analysis/evidence/stack';
import { SKILL_CATALOGUE, skillMarkedByPath, skillUsesPackage } from '@/lib/analysis/evidence/skill-catalogue';
import { repoSnapshot } from './candidates';

// The skills added to the catalogue for the scorecard's skills (background jobs, SQL,
// data warehouse, observability, AWS deployment, evaluation loops, …).
const skillsForPackage = (name: string) => SKILL_CATALOGUE.filter((skill) => skillUsesPackage(skill, name)).map((skill) => skill.id);
const skillsForPath = (path: string) => SKILL_CATALOGUE.filter((skill) => skillMarkedByPath(skill, path)).map((skill) => skill.id);

describe('skills added to SKILL_CATALOGUE', () => {
  it.each([
    ['rq', ['rq']],
    ['dramatiq', ['dramatiq']],
    ['arq', ['arq']],
    ['PyMySQL', ['sql']],
    ['duckdb', ['sql']],
    ['snowflake-connector-python', ['snowflake']],
    ['google-cloud-bigquery', ['bigquery', 'gcp']],
    ['redshift_connector', ['redshift']],
    ['great_expectations', ['data-quality']],
    ['soda-core-snowflake', ['data-quality']],
    ['s3fs', ['cloud-storage']],
    ['litellm', ['litellm']],
    ['langgraph', ['langgraph']],
    ['langgraph-checkpoint', ['langgraph']],
    ['transformers', ['hugging-face']],
    ['trl', ['hugging-face']],
    ['ragas', ['llm-evals']],
    ['deepeval', ['llm-evals']],
    ['langfuse', ['llm-observability']],
    ['aws-cdk-lib', ['aws-deploy']],
    ['aws-cdk.aws-lambda', ['aws-deploy']],
    ['zappa', ['aws-deploy']],
    ['sentry-sdk', ['sentry']],
    ['opentelemetry-instrumentation-fastapi', ['opentelemetry']],
    ['prometheus_client', ['prometheus']],
    ['ddtrace', ['datadog']],
  ])('%s → %j', (name, ids) => {
    expect(skillsForPackage(name)).toEqual(ids);
  });

  it.each(['rqueue', 'sqlparse', 'snowflake-id', 'sentry', 'evals-lite', 'aws-cdk', 'openai-whisper'])('%s evidences nothing', (name) => {
    expect(skillsForPackage(name)).toEqual([]);
  });

  it.each([
    ['db/schema.sql', ['sql']],
    ['migrations/001_init.SQL', ['sql']],
    ['dbt_project.yml', ['dbt']],
    ['analytics/dbt_project.yml', ['dbt']],
    ['promptfooconfig.yaml', ['llm-evals']],
    ['cdk.json', ['aws-deploy']],
    ['serverless.yml', ['aws-deploy']],
    ['samconfig.toml', ['aws-deploy']],
    ['zappa_settings.json', ['aws-deploy']],
    ['.chalice/config.json', ['aws-deploy']],
    ['infra/aws.tf', ['terraform', 'aws-deploy']],
    ['terraform/aws/main.tf', ['terraform', 'aws-deploy']],
    ['infra/main.tf', ['terraform']],
  ])('%s → %j', (path, ids) => {
    expect(skillsForPath(path)).toEqual(ids);
  });

  it.each(['docs/sql.md', 'dbt_project.yml.bak', 'my-cdk.json', 'serverless.py', 'aws/README.md'])('%s marks nothing', (path) => {
    expect(skillsForPath(path)).toEqual([]);
  });

  it('shows up in detectStack like any other skill', () => {
    const snapshot = repoSnapshot('jobs', ['schema.sql', 'cdk.json'], { 'requirements.txt': 'rq==1.16\nsentry-sdk[fastapi]>=2\n' });
    expect(detectStack(snapshot).skills.map((skill) => [skill.id, skill.evidence.map((item) => item.detail)])).toEqual([
      ['rq', ['Depends on rq ==1.16 (requirements.txt).']],
      ['sql', ['schema.sql is in the repository.']],
      ['aws-deploy', ['cdk.json is in the repository.']],
      ['sentry', ['Depends on sentry-sdk >=2 (requirements.txt).']],
    ]);
  });
});
