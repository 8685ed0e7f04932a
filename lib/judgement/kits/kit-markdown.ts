import { escapeMarkdown, link } from '../interview-plan';
import type { KitItem, KitSection, StageKit } from './kit-schema';

/**
 * Pure: stage kits as Markdown. Every piece of text is escaped, since skills,
 * repository names and evidence details in it come from the candidate's pages
 * and the team's scorecard.
 */

/** One stage as a "## <title>" section: time box, sections, then the reviewer's checklist. */
export function stageKitMarkdown(kit: StageKit, options: { candidateName?: string } = {}): string {
  return [
    `## ${escapeMarkdown(kit.title)}`,
    '',
    ...(options.candidateName ? [`Candidate: ${escapeMarkdown(options.candidateName)}`, ''] : []),
    ...(kit.timeBox ? [`Time box: ${escapeMarkdown(kit.timeBox)}`, ''] : []),
    ...kit.sections.flatMap((section) => sectionLines(section, '###')),
    '### Reviewer checklist',
    '',
    ...kit.checklist.map((item) => `- [ ] ${escapeMarkdown(item)}`),
    '',
  ].join('\n');
}

/** The whole hiring plan: one "##" section per stage, in the funnel's order. */
export function kitPlanMarkdown(kits: readonly StageKit[], candidateName: string, profileUrl: string): string {
  const profile = link(profileUrl, profileUrl);
  return [
    `# Hiring plan for ${escapeMarkdown(candidateName) || 'the candidate'}`,
    '',
    ...(profile ? [`Profile: ${profile}`, ''] : []),
    ...kits.map((kit) => stageKitMarkdown(kit)),
  ].join('\n');
}

/** The practical task as sent to the candidate: without the reviewer-only sections or the checklist. */
export function taskBriefMarkdown(kit: StageKit, candidateName: string): string {
  return [
    `# ${escapeMarkdown(kit.title)}${candidateName ? ` for ${escapeMarkdown(candidateName)}` : ''}`,
    '',
    ...kit.sections.filter((section) => !section.reviewerOnly).flatMap((section) => sectionLines(section, '##')),
  ].join('\n');
}

function sectionLines(section: KitSection, level: '##' | '###'): string[] {
  return [`${level} ${escapeMarkdown(section.heading)}`, '', ...section.items.flatMap(itemLines), ''];
}

function itemLines(item: KitItem): string[] {
  const date = item.date ? `**${item.date}** ` : '';
  return [`- ${date}${escapeMarkdown(item.text)}`, ...(item.detail ? [`  - ${escapeMarkdown(item.detail)}`] : [])];
}
