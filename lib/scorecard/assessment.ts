import type { Assessment } from '../store/records';
import type { Verdict } from './verdict';

/** What a saved candidate keeps of a verdict: enough to filter and compare shortlists without GitHub. */
export function assessmentOf(verdict: Verdict, now: number): Assessment {
  return {
    role: verdict.role,
    mustHaves: verdict.mustHaves.map(({ skill, status }) => ({ skill, status })),
    flags: verdict.flags.map((flag) => flag.id),
    summary: verdict.summary.slice(0, 500),
    at: now,
  };
}

/** Must-have skills the reviewer can score; "ask in interview" ones too, since scoring them is the point of asking. */
export function scorableMustHaves(verdict: Verdict): string[] {
  return verdict.mustHaves.map((match) => match.skill);
}
