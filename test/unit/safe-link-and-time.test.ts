import { describe, expect, it } from 'vitest';
import { GITHUB_PAGE_HOSTS, safeLink } from '@/lib/sites/safe-link';
import { formatDate, formatTimeAgo } from '@/lib/text/time';

describe('safeLink', () => {
  it.each([
    'https://github.com/ada',
    'https://github.com/ada/repo?tab=readme#install',
  ])('keeps %s', (url) => {
    expect(safeLink(url, GITHUB_PAGE_HOSTS)).toBe(url);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://github.com/ada',
    'https://github.com.evil.example/ada',
    'https://evil.example/github.com',
    'https://user:pass@github.com/ada',
    '//github.com/ada',
    'not a url',
    '',
  ])('drops %s', (url) => {
    expect(safeLink(url, GITHUB_PAGE_HOSTS)).toBeNull();
  });
});

describe('time formatting', () => {
  const now = Date.parse('2026-11-26T10:00:00Z');
  it.each([
    [now - 30_000, 'just now'],
    [now - 5 * 60_000, '5 minutes ago'],
    [now - 26 * 3600_000, 'yesterday'],
    [now - 95 * 24 * 3600_000, '3 months ago'],
    [now - 800 * 24 * 3600_000, '2 years ago'],
  ])('%i reads as "%s"', (moment, expected) => {
    expect(formatTimeAgo(moment, now)).toBe(expected);
  });

  it('formats dates the same in every locale and time zone', () => {
    expect(formatDate(Date.parse('2025-09-14T23:30:00Z'))).toBe('2025-09-14');
  });
});
