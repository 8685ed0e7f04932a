import { describeScores } from '@/lib/shortlists/table';
import { STAGE_LABELS, type CandidateEvent } from '@/lib/shortlists/records';
import { formatDate } from '@/lib/text/time';
import { KIT_LABELS } from '@/lib/judgement/funnel';
import { describeChecks } from '@/lib/shortlists/stage-outcomes';

/** Every save of a candidate, newest first: when, at which stage, any stage outcome, the scores and note then. */
export function CandidateHistory({ history, open = false }: { history: readonly CandidateEvent[]; open?: boolean }) {
  return (
    <details className="pyvet-history" data-testid="save-history" open={open}>
      <summary>History ({history.length})</summary>
      <ol reversed>
        {[...history].reverse().map((event, index) => (
          <li key={`${event.at}-${index}`}>
            {formatDate(event.at)} · {STAGE_LABELS[event.stage]}
            {event.outcome && (
              <>
                {' '}· {KIT_LABELS[event.outcome.kit]}: {event.outcome.result} ({describeChecks(event.outcome.checks.length)})
              </>
            )}
            {event.scores && Object.keys(event.scores).length > 0 && (
              <> · {describeScores(event.scores)}</>
            )}
            {event.note && <> · “{event.note}”</>}
          </li>
        ))}
      </ol>
    </details>
  );
}
