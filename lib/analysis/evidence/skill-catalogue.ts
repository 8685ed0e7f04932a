import { z } from 'zod';
import { normalizePackageName } from './dependency-files';
import { DOCKERFILE_PATH } from './file-plan';
import { imageIs } from './images';

/**
 * The skills pyvet recognizes in a repository, and what evidences each: a
 * dependency on one of its packages, or a file or folder in the tree.
 * A role scorecard picks skills from here by id, and may add its own.
 */
export const SkillSchema = z.object({
  /** Stable, for scorecards to refer to. */
  id: z.string(),
  /** As a hiring manager would write it. */
  name: z.string(),
  /** Package names, PEP 503 normalized (see normalizePackageName). */
  packages: z.array(z.string()),
  /** Families of packages: "dagster-" matches dagster-aws, dagster-dbt, … */
  packagePrefixes: z.array(z.string()).optional(),
  /**
   * Container images that run it (a compose service's `image:`, a Dockerfile's
   * `FROM`): "owner/name" matches that image, a bare name the image's last part
   * (postgres, bitnami/postgresql). See images.ts.
   */
  images: z.array(z.string()).optional(),
  /** Paths in the file tree that evidence the skill without any package (a Dockerfile, *.tf files). */
  treeMarkers: z.array(z.instanceof(RegExp)).optional(),
  /** A tool for developing (testing), never what a project runs on: always listed as tooling. */
  developmentOnly: z.boolean().optional(),
});
export type Skill = z.infer<typeof SkillSchema>;

