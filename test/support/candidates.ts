import type { Candidate } from '@/lib/shortlists/records';

/** A saved candidate with every field at its empty value; a test sets what it looks at. */
export function candidateRecord(fields: Partial<Candidate> & Pick<Candidate, 'id'>): Candidate {
  return {
    githubLogin: null,
    displayName: null,
    profileUrls: [],
    stage: 'profile-filter',
    note: '',
    tags: [],
    history: [],
    scores: {},
    assessment: null,
    merged: [],
    createdAt: 0,
    updatedAt: 0,
    ...fields,
  };
}
