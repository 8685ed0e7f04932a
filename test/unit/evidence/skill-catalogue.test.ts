import { describe, expect, it } from 'vitest';
import { normalizePackageName } from '@/lib/analysis/evidence/dependency-files';
import { SKILL_CATALOGUE, SkillSchema, skillMarkedByPath, skillRunsImage, skillUsesPackage } from '@/lib/analysis/evidence/skill-catalogue';

const skillsForPackage = (name: string) =>
  SKILL_CATALOGUE.filter((skill) => skillUsesPackage(skill, name)).map((skill) => skill.id);
const skillsForPath = (path: string) =>
  SKILL_CATALOGUE.filter((skill) => skillMarkedByPath(skill, path)).map((skill) => skill.id);

describe('SKILL_CATALOGUE', () => {
  it('is well formed: valid entries, unique ids, normalized package names', () => {
    for (const skill of SKILL_CATALOGUE) expect(SkillSchema.safeParse(skill).success, skill.id).toBe(true);
    const ids = SKILL_CATALOGUE.map((skill) => skill.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const skill of SKILL_CATALOGUE) {
      for (const name of [...skill.packages, ...(skill.packagePrefixes ?? [])]) {
        expect(normalizePackageName(name), `${skill.id}: ${name}`).toBe(name);
      }
    }
  });

  it('maps the packages named in the brief to their skills, in any spelling', () => {
    const expected: [string, string[]][] = [
      ['FastAPI', ['fastapi']],
      ['llama-index-vector-stores-weaviate', ['llamaindex', 'vector-stores']],
      ['langchain-chroma', ['langchain', 'vector-stores']],
      ['Django', ['django']],
      ['django-environ', ['django']],
      ['Flask', ['flask']],
      ['Flask-SQLAlchemy', ['flask', 'sqlalchemy']],
      ['SQLAlchemy', ['sqlalchemy']],
      ['psycopg', ['postgresql']],
      ['psycopg2', ['postgresql']],
      ['Psycopg2_Binary', ['postgresql']],
      ['asyncpg', ['postgresql']],
      ['celery', ['celery']],
      ['aioredis', ['redis']],
      ['apache-airflow', ['airflow']],
      ['apache-airflow-providers-postgres', ['airflow']],
      ['prefect', ['prefect']],
      ['dagster-dbt', ['dagster']],
      ['pandas', ['pandas']],
      ['polars', ['polars']],
      ['pyspark', ['pyspark']],
      ['dbt-core', ['dbt']],
      // A dbt adapter names the warehouse the models run on.
      ['dbt-snowflake', ['dbt', 'snowflake']],
      ['dbt-bigquery', ['dbt', 'bigquery']],
      ['dbt-postgres', ['postgresql', 'dbt']],
      ['langchain', ['langchain']],
      ['langchain-openai', ['langchain']],
      ['langchainhub', ['langchain']],
      ['llama-index', ['llamaindex']],
      ['llama_index.core', ['llamaindex']],
      ['crewai', ['crewai']],
      ['openai', ['openai-sdk']],
      ['anthropic', ['anthropic-sdk']],
      ['pinecone-client', ['vector-stores']],
      ['qdrant-client', ['vector-stores']],
      ['faiss-gpu', ['vector-stores']],
      ['pgvector', ['vector-stores']],
      ['pydantic', ['pydantic']],
      ['pytest', ['pytest']],
      ['pytest-django', ['pytest']],
      ['numpy', ['numpy']],
      ['sklearn', ['scikit-learn']],
      ['scikit-learn', ['scikit-learn']],
      ['torch', ['pytorch']],
      ['pytorch', ['pytorch']],
      ['tensorflow', ['tensorflow']],
      ['jupyterlab', ['jupyter']],
      ['aiohttp', ['aiohttp']],
      ['httpx', ['httpx']],
      ['requests', ['requests']],
      ['kubernetes', ['kubernetes']],
      ['boto3', ['aws']],
      ['google-cloud-storage', ['gcp']],
    ];
    for (const [name, skills] of expected) expect(skillsForPackage(name), name).toEqual(skills);
  });

  it('maps well-known images to the skills they run, by owner/name or by the last part of the name', () => {
    const skillsForImage = (image: string) => SKILL_CATALOGUE.filter((skill) => skillRunsImage(skill, image)).map((skill) => skill.id);
    const expected: [string, string[]][] = [
      ['postgres', ['postgresql']],
      ['postgis/postgis', ['postgresql']],
      ['bitnami/postgresql', ['postgresql']],
      ['pgvector/pgvector', ['postgresql', 'vector-stores']],
      ['redis', ['redis']],
      ['mariadb', ['sql']],
      ['apache/airflow', ['airflow']],
      ['prefecthq/prefect', ['prefect']],
      ['qdrant/qdrant', ['vector-stores']],
      ['python', []],
      ['jo/airflow', []],
      ['dpage/pgadmin4', []],
    ];
    for (const [image, skills] of expected) expect(skillsForImage(image), image).toEqual(skills);
  });

  it('does not match look-alike packages', () => {
    for (const name of ['djangoish', 'flasky', 'openai-whisper', 'dbt', 'requests-oauthlib', 'torchy', 'google-auth', 'redis-om-lite']) {
      expect(skillsForPackage(name), name).toEqual([]);
    }
  });

  it('recognizes Docker, Kubernetes, Terraform, Jupyter and pytest files in the tree', () => {
    const expected: [string, string[]][] = [
      ['Dockerfile', ['docker']],
      ['docker/Dockerfile.dev', ['docker']],
      ['jobs/etl/Containerfile', ['docker']],
      ['services/api.Dockerfile', ['docker']],
      ['docker-compose.yml', ['docker']],
      ['docker-compose.prod.yaml', ['docker']],
      ['compose.yaml', ['docker']],
      ['charts/api/Chart.yaml', ['kubernetes']],
      ['deploy/overlays/prod/kustomization.yaml', ['kubernetes']],
      ['k8s', ['kubernetes']],
      ['deploy/kubernetes/service.yaml', ['kubernetes']],
      ['helm/values.yaml', ['kubernetes']],
      ['infra/main.tf', ['terraform']],
      ['notebooks/eda.ipynb', ['jupyter']],
      ['tests/conftest.py', ['pytest']],
      ['pytest.ini', ['pytest']],
    ];
    for (const [path, skills] of expected) expect(skillsForPath(path), path).toEqual(skills);
  });

  it('does not take look-alike paths for markers', () => {
    for (const path of ['docs/dockerfile-guide.md', 'src/k8s_utils.py', 'terraform.tfvars', 'main.tf.json', 'docs/pytest.ini', 'notebook.py']) {
      expect(skillsForPath(path), path).toEqual([]);
    }
  });
});
