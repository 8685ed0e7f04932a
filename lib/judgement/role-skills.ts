import { z } from 'zod';

/**
 * What a scorecard skill, named the way a hiring manager types it, means for
 * the evidence: the catalogue skills (lib/analysis/evidence/skill-catalogue.ts)
 * and report facts that show it in code, and the words that claim it.
 *
 * The rule for skills no repository can show (evidencedBy 'interview': API
 * design judgement, communication, ETL design, …): they are always asked in
 * the interview. A claim in the candidate's words is quoted with them, and
 * related code (the pipeline to ask "is it idempotent?" about) is attached as
 * context, but neither settles them: a claim is not proof of judgement, and
 * code shows the tool, not the judgement.
 */

/** The role types of DOMAIN.md's kitchen-sink list: core frameworks of two or more in one role is a smell. */
export const RoleTypeSchema = z.enum(['web', 'data', 'ML', 'AI', 'infra', 'mobile']);
export type RoleType = z.infer<typeof RoleTypeSchema>;

/** Facts of the report beyond the stack catalogue that show a skill. */
export const ReportSignalSchema = z.enum([
  /** An examined repository in Python. */
  'python-repos',
  /** Tests of any framework. */
  'tests',
  /** Tests run with pytest. */
  'pytest-tests',
  /** CI that runs the tests. */
  'ci-tests',
  /** A README with sections, or a documentation site. */
  'docs',
]);
export type ReportSignal = z.infer<typeof ReportSignalSchema>;

export const RoleSkillSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** Names people type for it; compared case-, spacing- and punctuation-insensitively. */
  aliases: z.array(z.string()).min(1),
  evidencedBy: z.enum(['code', 'interview']),
  /** SKILL_CATALOGUE ids whose evidence shows it (for interview skills: the code to ask about). */
  catalogueIds: z.array(z.string()),
  signals: z.array(ReportSignalSchema),
  /** Words of the candidate's own text that claim it, matched as whole words. */
  claimKeywords: z.array(z.string()).min(1),
  /** The role type it is a core framework of, for the kitchen-sink warning. */
  coreOf: RoleTypeSchema.optional(),
});
export type RoleSkill = z.infer<typeof RoleSkillSchema>;

type Entry = Omit<RoleSkill, 'evidencedBy' | 'catalogueIds' | 'signals'> &
  Partial<Pick<RoleSkill, 'catalogueIds' | 'signals'>>;

const code = (entry: Entry): RoleSkill => ({ evidencedBy: 'code', catalogueIds: [], signals: [], ...entry });
const interview = (entry: Entry): RoleSkill => ({ evidencedBy: 'interview', catalogueIds: [], signals: [], ...entry });

const OBSERVABILITY_IDS = ['sentry', 'opentelemetry', 'prometheus', 'datadog', 'llm-observability'];
const OBSERVABILITY_WORDS = [
  'observability', 'monitoring', 'sentry', 'opentelemetry', 'prometheus', 'grafana', 'datadog', 'new relic',
];
const QUEUE_IDS = ['celery', 'rq', 'dramatiq', 'arq'];

