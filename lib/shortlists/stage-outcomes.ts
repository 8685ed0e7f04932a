import { KIT_LABELS, KitIdSchema, StageSchema, type KitId, type Stage, type StageOutcome } from '../judgement/funnel';
import { formatDate } from '../text/time';
import type { CandidateEvent } from './records';

/** A kit's current outcome: its latest history entry with an outcome. */
export interface LatestOutcome {
  result: StageOutcome;
  at: number;
  checks: string[];
  note: string;
}
export type LatestOutcomes = Partial<Record<KitId, LatestOutcome>>;

/** Each kit's latest outcome; on equal times the entry later in the history wins. */
export function latestOutcomes(history: readonly CandidateEvent[]): LatestOutcomes {
  const latest: LatestOutcomes = {};
  for (const { at, note, outcome } of history) {
    if (!outcome) continue;
    const known = latest[outcome.kit];
    if (!known || known.at <= at) latest[outcome.kit] = { result: outcome.result, at, checks: outcome.checks, note };
  }
  return latest;
}

/** "Technical screen: advance (2026-11-30)". */
export function describeOutcome(kit: KitId, { result, at }: Pick<LatestOutcome, 'result' | 'at'>): string {
  return `${KIT_LABELS[kit]}: ${result} (${formatDate(at)})`;
}

/** "1 check ticked", "3 checks ticked". */
export function describeChecks(count: number): string {
  return `${count} check${count === 1 ? '' : 's'} ticked`;
}

/** Each kit that has an outcome, with its latest one, in funnel order. */
export function outcomesInOrder(history: readonly CandidateEvent[]): { kit: KitId; outcome: LatestOutcome }[] {
  const latest = latestOutcomes(history);
  return KitIdSchema.options.flatMap((kit) => {
    const outcome = latest[kit];
    return outcome ? [{ kit, outcome }] : [];
  });
}

/** Every kit's latest outcome described, in funnel order. */
export function describeOutcomes(history: readonly CandidateEvent[]): string[] {
  return outcomesInOrder(history).map(({ kit, outcome }) => describeOutcome(kit, outcome));
}

/** When the candidate was advanced at the close (which dates the first 30 days), or null. */
export function closedAt(history: readonly CandidateEvent[]): number | null {
  const close = latestOutcomes(history).close;
  return close?.result === 'advance' ? close.at : null;
}

/**
 * The stage after an outcome: an advance at a funnel stage moves to the stage
 * after it (close stays at close); hold and reject keep the stage, and the
 * first 30 days are past the funnel. Never moves back, so a late-recorded
 * outcome of an earlier stage leaves a candidate who is further on where they are.
 */
export function stageAfterOutcome(current: Stage, kit: KitId, result: StageOutcome): Stage {
  const kitStage = StageSchema.safeParse(kit);
  if (result !== 'advance' || !kitStage.success) return current;
  const order = StageSchema.options;
  const next = order[Math.min(order.indexOf(kitStage.data) + 1, order.length - 1)]!;
  return order.indexOf(next) > order.indexOf(current) ? next : current;
}
