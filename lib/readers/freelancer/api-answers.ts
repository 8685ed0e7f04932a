import { z } from 'zod';
import { jsonObjects, JsonTextSchema, parseJsonScript } from '../marketplace/embedded-json';
import type { SiteData } from '../marketplace/reading-builder';
import { rateFromProfileData } from '../profile-reading';
import { freelancerDataScripts } from './selectors';

/**
 * Freelancer.com's Angular app asks its own REST API for a profile
 * (`/api/users/0.1/users?usernames[]=…`, answered as
 * `{"status":"success","result":{"users":{"<id>":{…user…}}}}`) and, rendered
 * on the server, hands the answers to the browser inside the page as JSON
 * (Angular's transfer state). Which script and which key hold them on a
 * profile page is not verified (no real saved page was found), so every JSON
 * script is searched for a user object of the API's shape whose `username`
 * is the profile's own; another user's (the viewer's, a similar freelancer's)
 * is never read. User fields as the API documents them (Freelancer's SDKs).
 */
const text = JsonTextSchema;
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().catch(null);

const FreelancerUserSchema = z.object({
  username: z.string(),
  public_name: optional(text),
  display_name: optional(text),
  tagline: optional(text),
  profile_description: optional(text),
  hourly_rate: optional(z.number().positive().max(10_000)),
  primary_currency: optional(z.object({ code: z.string().regex(/^[A-Z]{3}$/) })),
  location: optional(z.object({ city: optional(text), country: optional(z.object({ name: optional(text) })) })),
  // Asked for with `jobs=true`: the skills the freelancer lists.
  jobs: optional(z.array(optional(z.object({ name: text })))),
});
type FreelancerUser = z.infer<typeof FreelancerUserSchema>;

/**
 * Angular before version 16 wrote its transfer state with these escapes
 * (`{&q;G.https://…&q;:…}`); later versions write plain JSON.
 */
const ANGULAR_ESCAPES: Record<string, string> = { '&a;': '&', '&q;': '"', '&s;': "'", '&l;': '<', '&g;': '>' };
const unescapeAngular = (state: string) => state.replace(/&[aqslg];/g, (escape) => ANGULAR_ESCAPES[escape] ?? escape);

/** The profile as the page's embedded API answers give it; null when the page holds none about this username. */
export function readFreelancerApiAnswers(document: Document, username: string | null): SiteData | null {
  if (!username) return null;
  const users: FreelancerUser[] = [];
  for (const script of document.querySelectorAll(freelancerDataScripts)) {
    for (const candidate of jsonObjects(parseJsonScript(script, unescapeAngular))) {
      if (typeof candidate['username'] !== 'string' || candidate['username'].toLowerCase() !== username.toLowerCase()) continue;
      const user = FreelancerUserSchema.safeParse(candidate);
      if (user.success) users.push(user.data);
    }
  }
  return users.length > 0 ? siteDataOf(users) : null;
}

/** One answer may carry the description and another the skills (each detail is asked for apart): the first that has a field gives it. */
function siteDataOf(users: FreelancerUser[]): SiteData {
  const first = <T>(read: (user: FreelancerUser) => T | null | undefined): T | null =>
    users.map(read).find((value) => value !== null && value !== undefined) ?? null;
  const rate = first((user) =>
    user.hourly_rate && user.primary_currency ? { amount: user.hourly_rate, currency: user.primary_currency.code } : null,
  );
  const skills = first((user) => {
    const names = (user.jobs ?? []).flatMap((job) => (job ? [job.name] : []));
    return names.length > 0 ? [...new Set(names)] : null;
  });
  return {
    name: first((user) => user.public_name ?? user.display_name),
    title: first((user) => user.tagline),
    overview: first((user) => user.profile_description),
    location: first((user) => {
      const parts = [user.location?.city, user.location?.country?.name].filter((part): part is string => Boolean(part));
      return parts.length > 0 ? parts.join(', ') : null;
    }),
    hourlyRate: rate && rateFromProfileData(rate.amount, rate.currency),
    skills: skills ?? [],
  };
}
