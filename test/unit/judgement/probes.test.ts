import { describe, expect, it } from 'vitest';
import { coreProbeIds, orderForRole, probeRoleOf, probesForRole, type ProbeRole } from '@/lib/judgement/probes';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { ProbeSchema, type Probe } from '@/lib/judgement/verdict';
import { NOW, scorecard } from './candidates';

const ALL: Probe['id'][] = ['gil', 'test-strategy', 'prompt-injection', 'etl-idempotency', 'database-isolation', 'async-traps'];

describe('probeRoleOf', () => {
  it.each<[string, ReturnType<typeof scorecard>, ProbeRole]>([
    ['the backend template', scorecardFromTemplate('backend', NOW), 'backend'],
    ['the data template', scorecardFromTemplate('data', NOW), 'data'],
    ['the AI template (FastAPI among its must-haves)', scorecardFromTemplate('ai', NOW), 'ai'],
    ['a Django role of its own', scorecard(['Django', 'PostgreSQL']), 'backend'],
    ['an Airflow and Spark role', scorecard(['Airflow', 'Spark', 'FastAPI']), 'data'],
    ['a LangChain role', scorecard(['LangChain', 'PyTorch']), 'ai'],
    ['a tie, decided by the first named', scorecard(['Flask', 'dbt']), 'backend'],
    ['nothing role-specific', scorecard(['Python', 'communication']), 'general'],
    ['infrastructure only', scorecard(['Kubernetes', 'Terraform']), 'general'],
  ])('%s → %s', (_, role, expected) => {
    expect(probeRoleOf(role)).toBe(expected);
  });
});

describe('probesForRole', () => {
  it.each<['backend' | 'data' | 'ai', Probe['id'][]]>([
    ['backend', ['async-traps', 'database-isolation', 'test-strategy', 'gil', 'prompt-injection', 'etl-idempotency']],
    ['data', ['etl-idempotency', 'database-isolation', 'test-strategy', 'gil', 'prompt-injection', 'async-traps']],
    ['ai', ['prompt-injection', 'async-traps', 'test-strategy', 'gil', 'etl-idempotency', 'database-isolation']],
  ])('puts the %s role’s core probes first, then the rest as given', (templateId, order) => {
    const probes = probesForRole(ALL, scorecardFromTemplate(templateId, NOW));
    expect(probes.map((probe) => probe.id)).toEqual(order);
    for (const probe of probes) expect(ProbeSchema.parse(probe)).toEqual(probe);
  });

  it('words each probe for the role', () => {
    const question = (templateId: 'backend' | 'data' | 'ai', id: Probe['id']) =>
      probesForRole([id], scorecardFromTemplate(templateId, NOW))[0]?.question ?? '';
    expect(question('backend', 'async-traps')).toContain('FastAPI endpoint');
    expect(question('data', 'etl-idempotency')).toContain('Airflow task');
    expect(question('data', 'etl-idempotency')).toContain('retried');
    expect(question('ai', 'prompt-injection')).toContain('retrieved document');
    expect(question('ai', 'etl-idempotency')).toContain('vector store');
    expect(question('backend', 'database-isolation')).toContain('PostgreSQL');
    expect(question('data', 'gil')).toContain('pandas');
    const generic = probesForRole(['async-traps'], scorecard(['Python']))[0];
    expect(generic).toEqual({ id: 'async-traps', title: 'Async traps', question: 'A blocking call inside an async FastAPI endpoint: what happens under load?' });
  });

  it('gives every probe a distinct question per role', () => {
    for (const id of ALL) {
      const questions = (['backend', 'data', 'ai'] as const).map((templateId) => probesForRole([id], scorecardFromTemplate(templateId, NOW))[0]?.question);
      expect(new Set(questions).size, id).toBe(3);
    }
  });

  it('drops repeats and keeps only the probes asked for', () => {
    const backend = scorecardFromTemplate('backend', NOW);
    expect(orderForRole(['gil', 'test-strategy', 'gil', 'test-strategy'], backend)).toEqual(['test-strategy', 'gil']);
    expect(probesForRole([], backend)).toEqual([]);
    expect(coreProbeIds(scorecard(['Python']))).toEqual(['test-strategy', 'gil']);
  });
});
