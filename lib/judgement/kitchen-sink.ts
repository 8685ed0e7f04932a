import { coreRoleTypes, resolveRoleSkill, RoleTypeSchema, type RoleType } from './role-skills';
import type { RoleScorecard, Thresholds } from './scorecard';

export interface KitchenSinkWarning {
  /** More must-haves than thresholds.maxMustHaves. */
  tooMany: boolean;
  /** The role types whose core frameworks the must-haves name, in RoleTypeSchema order. */
  roleTypes: RoleType[];
  /** What is wrong and DOMAIN.md's rule for fixing it; null when nothing is. */
  message: string | null;
}

/** Core frameworks of this many role types in one list make it span several roles. */
const SPANS_SEVERAL = 2;

const MUST_HAVE_RULE =
  'Keep a skill as a must-have only if its absence would force a redesign of the first milestone; move the rest to nice-to-have.';

/**
 * Pure: whether the must-have list is a kitchen sink (DOMAIN.md): too long,
 * or naming the core frameworks of several role types (Django and Airflow and
 * TensorFlow …) at once. Only must-haves count: a broad nice-to-have list costs nothing.
 */
export function kitchenSinkWarning(scorecard: RoleScorecard, thresholds: Thresholds): KitchenSinkWarning {
  const count = scorecard.mustHave.length;
  const tooMany = count > thresholds.maxMustHaves;
  const found = new Set(scorecard.mustHave.flatMap((skill) => coreRoleTypes(resolveRoleSkill(skill))));
  const roleTypes = RoleTypeSchema.options.filter((type) => found.has(type));
  const spans = roleTypes.length >= SPANS_SEVERAL;

  const problems = [
    ...(tooMany ? [`${count} must-haves is more than ${thresholds.maxMustHaves}: few candidates can show them all.`] : []),
    ...(spans ? [`The must-haves name core frameworks of ${listOf(roleTypes)} work: that is several roles in one.`] : []),
  ];
  return { tooMany, roleTypes, message: problems.length > 0 ? `${problems.join(' ')} ${MUST_HAVE_RULE}` : null };
}

/** "web, data and ML". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
