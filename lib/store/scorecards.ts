import { RoleScorecardSchema, TemplateIdSchema, type RoleScorecard } from '../judgement/scorecard';
import { isBuiltInRole, scorecardFromTemplate, templateScorecardId } from '../judgement/templates';
import { activeRoleId } from '../settings/settings';
import type { PyvetDatabase } from './db';

/** Built-in roles first, in the playbook's order (backend, data, AI); the user's own roles after, by name. */
function templateRank(scorecard: RoleScorecard): number {
  return isBuiltInRole(scorecard) ? TemplateIdSchema.options.indexOf(scorecard.templateId) : TemplateIdSchema.options.length;
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

  /** The role every view holds candidates against; the first built-in one if the chosen role was deleted. */
  async active(now: number = Date.now()): Promise<RoleScorecard> {
    const [roles, wanted] = await Promise.all([this.list(now), activeRoleId.getValue()]);
    // The built-in roles are always listed, so there is always a first one.
    return roles.find((role) => role.id === wanted) ?? roles[0]!;
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
    if (isBuiltInRole(existing)) await this.save(scorecardFromTemplate(existing.templateId, now));
    else await this.db.scorecards.delete(id);
    return existing;
  }

  private async ensureTemplates(now: number): Promise<void> {
    for (const templateId of TemplateIdSchema.options) {
      if (!(await this.db.scorecards.get(templateScorecardId(templateId)))) await this.save(scorecardFromTemplate(templateId, now));
    }
  }
}
