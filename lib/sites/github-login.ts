import { z } from 'zod';

/**
 * A GitHub login: 1-39 characters, letters, digits and single hyphens, not
 * starting or ending with a hyphen. Older accounts may still hold a double
 * hyphen or a trailing one, so only the start and the charset are enforced.
 */
export const GitHubLoginSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/, 'not a GitHub login');
