import type { FlagId, Probe, RedFlag } from './verdict';
import { orderForRole, probesForRole, type ProbeRoleInput } from './probes';
import * as rules from './flag-rules';

export { assessConfidence } from './confidence';
export type { FlagInput } from './flag-rules';

interface FlagDefinition {
  id: FlagId;
  severity: RedFlag['severity'];
  /** The probes the flag turns into; evaluateFlags puts the role's core ones first. */
  probes: Probe['id'][];
  rule: rules.FlagRule;
}

/**
 * Every flag, its severity and its probes. 'high': a production risk the
 * evidence shows directly; 'warn': a pattern to ask about; 'info': context,
 * one question at most. All are questions, never a verdict. Kept in order of
 * severity, which is the order evaluateFlags returns them in.
 */
export const FLAGS: readonly FlagDefinition[] = [
  // Untested code is the regression risk DOMAIN.md's test-strategy probe exists for.
  { id: 'no-tests', severity: 'high', probes: ['test-strategy'], rule: rules.noTests },
  { id: 'generic-projects', severity: 'warn', probes: ['async-traps', 'database-isolation', 'test-strategy'], rule: rules.genericProjects },
  { id: 'fork-only', severity: 'warn', probes: ['async-traps', 'database-isolation', 'test-strategy'], rule: rules.forkOnly },
  { id: 'stale-python', severity: 'warn', probes: ['async-traps', 'gil'], rule: rules.stalePython },
  { id: 'outdated-stack', severity: 'warn', probes: ['async-traps', 'gil'], rule: rules.outdatedStack },
  { id: 'weak-python', severity: 'warn', probes: ['gil', 'async-traps'], rule: rules.weakPython },
  { id: 'notebook-only', severity: 'warn', probes: ['test-strategy', 'etl-idempotency'], rule: rules.notebookOnly },
  {
    id: 'kitchen-sink-claims',
    severity: 'warn',
    probes: ['async-traps', 'database-isolation', 'etl-idempotency', 'prompt-injection'],
    rule: rules.kitchenSinkClaims,
  },
  {
    id: 'keywords-without-depth',
    severity: 'warn',
    probes: ['async-traps', 'database-isolation', 'etl-idempotency', 'prompt-injection'],
    rule: rules.keywordsWithoutDepth,
  },
  { id: 'overpromising', severity: 'warn', probes: ['test-strategy'], rule: rules.overpromising },
  // Missing docs and a low rate are context: DOMAIN.md calls a low rate "a flag to ask about, not a verdict".
  { id: 'thin-docs', severity: 'info', probes: ['test-strategy'], rule: rules.thinDocs },
  { id: 'low-rate', severity: 'info', probes: ['async-traps', 'gil'], rule: rules.lowRate },
];

/** Pure: the red flags the evidence and the profile raise, most severe first, each with its probes for the role. */
export function evaluateFlags(input: rules.FlagInput): RedFlag[] {
  return FLAGS.flatMap(({ id, severity, probes, rule }) => {
    const finding = rule(input);
    return finding ? [{ id, severity, ...finding, probes: orderForRole(probes, input.scorecard) }] : [];
  });
}

/** The question to ask about a flag: the most useful of its probes for the role, worded for it. */
export function flagQuestion(flagId: FlagId, role: ProbeRoleInput): Probe | null {
  const definition = FLAGS.find((flag) => flag.id === flagId);
  return definition ? (probesForRole(definition.probes, role)[0] ?? null) : null;
}
