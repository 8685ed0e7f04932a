import { vi } from 'vitest';
import type { RoleServices } from '@/lib/ui/role-services';
import { viewCandidate } from '@/lib/judgement/candidate-view';
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
    evaluate: async (report, reading) =>
      viewCandidate({ report, reading, scorecard: templates.find((template) => template.id === activeId)!, thresholds: DEFAULT_THRESHOLDS, closedAt: null, now }),
    watchRoles: (onChange) => {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
    copy: vi.fn(async () => {}),
  };
  return services;
}
