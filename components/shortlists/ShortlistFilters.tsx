import { FLAG_LABELS } from '@/lib/judgement/flag-labels';
import type { FilterOptions, TableQuery } from '@/lib/shortlists/table';
import { FlagIdSchema } from '@/lib/judgement/verdict';
import { StageSchema } from '@/lib/shortlists/records';
import { StageOptions } from '../common/StageOptions';

const MIN_SCORES = [2, 3, 4, 5] as const;

/** Search and filters of the shortlists table: stage, role, flags, score and tag. */
export function ShortlistFilters(props: { query: TableQuery; options: FilterOptions; onChange: (change: Partial<TableQuery>) => void }) {
  const { query, options, onChange } = props;
  return (
    <div className="pyvet-filters" role="search" aria-label="Search and filter candidates">
      <label className="pyvet-field">
        Search
        <input
          type="search"
          value={query.search}
          placeholder="name, login, note, tag"
          onChange={(event) => onChange({ search: event.target.value })}
          data-testid="search"
        />
      </label>
      <label className="pyvet-field">
        Stage
        <select
          value={query.stages[0] ?? ''}
          onChange={(event) => onChange({ stages: event.target.value ? [StageSchema.parse(event.target.value)] : [] })}
          data-testid="filter-stage"
        >
          <option value="">Any stage</option>
          <StageOptions />
        </select>
      </label>
      <label className="pyvet-field">
        Role
        <select value={query.roleId ?? ''} onChange={(event) => onChange({ roleId: event.target.value || null })}>
          <option value="">Any role</option>
          {options.roles.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </select>
      </label>
      <label className="pyvet-field">
        Flags
        <select
          value={query.flags}
          onChange={(event) => {
            const value = event.target.value;
            onChange({ flags: value === 'any' || value === 'none' ? value : FlagIdSchema.parse(value) });
          }}
        >
          <option value="any">Any</option>
          <option value="none">No red flags</option>
          {options.flags.map((flag) => (
            <option key={flag} value={flag}>
              {FLAG_LABELS[flag]}
            </option>
          ))}
        </select>
      </label>
      <label className="pyvet-field">
        Score
        <select value={query.minScore ?? ''} onChange={(event) => onChange({ minScore: event.target.value ? Number(event.target.value) : null })}>
          <option value="">Any score</option>
          {MIN_SCORES.map((score) => (
            <option key={score} value={score}>
              {score === 5 ? '5' : `${score} or more`}
            </option>
          ))}
        </select>
      </label>
      <label className="pyvet-field">
        Tag
        <select value={query.tags[0] ?? ''} onChange={(event) => onChange({ tags: event.target.value ? [event.target.value] : [] })}>
          <option value="">Any tag</option>
          {options.tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
