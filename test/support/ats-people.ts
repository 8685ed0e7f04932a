import type { AtsPerson } from '@/lib/shortlists/export/ats-person';
import type { Candidate } from '@/lib/shortlists/records';

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

/**
 * A stand-in for lib/shortlists/export/ats-person.ts's atsPerson (written by another change), just
 * enough for the CLI tests: name, GitHub and LinkedIn addresses, note, tags and known links.
 */
export function toPersonForTests(candidate: Candidate): AtsPerson {
  const fullName = candidate.displayName ?? candidate.githubLogin ?? candidate.id;
  const githubUrl = candidate.githubLogin ? `https://github.com/${candidate.githubLogin}` : null;
  const linkedInUrl = candidate.profileUrls.find((url) => url.includes('linkedin.com')) ?? null;
  return atsPersonFixture({
    candidateId: candidate.id,
    fullName,
    githubUrl,
    linkedInUrl,
    otherUrls: candidate.profileUrls.filter((url) => url !== githubUrl && url !== linkedInUrl && !url.includes('github.com')),
    note: candidate.note || `pyvet note on ${fullName}`,
    tags: candidate.tags,
    ats: candidate.ats ?? {},
  });
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
