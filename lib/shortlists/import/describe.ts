import { plural } from '../../text/plural';
import type { ImportPreview } from './plan';

/** "3 new candidates, 2 merged into people you already have, 1 unchanged; new shortlist “Backend Q4”." */
export function describeImportPreview(preview: ImportPreview): string {
  const people = [
    ...counted(preview.added, (n) => plural(n, 'new candidate')),
    ...counted(preview.merged, (n) => `${n} merged into ${n === 1 ? 'someone' : 'people'} you already have`),
    ...counted(preview.unchanged, (n) => `${n} unchanged`),
  ];
  const shortlists = [...namedShortlists('new', preview.newShortlists), ...namedShortlists('updated', preview.updatedShortlists)];
  const clauses = [people.join(', ') || 'No candidates', ...(shortlists.length > 0 ? [shortlists.join(', ')] : [])];
  return `${clauses.join('; ')}.`;
}

const counted = (n: number, phrase: (n: number) => string) => (n > 0 ? [phrase(n)] : []);

function namedShortlists(adjective: string, names: readonly string[]): string[] {
  if (names.length === 0) return [];
  const quoted = names.map((name) => `“${name}”`);
  const listed = quoted.length === 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  return [`${adjective} ${names.length === 1 ? 'shortlist' : 'shortlists'} ${listed}`];
}
