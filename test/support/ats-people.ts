import type { AtsPerson } from '@/lib/shortlists/export/ats-person';

/** A person as lib/ats receives them, with a GitHub profile and a note; a test sets what it looks at. */
export function atsPersonFixture(fields: Partial<AtsPerson> & Pick<AtsPerson, 'candidateId' | 'fullName'>): AtsPerson {
  const login = fields.fullName.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    firstName: null,
    lastName: fields.fullName,
    email: null,
    githubUrl: `https://github.com/${login}`,
    linkedInUrl: null,
    otherUrls: [],
    headline: 'Python developer',
    note: `pyvet note on ${fields.fullName}`,
    tags: [],
    stageLabel: 'Profile filter',
    ats: {},
    ...fields,
  };
}

/** A clock that only moves when the code under test sleeps, and the waits it asked for. */
export function fakeTime(start = 1_700_000_000_000) {
  let now = start;
  const waits: number[] = [];
  return {
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    waits,
  };
}
