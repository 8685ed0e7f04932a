import { FLAG_LABELS } from '@/lib/judgement/flag-labels';
import type { FilterOptions, OutcomeFilter, TableQuery } from '@/lib/shortlists/table';
import { KIT_LABELS, KitIdSchema, StageOutcomeSchema } from '@/lib/judgement/funnel';
import { FlagIdSchema } from '@/lib/judgement/verdict';
import { StageSchema } from '@/lib/shortlists/records';
import { StageOptions } from '../common/StageOptions';

const MIN_SCORES = [2, 3, 4, 5] as const;

// A kit's outcome as one select value: "technical-screen:advance" (kit ids hold no colon).
function outcomeValue(outcome: OutcomeFilter): string {
  return typeof outcome === 'string' ? outcome : `${outcome.kit}:${outcome.result}`;
}

function parseOutcomeValue(value: string): OutcomeFilter {
  if (value === 'any' || value === 'any-reject' || value === 'none') return value;
  const [kit, result] = value.split(':');
  return { kit: KitIdSchema.parse(kit), result: StageOutcomeSchema.parse(result) };
}

/** Search and filters of the shortlists table: stage, stage outcome, role, flags, score and tag. */
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
        Stage outcome
        <select value={outcomeValue(query.outcome)} onChange={(event) => onChange({ outcome: parseOutcomeValue(event.target.value) })} data-testid="filter-outcome">
          <option value="any">Any outcome</option>
          <option value="any-reject">Rejected at any stage</option>
          <option value="none">No outcome yet</option>
          {options.outcomes.map((outcome) => (
            <option key={outcomeValue(outcome)} value={outcomeValue(outcome)}>
              {KIT_LABELS[outcome.kit]}: {outcome.result}
            </option>
          ))}
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
