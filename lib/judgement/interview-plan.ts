import type { Evidence } from '../analysis/evidence/snapshot';
import type { Claim, SkillMatch, Verdict } from './verdict';

/** A must-have's status in words, as interview plans and ATS notes show it. */
export const SKILL_STATUS_LABELS: Record<SkillMatch['status'], string> = {
  evidenced: 'Evidenced',
  claimed: 'Claimed only',
  unread: 'Unknown (a manifest was not read)',
  'not-found': 'Not found',
  'ask-in-interview': 'Ask in interview',
};

const SOURCE_LABELS: Record<Claim['source'], string> = {
  'github-bio': 'GitHub bio',
  'github-company': 'GitHub company',
  'github-website': 'GitHub website',
  'profile-readme': 'profile README',
  'marketplace-skills': 'skills',
  'marketplace-overview': 'overview',
  'marketplace-title': 'title',
};

/** Links shown per skill in the table: the first few say enough. */
const LINKS_PER_SKILL = 2;

/**
 * Pure: the verdict as a Markdown interview plan to paste into notes or a
 * ticket. Everything that comes from the candidate or their pages (names,
 * quotes, file paths, URLs) is escaped, so it cannot become a link, an image
 * or HTML; only links to http(s) addresses pyvet recorded are made.
 */
export function interviewPlanMarkdown(verdict: Verdict, candidateName: string, profileUrl: string): string {
  const profile = link(profileUrl, profileUrl);
  const { level, reasons } = verdict.confidence;
  return [
    `# Interview plan: ${escapeMarkdown(candidateName) || 'candidate'}`,
    '',
    `- Role: ${escapeMarkdown(verdict.role.name)}`,
    ...(profile ? [`- Profile: ${profile}`] : []),
    `- Must-haves: ${escapeMarkdown(verdict.summary)}`,
    `- Confidence: ${level}${reasons.length > 0 ? `. ${escapeMarkdown(reasons.join(' '))}` : ''}`,
    '',
    '## Must-haves',
    '',
    ...skillTable(verdict.mustHaves),
    ...(verdict.niceToHaves.length > 0 ? ['', '## Nice-to-haves', '', ...skillTable(verdict.niceToHaves)] : []),
    '',
    '## Red flags',
    '',
    ...(verdict.flags.length > 0 ? verdict.flags.flatMap(flagLines) : ['No red flags.']),
    '',
    '## Questions to ask',
    '',
    ...verdict.probes.map((probe, index) => `${index + 1}. **${escapeMarkdown(probe.title)}**: ${escapeMarkdown(probe.question)}`),
    '',
  ].join('\n');
}

function skillTable(matches: readonly SkillMatch[]): string[] {
  if (matches.length === 0) return ['None.'];
  return [
    '| Skill | Status | Evidence and claims |',
    '| --- | --- | --- |',
    ...matches.map((match) => `| ${escapeMarkdown(match.skill)} | ${SKILL_STATUS_LABELS[match.status]} | ${skillCell(match) || '–'} |`),
  ];
}

function skillCell(match: SkillMatch): string {
  const files = [...new Map(match.evidence.map((item) => [item.url, item])).values()];
  const evidence = files.slice(0, LINKS_PER_SKILL).map((item) => link(evidenceLabel(item), item.url) ?? escapeMarkdown(evidenceLabel(item)));
  const claims = match.claims.slice(0, LINKS_PER_SKILL).map((claim) => {
    const source = link(SOURCE_LABELS[claim.source], claim.url) ?? SOURCE_LABELS[claim.source];
    return `“${escapeMarkdown(claim.quote)}” (${source})`;
  });
  return [...evidence, ...claims].join('; ');
}

function flagLines(flag: Verdict['flags'][number]): string[] {
  return [
    `- **${flag.severity}** ${flag.id}: ${escapeMarkdown(flag.reason)}`,
    ...flag.evidence.map((item) => {
      const label = link(evidenceLabel(item), item.url) ?? escapeMarkdown(evidenceLabel(item));
      return `  - ${label}: ${escapeMarkdown(item.detail)}`;
    }),
  ];
}

function evidenceLabel(item: Evidence): string {
  return item.path ? `${item.repo}/${item.path}` : item.repo;
}

/**
 * Text that Markdown shows as it is: whitespace collapsed (no new lines,
 * headings or list items), and every character that could start emphasis,
 * code, a link or image (both need "["), HTML or a table cell escaped. Bare addresses are
 * broken up so that GitHub-flavoured Markdown does not turn them into links.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~#]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
}

/** A Markdown link to an http(s) address, or null for anything else (javascript:, data:, no address). */
export function link(text: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const target = parsed.href.replace(/[()<> ]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(text)}](${target})`;
}
