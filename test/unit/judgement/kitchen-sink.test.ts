import { describe, expect, it } from 'vitest';
import { kitchenSinkWarning } from '@/lib/judgement/kitchen-sink';
import { TemplateIdSchema } from '@/lib/judgement/scorecard';
import { scorecardFromTemplate } from '@/lib/judgement/templates';
import { NOW, scorecard, thresholds } from './candidates';

const RULE = 'Keep a skill as a must-have only if its absence would force a redesign of the first milestone; move the rest to nice-to-have.';

describe('kitchenSinkWarning', () => {
  it.each(TemplateIdSchema.options)('has nothing to say about the built-in %s template', (templateId) => {
    expect(kitchenSinkWarning(scorecardFromTemplate(templateId, NOW), thresholds()).message).toBeNull();
  });

  it('warns about DOMAIN.md’s own kitchen-sink list: too long and spanning six role types', () => {
    const list = ['Django', 'FastAPI', 'Flask', 'Airflow', 'Spark', 'TensorFlow', 'LangChain', 'Kubernetes', 'DevOps', 'mobile'];
    expect(kitchenSinkWarning(scorecard(list), thresholds())).toEqual({
      tooMany: true,
      roleTypes: ['web', 'data', 'ML', 'AI', 'infra', 'mobile'],
      message: `10 must-haves is more than 8: few candidates can show them all. The must-haves name core frameworks of web, data, ML, AI, infra and mobile work: that is several roles in one. ${RULE}`,
    });
  });

  const plain = (count: number) => Array.from({ length: count }, (_, index) => `skill ${index + 1}`);
  it.each([
    [8, 8, false],
    [9, 8, true],
    [3, 3, false],
    [4, 3, true],
  ])('%i must-haves with a maximum of %i: too many = %s', (count, maxMustHaves, tooMany) => {
    const warning = kitchenSinkWarning(scorecard(plain(count)), thresholds({ maxMustHaves }));
    expect(warning.tooMany).toBe(tooMany);
    expect(warning.roleTypes).toEqual([]);
    expect(warning.message).toBe(tooMany ? `${count} must-haves is more than ${maxMustHaves}: few candidates can show them all. ${RULE}` : null);
  });

  it.each<[string[], string[]]>([
    [['Django', 'Flask', 'FastAPI', 'PostgreSQL'], ['web']],
    [['Airflow', 'Spark', 'dbt', 'SQL'], ['data']],
    [['Django', 'Airflow'], ['web', 'data']],
    [['FastAPI', 'LangChain'], ['web', 'AI']],
    [['pandas', 'PyTorch', 'k8s'], ['ML', 'infra']],
    [['Django or Flask', 'scheduling (Airflow, Prefect or Dagster)'], ['web', 'data']],
    [['Docker', 'PostgreSQL', 'Redis', 'pytest'], []],
  ])('%j spans %j', (mustHave, roleTypes) => {
    const warning = kitchenSinkWarning(scorecard(mustHave), thresholds());
    expect(warning.roleTypes).toEqual(roleTypes);
    expect(warning.tooMany).toBe(false);
    if (roleTypes.length >= 2) {
      expect(warning.message).toBe(`The must-haves name core frameworks of ${roleTypes.join(' and ')} work: that is several roles in one. ${RULE}`);
    } else {
      expect(warning.message).toBeNull();
    }
  });

  it('looks only at must-haves: a broad nice-to-have list costs nothing', () => {
    const role = scorecard(['FastAPI'], ['Airflow', 'TensorFlow', 'LangChain', 'Kubernetes'], ['mobile', 'Spark']);
    expect(kitchenSinkWarning(role, thresholds())).toEqual({ tooMany: false, roleTypes: ['web'], message: null });
  });
});
