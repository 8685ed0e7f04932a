import { z } from 'zod';
import { normalizePackageName } from './dependency-files';

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
  /** Paths in the file tree that evidence the skill without any package (a Dockerfile, *.tf files). */
  treeMarkers: z.array(z.instanceof(RegExp)).optional(),
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
    packages: ['psycopg', 'psycopg-binary', 'psycopg2', 'psycopg2-binary', 'asyncpg'],
  },
  { id: 'celery', name: 'Celery', packages: ['celery'] },
  { id: 'redis', name: 'Redis', packages: ['redis', 'aioredis'] },
  { id: 'aiohttp', name: 'aiohttp', packages: ['aiohttp'] },
  { id: 'httpx', name: 'HTTPX', packages: ['httpx'] },
  { id: 'requests', name: 'Requests', packages: ['requests'] },
  { id: 'pydantic', name: 'Pydantic', packages: ['pydantic', 'pydantic-settings'] },

  // Data engineering
  { id: 'airflow', name: 'Airflow', packages: ['apache-airflow'], packagePrefixes: ['apache-airflow-'] },
  { id: 'prefect', name: 'Prefect', packages: ['prefect'], packagePrefixes: ['prefect-'] },
  { id: 'dagster', name: 'Dagster', packages: ['dagster'], packagePrefixes: ['dagster-'] },
  { id: 'pandas', name: 'pandas', packages: ['pandas'] },
  { id: 'polars', name: 'Polars', packages: ['polars'] },
  { id: 'pyspark', name: 'PySpark', packages: ['pyspark'] },
  // dbt-core and its adapters: dbt-postgres, dbt-snowflake, …
  { id: 'dbt', name: 'dbt', packages: [], packagePrefixes: ['dbt-'] },
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
    ],
  },

  // Testing
  {
    id: 'pytest',
    name: 'pytest',
    packages: ['pytest'],
    packagePrefixes: ['pytest-'],
    treeMarkers: [/(^|\/)conftest\.py$/, /^pytest\.ini$/],
  },

  // Infrastructure
  {
    id: 'docker',
    name: 'Docker',
    packages: [],
    // Dockerfile, Dockerfile.dev, api.Dockerfile, docker-compose.yml, compose.prod.yaml
    treeMarkers: [/(^|\/)([^/]+\.)?Dockerfile([.-][\w-]+)?$/i, /(^|\/)(docker-)?compose(\.[^/]+)?\.ya?ml$/],
  },
  {
    id: 'kubernetes',
    name: 'Kubernetes',
    packages: ['kubernetes'],
    // A Helm chart, a Kustomize overlay, or a folder of manifests.
    treeMarkers: [/(^|\/)Chart\.yaml$/, /(^|\/)kustomization\.ya?ml$/, /(^|\/)(k8s|kubernetes|helm)(\/|$)/i],
  },
  { id: 'aws', name: 'AWS', packages: ['boto3', 'botocore', 'aioboto3'] },
  { id: 'gcp', name: 'Google Cloud', packages: [], packagePrefixes: ['google-cloud-'] },
  { id: 'terraform', name: 'Terraform', packages: [], treeMarkers: [/\.tf$/] },
];

/** Whether a dependency (any spelling) evidences the skill. */
export function skillUsesPackage(skill: Skill, packageName: string): boolean {
  const name = normalizePackageName(packageName);
  return skill.packages.includes(name) || (skill.packagePrefixes ?? []).some((prefix) => name.startsWith(prefix));
}

/** Whether a path of the file tree evidences the skill. */
export function skillMarkedByPath(skill: Skill, path: string): boolean {
  return (skill.treeMarkers ?? []).some((marker) => marker.test(path));
}
