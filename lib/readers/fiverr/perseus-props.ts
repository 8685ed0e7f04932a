import { z } from 'zod';
import { JsonTextSchema, parseJsonScript } from '../marketplace/embedded-json';
import type { SiteData } from '../marketplace/reading-builder';
import { fiverrDataScript } from './selectors';

/**
 * Fiverr renders a seller's page from the JSON props in
 * `<script id="perseus-initial-props" type="application/json">`. Public
 * scrapers (2021–2022) read `userData.seller_card.user.{username, country}`
 * from it, and take the seller's details as `userData.seller_card` merged
 * with `userData.seller_profile`. The key names of those details were found
 * in no public code and no real page, so the lists below are UNVERIFIED
 * guesses at names, tried in order: a key that is absent leaves the field to
 * the selectors. The props are used only when their username is the
 * profile's own, never the viewer's or another seller's.
 */
const DETAIL_KEYS = {
  name: ['display_name', 'displayName', 'public_name', 'full_name'],
  title: ['one_liner', 'oneliner', 'oneLiner'],
  overview: ['description', 'about', 'bio'],
  skills: ['skills'],
} as const;

const Details = z.record(z.string(), z.unknown());
const PerseusPropsSchema = z.object({
  userData: z.object({
    seller_card: z.looseObject({ user: Details }).catch({ user: {} }),
    seller_profile: Details.catch({}),
  }),
});

const text = JsonTextSchema;
const skillName = z.union([text, z.object({ name: text }).transform((skill) => skill.name)]);
const skillList = z.array(skillName.nullable().catch(null)).max(200);

/** The seller as the page's props describe them; null when the page has none about this username. */
export function readFiverrPerseusProps(document: Document, username: string | null): SiteData | null {
  const props = PerseusPropsSchema.safeParse(parseJsonScript(document.querySelector(fiverrDataScript)));
  if (!username || !props.success) return null;
  const { seller_card: card, seller_profile: profile } = props.data.userData;
  const owner = text.safeParse(card.user['username'] ?? profile['username']);
  if (!owner.success || owner.data.toLowerCase() !== username.toLowerCase()) return null;

  const details: Record<string, unknown>[] = [profile, card, card.user];
  const first = (keys: readonly string[]) => {
    for (const record of details) {
      for (const key of keys) {
        const value = text.safeParse(record[key]);
        if (value.success) return value.data;
      }
    }
    return null;
  };
  const skills = details
    .flatMap((record) => DETAIL_KEYS.skills.map((key) => skillList.safeParse(record[key])))
    .map((list) => (list.success ? list.data.filter((skill) => skill !== null) : []))
    .find((list) => list.length > 0);
  return {
    name: first(DETAIL_KEYS.name),
    title: first(DETAIL_KEYS.title),
    overview: first(DETAIL_KEYS.overview),
    // 2021–2022: the seller's country, as the page shows it ("Germany").
    location: first(['country']),
    // Fiverr sells gigs priced per project; no hourly rate was seen in the props.
    hourlyRate: null,
    skills: [...new Set(skills ?? [])],
  };
}
