import { vi } from 'vitest';
import type { RoleServices } from '@/lib/ui/role-services';
import { evaluateCandidate } from '@/lib/judgement/evaluate';
import { interviewPlanMarkdown } from '@/lib/judgement/interview-plan';
import { DEFAULT_THRESHOLDS, type TemplateId } from '@/lib/judgement/scorecard';
import { scorecardFromTemplate } from '@/lib/judgement/templates';

/** Role services over the real evaluation and the built-in templates, kept in memory. */
export function fakeRoleServices(now: number, activeTemplate: TemplateId = 'backend') {
  const templates = (['backend', 'data', 'ai'] as const).map((id) => scorecardFromTemplate(id, now));
  let activeId = `template-${activeTemplate}`;
  const watchers = new Set<() => void>();
  const services: RoleServices = {
    listRoles: async () => ({ roles: templates.map(({ id, name }) => ({ id, name })), activeId }),
    setActiveRole: async (id) => {
      activeId = id;
      watchers.forEach((notify) => notify());
    },
    evaluate: async (report, reading) => {
      const scorecard = templates.find((template) => template.id === activeId)!;
      const verdict = evaluateCandidate({
        report,
        reading: reading?.site === 'github' ? null : reading,
        githubReading: reading?.site === 'github' ? reading : null,
        scorecard,
        thresholds: DEFAULT_THRESHOLDS,
        now,
      });
      return { verdict, interviewPlan: interviewPlanMarkdown(verdict, report?.name ?? 'Candidate', report?.profileUrl ?? '') };
    },
    watchRoles: (onChange) => {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    copy: vi.fn(async () => {}),
  };
  return services;
}
