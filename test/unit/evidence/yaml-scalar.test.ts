import { describe, expect, it } from 'vitest';
import { yamlScalar } from '@/lib/analysis/evidence/yaml-scalar';

describe('yamlScalar', () => {
  it('drops a comment, spaces and one pair of quotes', () => {
    expect(yamlScalar('  "postgres:16"  # the database')).toBe('postgres:16');
    expect(yamlScalar("'${AIRFLOW_IMAGE_NAME:-apache/airflow:2.5.2}'")).toBe('${AIRFLOW_IMAGE_NAME:-apache/airflow:2.5.2}');
    expect(yamlScalar('numpy<1.23')).toBe('numpy<1.23');
  });

  it('keeps a # that is part of the value, and reads a value that is only a comment as empty', () => {
    expect(yamlScalar('registry.example.com/app:v1#x')).toBe('registry.example.com/app:v1#x');
    expect(yamlScalar('# nothing here')).toBe('');
  });

  it('takes off only matching quotes', () => {
    expect(yamlScalar(`"it's"`)).toBe("it's");
    expect(yamlScalar(`"half'`)).toBe(`"half'`);
  });
});