export const ROLE_SKILLS: readonly RoleSkill[] = [
  // The language and how the work is kept
  code({
    id: 'python',
    name: 'Python',
    aliases: ['Python', 'Python 3', 'modern Python'],
    signals: ['python-repos'],
    claimKeywords: ['python'],
  }),
  code({
    id: 'pytest',
    name: 'pytest',
    aliases: ['pytest'],
    catalogueIds: ['pytest'],
    signals: ['pytest-tests'],
    claimKeywords: ['pytest'],
  }),
  code({
    id: 'testing',
    name: 'Testing',
    aliases: [
      'testing', 'unit testing', 'unit tests', 'automated testing', 'automated tests', 'test automation', 'TDD',
      'unittest',
    ],
    catalogueIds: ['pytest'],
    signals: ['tests'],
    claimKeywords: [
      'unit tests', 'unit testing', 'automated tests', 'automated testing', 'test automation', 'tdd', 'pytest', 'unittest',
    ],
  }),
  code({
    id: 'ci',
    name: 'CI',
    aliases: ['CI', 'CI/CD', 'continuous integration', 'GitHub Actions'],
    signals: ['ci-tests'],
    claimKeywords: ['ci/cd', 'ci', 'continuous integration', 'github actions'],
  }),
  code({
    id: 'documentation',
    name: 'Documentation',
    aliases: ['documentation', 'docs', 'technical writing'],
    signals: ['docs'],
    claimKeywords: ['documentation', 'technical writing'],
  }),

  // Web backends
  code({
    id: 'fastapi',
    name: 'FastAPI',
    aliases: ['FastAPI'],
    catalogueIds: ['fastapi'],
    claimKeywords: ['fastapi', 'fast api'],
    coreOf: 'web',
  }),
  code({
    id: 'django',
    name: 'Django',
    aliases: ['Django', 'Django REST framework', 'DRF'],
    catalogueIds: ['django'],
    claimKeywords: ['django', 'drf'],
    coreOf: 'web',
  }),
  code({ id: 'flask', name: 'Flask', aliases: ['Flask'], catalogueIds: ['flask'], claimKeywords: ['flask'], coreOf: 'web' }),
  code({
    id: 'sqlalchemy',
    name: 'SQLAlchemy',
    aliases: ['SQLAlchemy', 'Alembic', 'SQLModel'],
    catalogueIds: ['sqlalchemy'],
    claimKeywords: ['sqlalchemy', 'alembic', 'sqlmodel'],
  }),
  code({
    id: 'postgresql',
    name: 'PostgreSQL',
    aliases: ['PostgreSQL', 'Postgres', 'psycopg', 'psycopg2', 'psycopg3', 'asyncpg', 'pg'],
    catalogueIds: ['postgresql'],
    claimKeywords: ['postgresql', 'postgres', 'psycopg', 'psycopg2', 'asyncpg'],
  }),
  code({
    id: 'sql',
    name: 'SQL',
    aliases: ['SQL', 'SQL databases', 'relational databases', 'RDBMS'],
    catalogueIds: ['sql', 'sqlalchemy', 'postgresql', 'snowflake', 'bigquery', 'redshift', 'dbt'],
    claimKeywords: ['sql', 'postgresql', 'postgres', 'mysql', 'sqlite', 'sql server', 'sqlalchemy', 'relational databases'],
  }),
  code({ id: 'redis', name: 'Redis', aliases: ['Redis'], catalogueIds: ['redis'], claimKeywords: ['redis'] }),
  code({ id: 'celery', name: 'Celery', aliases: ['Celery'], catalogueIds: ['celery'], claimKeywords: ['celery'] }),
  code({
    id: 'background-jobs',
    name: 'Background jobs',
    aliases: ['background jobs', 'background tasks', 'task queues', 'task queue', 'job queues', 'async jobs'],
    catalogueIds: QUEUE_IDS,
    claimKeywords: ['background jobs', 'background tasks', 'task queues', 'task queue', 'celery', 'rq', 'dramatiq', 'arq'],
  }),
  code({
    id: 'pydantic',
    name: 'Pydantic',
    aliases: ['pydantic', 'pydantic validation', 'data validation'],
    catalogueIds: ['pydantic'],
    claimKeywords: ['pydantic'],
  }),
  code({
    id: 'requests',
    name: 'Requests',
    aliases: ['requests', 'python requests'],
    catalogueIds: ['requests'],
    claimKeywords: ['requests library', 'python requests'],
  }),
  code({ id: 'httpx', name: 'HTTPX', aliases: ['HTTPX'], catalogueIds: ['httpx'], claimKeywords: ['httpx'] }),
  code({ id: 'aiohttp', name: 'aiohttp', aliases: ['aiohttp'], catalogueIds: ['aiohttp'], claimKeywords: ['aiohttp'] }),

  // Infrastructure and operations
  code({
    id: 'docker',
    name: 'Docker',
    aliases: ['Docker', 'Dockerfile', 'Docker Compose', 'containers', 'containerization', 'containerisation'],
    catalogueIds: ['docker'],
    claimKeywords: ['docker', 'dockerfile', 'docker compose', 'containerization', 'containerisation', 'containers'],
  }),
  code({
    id: 'kubernetes',
    name: 'Kubernetes',
    aliases: ['Kubernetes', 'k8s', 'Helm'],
    catalogueIds: ['kubernetes'],
    claimKeywords: ['kubernetes', 'k8s', 'helm'],
    coreOf: 'infra',
  }),
  code({
    id: 'terraform',
    name: 'Terraform',
    aliases: ['Terraform', 'infrastructure as code', 'IaC'],
    catalogueIds: ['terraform'],
    claimKeywords: ['terraform', 'infrastructure as code'],
    coreOf: 'infra',
  }),
  code({
    id: 'devops',
    name: 'DevOps',
    aliases: ['DevOps', 'SRE', 'platform engineering'],
    catalogueIds: ['docker', 'kubernetes', 'terraform', 'aws-deploy'],
    signals: ['ci-tests'],
    claimKeywords: ['devops', 'sre', 'site reliability'],
    coreOf: 'infra',
  }),
  code({
    id: 'aws',
    name: 'AWS',
    aliases: ['AWS', 'Amazon Web Services', 'boto3'],
    catalogueIds: ['aws', 'aws-deploy'],
    claimKeywords: ['aws', 'amazon web services', 'boto3'],
  }),
  code({
    id: 'aws-deployment',
    name: 'AWS deployment',
    aliases: ['AWS deployment', 'deploying to AWS', 'deployment on AWS', 'AWS Lambda', 'AWS CDK', 'serverless'],
    catalogueIds: ['aws-deploy', 'aws'],
    claimKeywords: ['aws', 'amazon web services', 'lambda', 'ecs', 'cdk', 'cloudformation', 'serverless'],
  }),
  code({
    id: 'gcp',
    name: 'Google Cloud',
    aliases: ['GCP', 'Google Cloud', 'Google Cloud Platform'],
    catalogueIds: ['gcp', 'bigquery'],
    claimKeywords: ['gcp', 'google cloud'],
  }),
  code({
    id: 'observability',
    name: 'Observability',
    aliases: ['observability tools', 'observability', 'APM', 'tracing', 'LLM observability'],
    catalogueIds: OBSERVABILITY_IDS,
    claimKeywords: [...OBSERVABILITY_WORDS, 'langfuse', 'langsmith', 'tracing'],
  }),
  code({
    id: 'monitoring',
    name: 'Monitoring',
    aliases: ['monitoring', 'alerting', 'data quality', 'data monitoring', 'pipeline monitoring'],
    catalogueIds: [...OBSERVABILITY_IDS, 'data-quality'],
    claimKeywords: [...OBSERVABILITY_WORDS, 'alerting', 'data quality', 'great expectations'],
  }),
  code({ id: 'sentry', name: 'Sentry', aliases: ['Sentry'], catalogueIds: ['sentry'], claimKeywords: ['sentry'] }),
  code({
    id: 'opentelemetry',
    name: 'OpenTelemetry',
    aliases: ['OpenTelemetry', 'OTel'],
    catalogueIds: ['opentelemetry'],
    claimKeywords: ['opentelemetry', 'otel'],
  }),
  code({
    id: 'prometheus',
    name: 'Prometheus',
    aliases: ['Prometheus'],
    catalogueIds: ['prometheus'],
    claimKeywords: ['prometheus'],
  }),
  code({ id: 'datadog', name: 'Datadog', aliases: ['Datadog'], catalogueIds: ['datadog'], claimKeywords: ['datadog'] }),

  // Data engineering
  code({
    id: 'airflow',
    name: 'Airflow',
    aliases: ['Airflow', 'Apache Airflow'],
    catalogueIds: ['airflow'],
    claimKeywords: ['airflow'],
    coreOf: 'data',
  }),
  code({
    id: 'prefect',
    name: 'Prefect',
    aliases: ['Prefect'],
    catalogueIds: ['prefect'],
    claimKeywords: ['prefect'],
    coreOf: 'data',
  }),
  code({
    id: 'dagster',
    name: 'Dagster',
    aliases: ['Dagster'],
    catalogueIds: ['dagster'],
    claimKeywords: ['dagster'],
    coreOf: 'data',
  }),
  code({
    id: 'scheduling',
    name: 'Scheduling',
    aliases: [
      'scheduling (Airflow, Prefect or Dagster)', 'scheduling', 'orchestration', 'workflow orchestration',
      'job scheduling',
    ],
    catalogueIds: ['airflow', 'prefect', 'dagster'],
    claimKeywords: ['airflow', 'prefect', 'dagster', 'orchestration'],
    coreOf: 'data',
  }),
  code({ id: 'pandas', name: 'pandas', aliases: ['pandas'], catalogueIds: ['pandas'], claimKeywords: ['pandas'] }),
  code({ id: 'polars', name: 'Polars', aliases: ['Polars'], catalogueIds: ['polars'], claimKeywords: ['polars'] }),
  code({
    id: 'dataframes',
    name: 'pandas or polars',
    aliases: ['pandas or polars', 'pandas/polars', 'dataframes'],
    catalogueIds: ['pandas', 'polars'],
    claimKeywords: ['pandas', 'polars', 'dataframes'],
  }),
  code({
    id: 'spark',
    name: 'Spark',
    aliases: ['Spark', 'PySpark', 'Apache Spark'],
    catalogueIds: ['pyspark'],
    claimKeywords: ['spark', 'pyspark', 'databricks'],
    coreOf: 'data',
  }),
  code({
    id: 'dbt',
    name: 'dbt',
    aliases: ['dbt', 'data build tool'],
    catalogueIds: ['dbt'],
    claimKeywords: ['dbt'],
    coreOf: 'data',
  }),
  code({
    id: 'data-warehouse',
    name: 'Data warehouse',
    aliases: ['data warehouse', 'data warehousing', 'warehouse', 'DWH'],
    catalogueIds: ['snowflake', 'bigquery', 'redshift', 'dbt'],
    claimKeywords: ['data warehouse', 'data warehousing', 'snowflake', 'bigquery', 'redshift', 'databricks', 'dbt'],
  }),
  code({ id: 'snowflake', name: 'Snowflake', aliases: ['Snowflake'], catalogueIds: ['snowflake'], claimKeywords: ['snowflake'] }),
  code({
    id: 'bigquery',
    name: 'BigQuery',
    aliases: ['BigQuery', 'Google BigQuery'],
    catalogueIds: ['bigquery'],
    claimKeywords: ['bigquery'],
  }),
  code({
    id: 'redshift',
    name: 'Redshift',
    aliases: ['Redshift', 'Amazon Redshift'],
    catalogueIds: ['redshift'],
    claimKeywords: ['redshift'],
  }),
  code({
    id: 'cloud-storage',
    name: 'Cloud storage',
    aliases: ['cloud storage', 'object storage', 'S3', 'GCS', 'blob storage'],
    catalogueIds: ['cloud-storage', 'aws', 'gcp'],
    claimKeywords: ['cloud storage', 'object storage', 'blob storage', 's3', 'gcs'],
  }),
  code({
    id: 'jupyter',
    name: 'Jupyter',
    aliases: ['Jupyter', 'Jupyter notebooks', 'notebooks'],
    catalogueIds: ['jupyter'],
    claimKeywords: ['jupyter', 'notebooks'],
  }),

  // Machine learning
  code({ id: 'numpy', name: 'NumPy', aliases: ['NumPy'], catalogueIds: ['numpy'], claimKeywords: ['numpy'] }),
  code({
    id: 'scikit-learn',
    name: 'scikit-learn',
    aliases: ['scikit-learn', 'sklearn'],
    catalogueIds: ['scikit-learn'],
    claimKeywords: ['scikit-learn', 'sklearn'],
    coreOf: 'ML',
  }),
  code({
    id: 'pytorch',
    name: 'PyTorch',
    aliases: ['PyTorch', 'torch'],
    catalogueIds: ['pytorch'],
    claimKeywords: ['pytorch'],
    coreOf: 'ML',
  }),
  code({
    id: 'tensorflow',
    name: 'TensorFlow',
    aliases: ['TensorFlow', 'Keras'],
    catalogueIds: ['tensorflow'],
    claimKeywords: ['tensorflow', 'keras'],
    coreOf: 'ML',
  }),
  code({
    id: 'machine-learning',
    name: 'Machine learning',
    aliases: ['machine learning', 'ML'],
    catalogueIds: ['scikit-learn', 'pytorch', 'tensorflow'],
    claimKeywords: ['machine learning', 'ml', 'scikit-learn', 'sklearn', 'pytorch', 'tensorflow'],
    coreOf: 'ML',
  }),
  code({
    id: 'hugging-face',
    name: 'Hugging Face',
    aliases: ['Hugging Face', 'transformers'],
    catalogueIds: ['hugging-face'],
    claimKeywords: ['hugging face', 'huggingface', 'transformers'],
  }),

  // AI applications
  code({
    id: 'llm-api',
    name: 'LLM API integration',
    aliases: ['LLM API integration', 'LLM APIs', 'LLM API', 'LLM integration', 'LLMs', 'LLM'],
    catalogueIds: ['openai-sdk', 'anthropic-sdk', 'litellm'],
    claimKeywords: [
      'llm', 'llms', 'large language models', 'openai', 'gpt', 'chatgpt', 'anthropic', 'claude', 'gemini', 'litellm',
    ],
  }),
  code({
    id: 'openai',
    name: 'OpenAI API',
    aliases: ['OpenAI', 'OpenAI API', 'OpenAI SDK'],
    catalogueIds: ['openai-sdk'],
    claimKeywords: ['openai', 'gpt', 'chatgpt'],
  }),
  code({
    id: 'anthropic',
    name: 'Anthropic API',
    aliases: ['Anthropic', 'Anthropic API', 'Claude API'],
    catalogueIds: ['anthropic-sdk'],
    claimKeywords: ['anthropic', 'claude'],
  }),
  code({
    id: 'retrieval',
    name: 'Retrieval',
    aliases: [
      'retrieval (RAG, vector stores)', 'retrieval', 'RAG', 'retrieval-augmented generation', 'vector stores',
      'vector databases', 'vector DB', 'semantic search',
    ],
    catalogueIds: ['vector-stores', 'llamaindex'],
    claimKeywords: [
      'rag', 'retrieval', 'vector store', 'vector stores', 'vector database', 'vector databases', 'pinecone', 'qdrant',
      'weaviate', 'chroma', 'chromadb', 'pgvector', 'faiss', 'embeddings', 'semantic search',
    ],
  }),
  code({
    id: 'evaluation-loops',
    name: 'Evaluation loops',
    aliases: ['evaluation loops', 'evals', 'LLM evaluation', 'LLM evals', 'evaluation'],
    catalogueIds: ['llm-evals'],
    claimKeywords: ['evals', 'evaluation', 'ragas', 'deepeval', 'promptfoo'],
  }),
  code({
    id: 'agent-frameworks',
    name: 'Agent frameworks',
    aliases: ['agent frameworks (LangChain, LlamaIndex, CrewAI)', 'agent frameworks', 'agents', 'AI agents', 'agentic AI'],
    catalogueIds: ['langchain', 'llamaindex', 'crewai', 'langgraph'],
    claimKeywords: ['langchain', 'llamaindex', 'llama index', 'crewai', 'langgraph', 'autogen', 'ai agents', 'agentic'],
    coreOf: 'AI',
  }),
  code({
    id: 'langchain',
    name: 'LangChain',
    aliases: ['LangChain'],
    catalogueIds: ['langchain'],
    claimKeywords: ['langchain'],
    coreOf: 'AI',
  }),
  code({
    id: 'llamaindex',
    name: 'LlamaIndex',
    aliases: ['LlamaIndex'],
    catalogueIds: ['llamaindex'],
    claimKeywords: ['llamaindex', 'llama index'],
    coreOf: 'AI',
  }),
  code({
    id: 'crewai',
    name: 'CrewAI',
    aliases: ['CrewAI'],
    catalogueIds: ['crewai'],
    claimKeywords: ['crewai', 'crew ai'],
    coreOf: 'AI',
  }),
  code({
    id: 'langgraph',
    name: 'LangGraph',
    aliases: ['LangGraph'],
    catalogueIds: ['langgraph'],
    claimKeywords: ['langgraph'],
    coreOf: 'AI',
  }),

  // Judgement and ways of working: only an interview shows them.
  interview({
    id: 'api-design',
    name: 'API design',
    aliases: ['API design', 'API design judgement', 'API design judgment', 'REST API design', 'API architecture'],
    catalogueIds: ['fastapi', 'django', 'flask'],
    claimKeywords: ['api design', 'rest api', 'rest apis', 'restful', 'graphql'],
  }),
  interview({
    id: 'git-workflow',
    name: 'Git workflow',
    aliases: ['Git workflow', 'Git', 'version control', 'code review', 'pull requests'],
    claimKeywords: ['git', 'github', 'gitlab', 'code review', 'pull requests'],
  }),
  interview({
    id: 'communication',
    name: 'Communication',
    aliases: ['communication', 'written communication', 'English', 'soft skills', 'collaboration', 'teamwork'],
    claimKeywords: ['communication', 'english', 'collaboration'],
  }),
  interview({
    id: 'system-design',
    name: 'System design',
    aliases: ['system design', 'software architecture', 'architecture'],
    claimKeywords: ['system design', 'architecture'],
  }),
  interview({
    id: 'etl-design',
    name: 'ETL design',
    aliases: ['ETL design', 'ETL', 'ELT', 'data pipeline design', 'data pipelines', 'data modeling', 'data modelling'],
    catalogueIds: ['airflow', 'prefect', 'dagster', 'dbt', 'pyspark'],
    claimKeywords: ['etl', 'elt', 'data pipeline', 'data pipelines', 'data modeling', 'data modelling'],
  }),
  interview({
    id: 'idempotent-jobs',
    name: 'Idempotent jobs',
    aliases: ['idempotent jobs', 'idempotency', 'idempotent pipelines', 'idempotent'],
    catalogueIds: ['airflow', 'prefect', 'dagster', ...QUEUE_IDS],
    claimKeywords: ['idempotent', 'idempotency'],
  }),
  interview({
    id: 'prompt-handling',
    name: 'Prompt handling and injection defence',
    aliases: [
      'prompt handling and injection defence', 'prompt handling and injection defense', 'prompt handling',
      'prompt injection defence', 'prompt injection defense', 'prompt injection', 'prompt engineering', 'guardrails',
    ],
    catalogueIds: ['openai-sdk', 'anthropic-sdk', 'litellm', 'langchain'],
    claimKeywords: ['prompt engineering', 'prompt injection', 'guardrails', 'prompts'],
  }),
  interview({
    id: 'fine-tuning',
    name: 'Fine-tuning familiarity',
    aliases: ['fine-tuning familiarity', 'fine-tuning', 'LoRA', 'PEFT'],
    catalogueIds: ['hugging-face'],
    claimKeywords: ['fine-tuning', 'fine tuning', 'finetuning', 'lora', 'peft'],
  }),
  interview({
    id: 'rlhf',
    name: 'RLHF awareness',
    aliases: ['RLHF awareness', 'RLHF', 'DPO'],
    catalogueIds: ['hugging-face'],
    claimKeywords: ['rlhf', 'dpo', 'reinforcement learning from human feedback'],
  }),
  interview({
    id: 'deep-ml-training',
    name: 'Deep ML training',
    aliases: [
      'deep ML training', 'deep ML training experience', 'training models from scratch', 'model training', 'deep learning',
    ],
    catalogueIds: ['pytorch', 'tensorflow'],
    claimKeywords: ['deep learning', 'model training', 'training models', 'neural networks'],
    coreOf: 'ML',
  }),
  interview({
    id: 'frontend',
    name: 'Frontend',
    aliases: ['frontend', 'frontend React experience', 'React', 'JavaScript', 'TypeScript', 'Vue', 'UI development'],
    claimKeywords: ['frontend', 'front-end', 'react', 'javascript', 'typescript', 'vue', 'angular'],
  }),
  interview({
    id: 'mobile',
    name: 'Mobile',
    aliases: ['mobile', 'mobile development', 'mobile apps', 'iOS', 'Android', 'React Native', 'Flutter', 'Kivy'],
    claimKeywords: ['mobile', 'ios', 'android', 'react native', 'flutter', 'kivy'],
    coreOf: 'mobile',
  }),
];

