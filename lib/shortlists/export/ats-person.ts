import { FLAG_LABELS } from '../../judgement/flag-labels';
import { flagQuestion } from '../../judgement/flags';
import { SKILL_STATUS_LABELS } from '../../judgement/interview-plan';
import { templateOfScorecardId } from '../../judgement/templates';
import { GITHUB } from '../../sites/sites';
import { formatDate } from '../../text/time';
import { uniqueTags } from '../people';
import { STAGE_LABELS, type AtsLinks, type Candidate } from '../records';
import { describeOutcomes } from '../stage-outcomes';
import { averageScore } from '../summary';

/**
 * A saved candidate as every applicant tracking system sees them: the CSV
 * presets and the live sends (lib/ats) both start from this, so a name is
 * split and a note is worded one way everywhere.
 */
export interface AtsPerson {
  candidateId: string;
  /** The display name, else the GitHub login; empty only when pyvet has neither (the CSV presets skip such a person). */
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
  /** "Backend (Django) · 4 of 6 must-haves evidenced": the role and pyvet's summary; null before an analysis. */
  headline: string | null;
  /** Plain-text note: verdict, must-haves, flags with their interview questions, stage outcomes, the reviewer's note. */
  note: string;
  /** The candidate's tags plus the flags' short names. */
  tags: string[];
  /** The pyvet funnel stage's label. */
  stageLabel: string;
  /** Where this person already is in each ATS (absent until first sent). */
  ats: AtsLinks;
}

/** Notes are cut at this length, so no ATS note field has to cut them somewhere worse. */
export const ATS_NOTE_LIMIT = 10_000;

/** The candidate as an ATS record: only what pyvet knows, nothing invented. */
export function atsPerson(candidate: Candidate): AtsPerson {
  const fullName = candidate.displayName?.replace(/\s+/g, ' ').trim() || (candidate.githubLogin ?? '');
  const words = fullName.split(' ').filter(Boolean);
  const links = profileLinks(candidate);
  const { assessment } = candidate;
  return {
    candidateId: candidate.id,
    fullName,
    firstName: words.length > 1 ? words.slice(0, -1).join(' ') : null,
    lastName: words.at(-1) ?? '',
    email: null,
    ...links,
    headline: assessment ? `${assessment.role.name} · ${assessment.summary}` : null,
    note: atsNote(candidate, [links.githubUrl, links.linkedInUrl, ...links.otherUrls].flatMap((url) => url ?? [])),
    tags: uniqueTags([...candidate.tags, ...(assessment?.flags ?? []).map((flag) => FLAG_LABELS[flag])]),
    stageLabel: STAGE_LABELS[candidate.stage],
    ats: candidate.ats ?? {},
  };
}

type ProfileLinks = Pick<AtsPerson, 'githubUrl' | 'linkedInUrl' | 'otherUrls'>;

function profileLinks(candidate: Candidate): ProfileLinks {
  // Imported files may hold any text as a profile URL; only web addresses go into an ATS link field.
  const saved = [...new Set(candidate.profileUrls.filter((url) => parseWebUrl(url) !== null))];
  const login = candidate.githubLogin ?? saved.map(githubLoginOf).find((found) => found !== null) ?? null;
  const linkedInUrl = saved.find(isLinkedInProfile) ?? null;
  const isOwnGitHub = (url: string) => login !== null && githubLoginOf(url)?.toLowerCase() === login.toLowerCase();
  return {
    githubUrl: login === null ? null : `https://github.com/${login}`,
    linkedInUrl,
    otherUrls: saved.filter((url) => url !== linkedInUrl && !isOwnGitHub(url)),
  };
}

function parseWebUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

function githubLoginOf(text: string): string | null {
  const url = parseWebUrl(text);
  return url && GITHUB.profileHandle(url);
}

function isLinkedInProfile(text: string): boolean {
  const url = parseWebUrl(text);
  if (!url) return false;
  const onLinkedIn = url.hostname === 'linkedin.com' || url.hostname.endsWith('.linkedin.com');
  return onLinkedIn && /^\/in\/[^/]+/.test(url.pathname);
}

/** Plain text in sections a recruiter reads top to bottom: verdict, must-haves, flags with questions, stage and its outcomes, the reviewer's view, links. */
function atsNote(candidate: Candidate, profileUrls: readonly string[]): string {
  const average = averageScore(candidate.scores);
  const outcomes = describeOutcomes(candidate.history);
  const sections = [
    ...verdictSections(candidate),
    `Stage: ${STAGE_LABELS[candidate.stage]}`,
    ...(outcomes.length > 0 ? [`Stage outcomes:\n${outcomes.map((outcome) => `- ${outcome}`).join('\n')}`] : []),
    ...(candidate.note.trim() ? [`Reviewer's note:\n${candidate.note.trim()}`] : []),
    ...(average === null ? [] : [`Quick scores: ${average.toFixed(1)} of 5 on average`]),
    ...(profileUrls.length > 0 ? [`Profiles:\n${profileUrls.join('\n')}`] : []),
  ];
  const note = sections.join('\n\n');
  return note.length <= ATS_NOTE_LIMIT ? note : `${note.slice(0, ATS_NOTE_LIMIT - 1)}…`;
}

function verdictSections({ assessment }: Candidate): string[] {
  if (!assessment) return ['Not analyzed against a role yet.'];
  const role = { templateId: templateOfScorecardId(assessment.role.id), mustHave: assessment.mustHaves.map((match) => match.skill) };
  const flagLines = assessment.flags.map((flag) => {
    const question = flagQuestion(flag, role);
    return `- ${FLAG_LABELS[flag]}${question ? `. Ask (${question.title}): ${question.question}` : ''}`;
  });
  return [
    `pyvet verdict against ${assessment.role.name} (${formatDate(assessment.at)}):\n${assessment.summary}`,
    ...(assessment.mustHaves.length > 0
      ? [`Must-haves:\n${assessment.mustHaves.map((match) => `- ${match.skill}: ${SKILL_STATUS_LABELS[match.status]}`).join('\n')}`]
      : []),
    flagLines.length > 0 ? `Red flags:\n${flagLines.join('\n')}` : 'Red flags: none.',
  ];
}

/** Every profile address of a person, GitHub first, then LinkedIn, then the rest. */
export function profileUrlsOf(person: AtsPerson): string[] {
  return [person.githubUrl, person.linkedInUrl, ...person.otherUrls].filter((url): url is string => Boolean(url));
}
