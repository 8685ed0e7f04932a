import { isComposePath, isDockerfilePath } from './file-plan';
import type { RepoSnapshot } from './snapshot';
import { yamlScalar } from './yaml-scalar';

/**
 * The container images a project runs on: each service's `image:` in a
 * compose file and each `FROM` of a Dockerfile. A well-known image names part
 * of the stack (postgres is PostgreSQL, apache/airflow is Airflow) that no
 * Python manifest may declare, and its tag may pin a release line.
 */
export interface ImageSeen {
  /** Lower case, without registry, `library/`, tag or digest: "postgres", "apache/airflow". */
  name: string;
  /** As written ("2.5.2-python3.8"); null without one (the newest release). */
  tag: string | null;
  path: string;
  /** The line that names it, e.g. "image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.5.2}". */
  quote: string;
  /** Run beside an orchestrator (Airflow, Dagster, Prefect) in one compose file: a database or broker there is the orchestrator's own. */
  besideOrchestrator: boolean;
}

export function readImages(snapshot: RepoSnapshot): ImageSeen[] {
  return Object.entries(snapshot.files).flatMap(([path, text]) => imagesIn(path, text));
}

/** The images one file names, if it is a compose file or a Dockerfile. */
export function imagesIn(path: string, text: string): ImageSeen[] {
  if (isComposePath(path)) return composeImages(path, text);
  if (isDockerfilePath(path)) return dockerfileImages(path, text);
  return [];
}

/** Whether an image is one of `names`: "owner/name" matches the whole name, a bare "name" the last part (postgres, bitnami/postgresql). */
export function imageIs(image: string, names: readonly string[]): boolean {
  const last = image.slice(image.lastIndexOf('/') + 1);
  return names.some((name) => (name.includes('/') ? image === name : last === name));
}

/** The release a tag names: "2.5.2-python3.8" → "2.5.2"; null for "latest", "slim", "bookworm". */
export function tagVersion(tag: string | null): string | null {
  return /^v?(\d+(?:\.\d+)*)/.exec(tag ?? '')?.[1] ?? null;
}

/**
 * `image: postgres:13`, `image: "${AIRFLOW_IMAGE_NAME:-apache/airflow:2.5.2}"`.
 * A variable counts as its default, which is what runs without an .env file;
 * one without a default names no image.
 */
function composeImages(path: string, text: string): ImageSeen[] {
  const seen: ImageSeen[] = [];
  const besideOrchestrator = /\b(airflow|dagster|prefect)\b/i.test(text.replace(/(^|\s)#.*$/gm, ''));
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:-\s*)?image\s*:\s*(.+)$/.exec(line);
    if (!match) continue;
    const value = yamlScalar(match[1] ?? '');
    const resolved = value.replace(/\$\{\w+(?::?-([^}]*))?\}/g, (_, fallback: string | undefined) => fallback ?? '');
    const image = parseImage(resolved);
    if (image) seen.push({ ...image, path, quote: line.trim().slice(0, 100), besideOrchestrator });
  }
  return seen;
}

/** `FROM postgres:16 AS db`; build stages named by an earlier `AS`, `scratch` and unresolved variables name no image. */
function dockerfileImages(path: string, text: string): ImageSeen[] {
  const args = new Map<string, string>();
  const stages = new Set<string>(['scratch']);
  const seen: ImageSeen[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const arg = /^ARG\s+(\w+)=["']?([^\s"']+)/i.exec(line);
    if (arg) args.set(arg[1] ?? '', arg[2] ?? '');
    const from = /^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    const reference = (from[1] ?? '').replace(/\$\{(\w+)(?::?-([^}]*))?\}|\$(\w+)/g, (_, name, fallback, bare) => args.get(name ?? bare) ?? fallback ?? '');
    const image = stages.has(reference.toLowerCase()) ? null : parseImage(reference);
    if (image) seen.push({ ...image, path, quote: line.slice(0, 100), besideOrchestrator: false });
    if (from[2]) stages.add(from[2].toLowerCase());
  }
  return seen;
}

/** "docker.io/library/postgres:13@sha256:…" → postgres, "13". */
function parseImage(reference: string): { name: string; tag: string | null } | null {
  if (reference === '' || reference.includes('$') || /\s/.test(reference)) return null;
  const withoutDigest = reference.split('@')[0] ?? '';
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  const [repository, tag] = colon > slash ? [withoutDigest.slice(0, colon), withoutDigest.slice(colon + 1)] : [withoutDigest, null];
  const parts = repository.toLowerCase().split('/');
  // A first part with a dot or a port is a registry (ghcr.io, localhost:5000), not an owner.
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0] ?? '')) parts.shift();
  if (parts[0] === 'library') parts.shift();
  const name = parts.join('/');
  return name === '' ? null : { name, tag: tag || null };
}