/** "Scikit-Learn", "scikit learn" and "SCIKIT_LEARN" all become "scikitlearn". */
export function normalizeSkillName(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9+#]/g, '');
}

const BY_ALIAS = new Map(
  ROLE_SKILLS.flatMap((skill) => skill.aliases.map((alias) => [normalizeSkillName(alias), skill] as const)),
);

/** Words that qualify a skill without changing it: "Docker experience", "solid SQL knowledge". */
const QUALIFIERS = new Set([
  'experience', 'experienced', 'familiarity', 'knowledge', 'skills', 'skill', 'proficiency', 'expertise', 'awareness',
  'basics', 'strong', 'solid', 'good', 'advanced', 'deep', 'hands', 'on', 'with', 'in', 'of', 'years', 'production',
]);

/** What a scorecard skill resolves to: none (free text), one catalogue entry, or several for "X or Y". */
export interface ResolvedSkill {
  /** As the scorecard names it. */
  name: string;
  entries: RoleSkill[];
}

/**
 * Finds the entries a skill name means. Tried in turn: the name as typed,
 * the name without qualifiers ("Docker experience"), and the parts of a list
 * ("Django or Flask", "Redis/Celery"), any of which counts. Free text that
 * matches nothing resolves to no entries; it never throws.
 */
export function resolveRoleSkill(name: string): ResolvedSkill {
  const whole = lookUp(name);
  if (whole) return { name, entries: [whole] };
  const parts = name
    .split(/\s+or\s+|\s+and\s+|[,/&()|;+]/i)
    .map(lookUp)
    .filter((entry): entry is RoleSkill => entry !== undefined);
  return { name, entries: [...new Set(parts)] };
}

function lookUp(text: string): RoleSkill | undefined {
  const exact = BY_ALIAS.get(normalizeSkillName(text));
  if (exact) return exact;
  const words = text
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((word) => word && !QUALIFIERS.has(word.toLowerCase()) && !/^\d+\+?$/.test(word));
  return words.length === 0 ? undefined : BY_ALIAS.get(normalizeSkillName(words.join(' ')));
}

/** Whether only an interview can settle the skill: every entry it resolves to is an interview skill. */
export function isInterviewSkill(resolved: ResolvedSkill): boolean {
  return resolved.entries.length > 0 && resolved.entries.every((entry) => entry.evidencedBy === 'interview');
}

/** The role types whose core frameworks the skill names. */
export function coreRoleTypes(resolved: ResolvedSkill): RoleType[] {
  return resolved.entries.flatMap((entry) => (entry.coreOf ? [entry.coreOf] : []));
}
