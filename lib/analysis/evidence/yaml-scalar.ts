/**
 * A YAML value as written on one line (`image: "postgres:16"  # the db`):
 * without its comment (a `#` at the start or after a space, as YAML reads
 * it), trimmed, and without one pair of surrounding quotes. Enough for the
 * compose and conda lines pyvet reads, which are never multi-line scalars.
 */
export function yamlScalar(raw: string): string {
  return raw
    .replace(/(^|\s)#.*$/, '')
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2');
}
