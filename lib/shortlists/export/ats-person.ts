import type { AtsLinks } from '../records';

/**
 * A saved candidate as every applicant tracking system sees them: the CSV
 * presets and the live sends (lib/ats) both start from this, so a name is
 * split and a note is worded one way everywhere.
 */
export interface AtsPerson {
  candidateId: string;
  /** The display name, else the GitHub login; never empty. */
  fullName: string;
  /** Null when the name is one word: pyvet never invents a first name. */
  firstName: string | null;
  lastName: string;
  /** pyvet records hold no e-mail today; kept so a future reading can fill it. */
  email: string | null;
  githubUrl: string | null;
  linkedInUrl: string | null;
  /** Every other profile address (marketplaces, a personal site), in saved order. */
  otherUrls: string[];
  /** "Python developer · Backend (Django) · 4 of 6 must-haves evidenced" style one-liner, or null. */
  headline: string | null;
  /** Plain-text note: verdict, must-haves, flags with their interview questions, the reviewer's note. */
  note: string;
  /** The candidate's tags plus the flags' short names. */
  tags: string[];
  /** The pyvet funnel stage's label. */
  stageLabel: string;
  /** Where this person already is in each ATS (absent until first sent). */
  ats: AtsLinks;
}
