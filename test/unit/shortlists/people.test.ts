import { describe, expect, it } from 'vitest';
import { PeopleIndex, sameLogin, uniqueTags } from '@/lib/shortlists/people';
import { CANDIDATE_LIMITS } from '@/lib/shortlists/records';

const person = (githubLogin: string | null, ...profileUrls: string[]) => ({ githubLogin, profileUrls });

describe('one person, one record', () => {
  it('knows a person by login in any case first, then by the earliest record sharing a profile address', () => {
    const people = new PeopleIndex([
      person(null, 'https://www.upwork.com/freelancers/~01aa'),
      person('Ada', 'https://github.com/Ada'),
      person(null, 'https://www.upwork.com/freelancers/~01aa', 'https://www.fiverr.com/ada'),
    ]);
    expect(people.find(person('ADA'))).toEqual({ at: 1, by: 'login', shared: 'ADA' });
    expect(people.find(person(null, 'https://www.fiverr.com/ada', 'https://www.upwork.com/freelancers/~01aa'))).toEqual({
      at: 0,
      by: 'profile',
      shared: 'https://www.upwork.com/freelancers/~01aa',
    });
    expect(people.find(person('grace', 'https://github.com/grace'))).toBeUndefined();
  });

  it('treats two logins as one account only when they match in any case', () => {
    expect(sameLogin('Ada', 'ada')).toBe(true);
    expect(sameLogin('ada', 'ada-py')).toBe(false);
    expect(sameLogin(null, 'ada')).toBe(false);
  });

  it('keeps tags once in any case, the first spelling, within a record’s limit', () => {
    expect(uniqueTags(['Django', 'django', 'DevOps', 'DJANGO'])).toEqual(['Django', 'DevOps']);
    const many = Array.from({ length: 40 }, (_, index) => `tag-${index}`);
    expect(uniqueTags(many)).toEqual(many.slice(0, CANDIDATE_LIMITS.tags));
  });
});