export const SKILL_CATALOGUE: readonly Skill[] = [
  // Web frameworks and the services behind them
  { id: 'fastapi', name: 'FastAPI', packages: ['fastapi'] },
  { id: 'django', name: 'Django', packages: ['django', 'djangorestframework'], packagePrefixes: ['django-'] },
  { id: 'flask', name: 'Flask', packages: ['flask'], packagePrefixes: ['flask-'] },
  { id: 'sqlalchemy', name: 'SQLAlchemy', packages: ['sqlalchemy', 'alembic', 'sqlmodel', 'flask-sqlalchemy'] },
  {
    id: 'postgresql',
    name: 'PostgreSQL',
    packages: ['psycopg', 'psycopg-binary', 'psycopg2', 'psycopg2-binary', 'asyncpg', 'dbt-postgres'],
    images: ['postgres', 'postgresql', 'postgis', 'timescaledb', 'pgvector'],
  },
  { id: 'celery', name: 'Celery', packages: ['celery'] },
  // celery[redis] installs Celery with Redis as its broker.
  { id: 'redis', name: 'Redis', packages: ['redis', 'aioredis', 'django-redis', 'celery[redis]'], images: ['redis', 'redis-stack', 'valkey'] },
  { id: 'aiohttp', name: 'aiohttp', packages: ['aiohttp'] },
  { id: 'httpx', name: 'HTTPX', packages: ['httpx'] },
  { id: 'requests', name: 'Requests', packages: ['requests'] },
  // fastapi[all] adds pydantic-settings to the Pydantic FastAPI itself runs on.
  { id: 'pydantic', name: 'Pydantic', packages: ['pydantic', 'pydantic-settings', 'fastapi[all]'] },
  // Task queues besides Celery: what a "background jobs" skill is shown by.
  { id: 'rq', name: 'RQ', packages: ['rq'] },
  { id: 'dramatiq', name: 'Dramatiq', packages: ['dramatiq'] },
  { id: 'arq', name: 'arq', packages: ['arq'] },
  // Database drivers for SQL besides PostgreSQL's, and SQL files kept in the repository.
  {
    id: 'sql',
    name: 'SQL',
    packages: ['pymysql', 'mysqlclient', 'mysql-connector-python', 'aiomysql', 'aiosqlite', 'pyodbc', 'duckdb'],
    images: ['mysql', 'mariadb', 'mysql-server', 'mssql/server'],
    treeMarkers: [/\.sql$/i],
  },

  // Data engineering
  { id: 'airflow', name: 'Airflow', packages: ['apache-airflow'], packagePrefixes: ['apache-airflow-'], images: ['apache/airflow', 'bitnami/airflow'] },
  { id: 'prefect', name: 'Prefect', packages: ['prefect'], packagePrefixes: ['prefect-'], images: ['prefecthq/prefect'] },
  { id: 'dagster', name: 'Dagster', packages: ['dagster'], packagePrefixes: ['dagster-'] },
  { id: 'pandas', name: 'pandas', packages: ['pandas'] },
  { id: 'polars', name: 'Polars', packages: ['polars'] },
  { id: 'pyspark', name: 'PySpark', packages: ['pyspark'] },
  // dbt-core and its adapters: dbt-postgres, dbt-snowflake, …
  // A dbt project needs no Python dependency of its own: dbt_project.yml marks it.
  { id: 'dbt', name: 'dbt', packages: [], packagePrefixes: ['dbt-'], treeMarkers: [/(^|\/)dbt_project\.yml$/] },
  // Warehouse clients, and the dbt adapters that run models on them (dbt-postgres on PostgreSQL, above);
  // google-cloud-bigquery also counts as Google Cloud.
  { id: 'snowflake', name: 'Snowflake', packages: ['snowflake-connector-python', 'snowflake-sqlalchemy', 'snowflake-snowpark-python', 'dbt-snowflake'] },
  { id: 'bigquery', name: 'BigQuery', packages: ['google-cloud-bigquery', 'google-cloud-bigquery-storage', 'pandas-gbq', 'dbt-bigquery'] },
  { id: 'redshift', name: 'Redshift', packages: ['redshift-connector', 'sqlalchemy-redshift', 'dbt-redshift'] },
  { id: 'data-quality', name: 'Data quality checks', packages: ['great-expectations', 'soda-core', 'pandera'], packagePrefixes: ['soda-core-'] },
  // Filesystem-style clients for buckets (boto3 and google-cloud-storage count as AWS and Google Cloud).
  { id: 'cloud-storage', name: 'Cloud object storage', packages: ['s3fs', 'gcsfs', 'adlfs', 'azure-storage-blob', 'minio', 'smart-open'] },
  // Jupyter notebooks in the tree count too: that is how notebook work is shared.
  {
    id: 'jupyter',
    name: 'Jupyter',
    packages: ['jupyter', 'jupyterlab', 'notebook', 'ipykernel'],
    treeMarkers: [/\.ipynb$/],
  },

  // Machine learning and AI
  { id: 'numpy', name: 'NumPy', packages: ['numpy'] },
  { id: 'scikit-learn', name: 'scikit-learn', packages: ['scikit-learn', 'sklearn'] },
  // conda calls the package "pytorch".
  { id: 'pytorch', name: 'PyTorch', packages: ['torch', 'pytorch', 'torchvision', 'torchaudio'] },
  {
    id: 'tensorflow',
    name: 'TensorFlow',
    packages: ['tensorflow'],
    packagePrefixes: ['tensorflow-'],
  },
  // langchain, langchain-core, langchain-openai, langchainhub, …
  { id: 'langchain', name: 'LangChain', packages: [], packagePrefixes: ['langchain'] },
  { id: 'llamaindex', name: 'LlamaIndex', packages: [], packagePrefixes: ['llama-index'] },
  { id: 'crewai', name: 'CrewAI', packages: ['crewai'], packagePrefixes: ['crewai-'] },
  { id: 'openai-sdk', name: 'OpenAI SDK', packages: ['openai'] },
  { id: 'anthropic-sdk', name: 'Anthropic SDK', packages: ['anthropic'] },
  { id: 'litellm', name: 'LiteLLM', packages: ['litellm'] },
  { id: 'langgraph', name: 'LangGraph', packages: ['langgraph'], packagePrefixes: ['langgraph-'] },
  {
    id: 'hugging-face',
    name: 'Hugging Face',
    packages: ['transformers', 'datasets', 'peft', 'trl', 'accelerate', 'huggingface-hub', 'sentence-transformers'],
  },
  // openai/evals installs as "evals"; promptfoo is a Node tool, seen by its configuration file.
  {
    id: 'llm-evals',
    name: 'LLM evaluation',
    packages: ['ragas', 'deepeval', 'evals', 'trulens', 'trulens-eval', 'inspect-ai'],
    treeMarkers: [/(^|\/)promptfooconfig\.ya?ml$/],
  },
  { id: 'llm-observability', name: 'LLM observability', packages: ['langfuse', 'langsmith', 'arize-phoenix', 'traceloop-sdk'] },
  {
    id: 'vector-stores',
    name: 'Vector databases',
    packages: [
      'pinecone',
      'pinecone-client',
      'chromadb',
      'qdrant-client',
      'weaviate-client',
      'pgvector',
      'faiss-cpu',
      'faiss-gpu',
      'lancedb',
      'milvus',
      'pymilvus',
    ],
    // The frameworks' integration packages name the store: llama-index-vector-stores-weaviate, langchain-chroma …
    packagePrefixes: ['llama-index-vector-stores-', 'langchain-chroma', 'langchain-pinecone', 'langchain-qdrant', 'langchain-weaviate', 'langchain-milvus'],
    images: ['qdrant/qdrant', 'chromadb/chroma', 'semitechnologies/weaviate', 'milvusdb/milvus', 'pgvector/pgvector'],
  },

  // Testing
  {
    id: 'pytest',
    name: 'pytest',
    packages: ['pytest'],
    packagePrefixes: ['pytest-'],
    treeMarkers: [/(^|\/)conftest\.py$/, /^pytest\.ini$/],
    developmentOnly: true,
  },

  // Infrastructure
  {
    id: 'docker',
    name: 'Docker',
    packages: [],
    // Dockerfile, Dockerfile.dev, api.Dockerfile, Podman's Containerfile, docker-compose.yml, compose.prod.yaml
    treeMarkers: [DOCKERFILE_PATH, /(^|\/)(docker-)?compose(\.[^/]+)?\.ya?ml$/],
  },
  {
    id: 'kubernetes',
    name: 'Kubernetes',
    packages: ['kubernetes'],
    // A Helm chart, a Kustomize overlay, or a folder of manifests.
    treeMarkers: [/(^|\/)Chart\.yaml$/, /(^|\/)kustomization\.ya?ml$/, /(^|\/)(k8s|kubernetes|helm)(\/|$)/i],
  },
  // django-storages on S3 installs boto3.
  { id: 'aws', name: 'AWS', packages: ['boto3', 'botocore', 'aioboto3', 'django-storages[boto3]', 'django-storages[s3]'] },
  { id: 'gcp', name: 'Google Cloud', packages: [], packagePrefixes: ['google-cloud-'] },
  { id: 'terraform', name: 'Terraform', packages: [], treeMarkers: [/\.tf$/] },
  /**
   * Deploying to AWS: the CDK (aws-cdk-lib, aws-cdk.*), Zappa, Chalice, and
   * the configuration files of the CDK, the Serverless Framework, SAM, Zappa
   * and Chalice; Terraform counts only where a path names AWS.
   */
  {
    id: 'aws-deploy',
    name: 'AWS deployment',
    packages: ['zappa', 'chalice'],
    packagePrefixes: ['aws-cdk-'],
    treeMarkers: [
      /(^|\/)cdk\.json$/,
      /(^|\/)serverless\.ya?ml$/,
      /(^|\/)samconfig\.toml$/,
      /(^|\/)zappa_settings\.(json|ya?ml|toml)$/,
      /(^|\/)\.chalice\/config\.json$/,
      // Elastic Beanstalk's configuration.
      /(^|\/)\.(ebextensions|elasticbeanstalk)\//,
      /(^|\/)[^/]*aws[^/]*\.tf$/i,
      /(^|\/)aws\/(.+\/)?[^/]+\.tf$/i,
    ],
  },

  // Observability
  { id: 'sentry', name: 'Sentry', packages: ['sentry-sdk', 'raven'] },
  { id: 'opentelemetry', name: 'OpenTelemetry', packages: [], packagePrefixes: ['opentelemetry-'] },
  { id: 'prometheus', name: 'Prometheus', packages: ['prometheus-client', 'prometheus-fastapi-instrumentator'] },
  { id: 'datadog', name: 'Datadog', packages: ['ddtrace', 'datadog'] },
];

/**
 * Whether a dependency (any spelling) evidences the skill. An extra counts
 * as its own package when the catalogue names it so: `django-storages[s3]`
 * installs boto3, which is AWS.
 */
export function skillUsesPackage(skill: Skill, packageName: string, extras: readonly string[] = []): boolean {
  const name = normalizePackageName(packageName);
  if (extras.some((extra) => skill.packages.includes(`${name}[${normalizePackageName(extra)}]`))) return true;
  return skill.packages.includes(name) || (skill.packagePrefixes ?? []).some((prefix) => name.startsWith(prefix));
}

/** Whether a container image (images.ts's name, "postgres", "apache/airflow") evidences the skill. */
export function skillRunsImage(skill: Skill, image: string): boolean {
  return imageIs(image, skill.images ?? []);
}

/** Whether a path of the file tree evidences the skill. */
export function skillMarkedByPath(skill: Skill, path: string): boolean {
  return (skill.treeMarkers ?? []).some((marker) => marker.test(path));
}
