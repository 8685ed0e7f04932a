import { z } from 'zod';

/**
 * JSON a page carries for its own scripts (`<script type="application/json">`:
 * the props it was rendered from, cached API answers), read as data: parsed,
 * never run, and searched within limits.
 */

/** Far above any profile's embedded data; a larger script is not read. */
const MAX_SCRIPT_LENGTH = 5_000_000;
const MAX_DEPTH = 40;
const MAX_OBJECTS = 200_000;

/** The JSON in a script element; null when there is none, or it is too large or not JSON. */
export function parseJsonScript(script: Element | null, unescape: (text: string) => string = (text) => text): unknown {
  const text = script?.textContent ?? '';
  if (!text.trim() || text.length > MAX_SCRIPT_LENGTH) return null;
  try {
    return JSON.parse(unescape(text));
  } catch {
    return null; // a page's broken JSON: the reader falls back to its markup
  }
}

/** Text a site's embedded JSON holds for a field: trimmed, never empty, within reason. */
export const JsonTextSchema = z.string().trim().min(1).max(20_000);

/** A JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object inside a JSON value, outermost first, down to a depth and count no real page needs. */
export function* jsonObjects(value: unknown): Generator<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return;
  const queue: { value: object; depth: number }[] = [{ value, depth: 0 }];
  for (let next = 0; next < queue.length && next < MAX_OBJECTS; next++) {
    const { value: current, depth } = queue[next]!;
    if (isJsonObject(current)) yield current;
    if (depth === MAX_DEPTH) continue;
    for (const child of Object.values(current)) {
      if (typeof child === 'object' && child !== null) queue.push({ value: child, depth: depth + 1 });
    }
  }
}
