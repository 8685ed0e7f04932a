import { z } from 'zod';
import { ProfileReadingSchema, type ProfileReading } from './profile-reading';

/**
 * What the user corrected on a marketplace profile pyvet misread or could
 * not read. Kept per profile URL in extension storage; applied over every
 * later reading of that page, and used by the verdict like the page's words.
 */
export const ProfileCorrectionSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    title: z.string().trim().min(1).max(300),
    location: z.string().trim().min(1).max(200),
    hourlyRate: z.object({ amount: z.number().positive().max(10_000), currency: z.string().regex(/^[A-Z]{3}$/) }),
    skills: z.array(z.string().trim().min(1).max(100)).max(60),
  })
  .partial();
export type ProfileCorrection = z.infer<typeof ProfileCorrectionSchema>;

export const ProfileCorrectionsSchema = z.record(z.string(), ProfileCorrectionSchema);

/** The key a profile's corrections are kept under: its address without query or hash. */
export const correctionKey = (reading: ProfileReading): string => {
  const url = new URL(reading.url);
  return `${url.origin}${url.pathname}`;
};

/** Each correctable field as readers name it in `couldNotRead`, and as the UI shows it. */
export const CORRECTION_FIELD_NAMES: Record<keyof ProfileCorrection, string> = {
  name: 'name',
  title: 'title',
  location: 'location',
  hourlyRate: 'hourly rate',
  skills: 'skills',
};

/** The reading with the user's corrections on top; corrected fields leave `couldNotRead`. */
export function applyCorrection(reading: ProfileReading, correction: ProfileCorrection): ProfileReading {
  const corrected = { ...reading };
  if (correction.name) corrected.name = correction.name;
  if (correction.title) corrected.title = correction.title;
  if (correction.location) corrected.location = correction.location;
  if (correction.skills) corrected.skills = correction.skills;
  if (correction.hourlyRate) {
    const { amount, currency } = correction.hourlyRate;
    corrected.hourlyRate = { amount, currency, text: `${amount} ${currency}/hr (corrected)` };
  }
  const fixed = new Set(
    (Object.keys(correction) as (keyof ProfileCorrection)[]).map((field) => CORRECTION_FIELD_NAMES[field]),
  );
  corrected.couldNotRead = reading.couldNotRead.filter((name) => !fixed.has(name));
  return ProfileReadingSchema.parse(corrected);
}

const CURRENCY_SIGNS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };

/** "45", "$45", "45 USD", "€40.50" → an hourly rate; null for anything else. */
export function parseRateInput(text: string): { amount: number; currency: string } | null {
  const match = /^\s*([$€£])?\s*(\d{1,5}(?:\.\d{1,2})?)\s*([A-Za-z]{3})?\s*(?:\/\s*h(?:r|our)?)?\s*$/.exec(text);
  if (!match) return null;
  const [, sign, amount, code] = match;
  if (sign && code) return null;
  const currency = code?.toUpperCase() ?? (sign ? CURRENCY_SIGNS[sign] : 'USD');
  return currency ? { amount: Number(amount), currency } : null;
}
