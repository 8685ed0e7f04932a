import { describe, expect, it } from 'vitest';
import { applyCorrection, correctionKey, parseRateInput, ProfileCorrectionSchema } from '@/lib/readers/corrections';
import { emptyReading } from '@/lib/readers/profile-reading';

const reading = {
  ...emptyReading('fiverr', 'https://www.fiverr.com/pydev?source=gig#about'),
  name: 'Py Dev',
  couldNotRead: ['title', 'hourly rate', 'skills', 'location'],
};

describe('applyCorrection', () => {
  it('puts the user’s values over the reading and clears what they fixed from couldNotRead', () => {
    const corrected = applyCorrection(reading, {
      title: 'Senior Python developer',
      hourlyRate: { amount: 45, currency: 'USD' },
      skills: ['Python', 'FastAPI'],
    });
    expect(corrected).toMatchObject({
      name: 'Py Dev',
      title: 'Senior Python developer',
      hourlyRate: { amount: 45, currency: 'USD', text: '45 USD/hr (corrected)' },
      skills: ['Python', 'FastAPI'],
      couldNotRead: ['location'],
    });
  });

  it('keys corrections by profile address without query or hash', () => {
    expect(correctionKey(reading)).toBe('https://www.fiverr.com/pydev');
  });

  it('refuses corrections that break the contract', () => {
    expect(ProfileCorrectionSchema.safeParse({ hourlyRate: { amount: -5, currency: 'USD' } }).success).toBe(false);
    expect(ProfileCorrectionSchema.safeParse({ name: '   ' }).success).toBe(false);
    expect(ProfileCorrectionSchema.safeParse({ skills: Array.from({ length: 61 }, () => 'x') }).success).toBe(false);
  });
});

describe('parseRateInput', () => {
  it.each([
    ['45', { amount: 45, currency: 'USD' }],
    ['$45', { amount: 45, currency: 'USD' }],
    ['45 usd', { amount: 45, currency: 'USD' }],
    ['€40.50', { amount: 40.5, currency: 'EUR' }],
    ['£50/hr', { amount: 50, currency: 'GBP' }],
    ['30 EUR/hour', { amount: 30, currency: 'EUR' }],
  ])('%s → %j', (text, expected) => {
    expect(parseRateInput(text)).toEqual(expected);
  });

  it.each(['', 'forty', '$45 EUR', '45-60', '1000000', '45 dollars'])('refuses %j', (text) => {
    expect(parseRateInput(text)).toBeNull();
  });
});
