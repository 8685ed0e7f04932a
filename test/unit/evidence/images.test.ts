import { describe, expect, it } from 'vitest';
import { imageIs, imagesIn, tagVersion } from '@/lib/analysis/evidence/images';

const named = (path: string, text: string) => imagesIn(path, text).map((image) => `${image.name}${image.tag ? `:${image.tag}` : ''}`);

describe('imagesIn: compose files', () => {
  it("reads every service's image, a variable's default in its place, without registry, library/ or digest", () => {
    const compose = [
      'x-airflow-common:',
      '  image: ${AIRFLOW_IMAGE_NAME:-apache/airflow:2.5.2}',
      'services:',
      '  db:',
      "    image: 'postgres:13'",
      '  cache:',
      '    image: docker.io/library/redis@sha256:0123abcd # pinned',
      '  web:',
      '    image: ghcr.io/jo/web:${TAG-1.4}',
      '  local:',
      '    image: localhost:5000/jo/etl',
      '  unset:',
      '    image: ${APP_IMAGE}',
      '  # image: mysql:8',
      '',
    ].join('\n');
    expect(named('deploy/docker-compose.yaml', compose)).toEqual(['apache/airflow:2.5.2', 'postgres:13', 'redis', 'jo/web:1.4', 'jo/etl']);
    expect(imagesIn('compose.yml', 'services:\n  db:\n    image: postgres\n')[0]).toEqual({
      name: 'postgres',
      tag: null,
      path: 'compose.yml',
      quote: 'image: postgres',
      besideOrchestrator: false,
    });
  });

  it('marks the images of a compose file that runs an orchestrator, whatever its image is called', () => {
    const custom = 'services:\n  scheduler:\n    image: data-pipeline-airflow-demo\n  db:\n    image: postgres:13\n';
    expect(imagesIn('docker-compose.yml', custom).map((image) => image.besideOrchestrator)).toEqual([true, true]);
    // A comment that mentions Airflow runs nothing.
    expect(imagesIn('docker-compose.yml', '# not airflow yet\nservices:\n  db:\n    image: postgres\n')[0]?.besideOrchestrator).toBe(false);
  });

  it('reads only compose files and Dockerfiles', () => {
    expect(named('.github/workflows/ci.yml', 'jobs:\n  test:\n    container:\n      image: python:3.8\n')).toEqual([]);
    expect(named('compose.override.yaml', 'services:\n  db:\n    image: mariadb:11\n')).toEqual(['mariadb:11']);
  });
});

describe('imagesIn: Dockerfiles', () => {
  it('reads each FROM with its ARG default, not build stages or scratch', () => {
    const dockerfile = 'ARG BASE=postgis/postgis:16-3.4\nFROM ${BASE} AS db\nFROM --platform=linux/amd64 python:3.12-slim AS build\nFROM build\nFROM scratch\n';
    expect(named('db/Containerfile', dockerfile)).toEqual(['postgis/postgis:16-3.4', 'python:3.12-slim']);
  });
});

describe('imageIs and tagVersion', () => {
  it('matches an owner/name whole and a bare name by the last part', () => {
    expect(imageIs('bitnami/postgresql', ['postgresql'])).toBe(true);
    expect(imageIs('postgres', ['postgres'])).toBe(true);
    expect(imageIs('apache/airflow', ['apache/airflow'])).toBe(true);
    expect(imageIs('jo/airflow', ['apache/airflow'])).toBe(false);
    expect(imageIs('postgres-exporter', ['postgres'])).toBe(false);
  });

  it('reads the release at the start of a tag', () => {
    expect([tagVersion('2.5.2-python3.8'), tagVersion('v1.7'), tagVersion('13'), tagVersion('latest'), tagVersion(null)]).toEqual(['2.5.2', '1.7', '13', null, null]);
  });
});
