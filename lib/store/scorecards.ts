import { RoleScorecardSchema, TemplateIdSchema, type RoleScorecard } from '../judgement/scorecard';
import { scorecardFromTemplate } from '../judgement/templates';
import type { PyvetDatabase } from './db';

/** Templates first, in DOMAIN.md's order (backend, data, AI); the user's own roles after, by name. */
function templateRank(scorecard: RoleScorecard): number {
  const isTemplate = scorecard.templateId !== null && scorecard.id === `template-${scorecard.templateId}`;
  return isTemplate ? TemplateIdSchema.options.indexOf(scorecard.templateId!) : TemplateIdSchema.options.length;
}

/**
 * The saved role scorecards. The built-in templates are always there: they
 * are created on first use and can be reset, never lost (deleting one only
 * resets it).
 */
export class ScorecardStore {
  constructor(private readonly db: PyvetDatabase) {}

  async list(now: number = Date.now()): Promise<RoleScorecard[]> {
    await this.ensureTemplates(now);
    const stored = await this.db.scorecards.toArray();
    return stored
      .map((record) => RoleScorecardSchema.safeParse(record))
      .flatMap((parsed) => (parsed.success ? [parsed.data] : []))
      .sort((a, b) => templateRank(a) - templateRank(b) || a.name.localeCompare(b.name));
  }

  async get(id: string): Promise<RoleScorecard | undefined> {
    const parsed = RoleScorecardSchema.safeParse(await this.db.scorecards.get(id));
    return parsed.success ? parsed.data : undefined;
  }

  async save(scorecard: RoleScorecard): Promise<void> {
    await this.db.scorecards.put(RoleScorecardSchema.parse(scorecard));
  }

  /** Deletes a scorecard of the user's; a built-in template is reset instead. Returns what was removed, for undo. */
  async remove(id: string, now: number = Date.now()): Promise<RoleScorecard | undefined> {
    const existing = await this.get(id);
    if (!existing) return undefined;
    if (existing.templateId && existing.id === `template-${existing.templateId}`) {
      await this.save(scorecardFromTemplate(existing.templateId, now));
    } else {
      await this.db.scorecards.delete(id);
    }
    return existing;
  }

  private async ensureTemplates(now: number): Promise<void> {
    for (const templateId of TemplateIdSchema.options) {
      const id = `template-${templateId}`;
      if (!(await this.db.scorecards.get(id))) await this.save(scorecardFromTemplate(templateId, now));
    }
  }
}
