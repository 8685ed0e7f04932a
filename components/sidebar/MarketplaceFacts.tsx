import type { ProfileReading } from '@/lib/readers/profile-reading';

const SITE_LABEL: Record<ProfileReading['site'], string> = {
  github: 'GitHub',
  upwork: 'Upwork',
  freelancer: 'Freelancer.com',
  toptal: 'Toptal',
  fiverr: 'Fiverr',
  other: 'this page',
};

/** What a marketplace profile says about the candidate, as read from the page, with what could not be read. */
export function MarketplaceFacts({ reading, corrected = [] }: { reading: ProfileReading; corrected?: readonly string[] }) {
  const facts: [string, string | null][] = [
    ['Title', reading.title],
    ['Location', reading.location],
    ['Hourly rate', reading.hourlyRate?.text ?? null],
    ['Job success', reading.jobSuccess === null ? null : `${reading.jobSuccess}%`],
    ['Earnings', reading.totalEarnings],
  ];
  return (
    <section aria-labelledby="pyvet-marketplace-name" data-testid="marketplace-facts">
      <h2 id="pyvet-marketplace-name" className="pyvet-name" data-testid="marketplace-name">
        {reading.name ?? 'Name not read'}
      </h2>
      <p className="pyvet-hint">
        As the {SITE_LABEL[reading.site]} profile states it
        {corrected.length > 0 && <span data-testid="corrected-note">, with your corrections ({corrected.join(', ')})</span>}
      </p>
      <dl className="pyvet-facts">
        {facts
          .filter((fact): fact is [string, string] => fact[1] !== null)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd data-testid={`fact-${label.toLowerCase().replace(/\s+/g, '-')}`}>{value}</dd>
            </div>
          ))}
      </dl>
      {reading.skills.length > 0 && (
        <ul className="pyvet-chips" aria-label="Skills listed" data-testid="marketplace-skills">
          {reading.skills.map((skill) => (
            <li key={skill} className="pyvet-chip">
              {skill}
            </li>
          ))}
        </ul>
      )}
      {reading.couldNotRead.length > 0 && (
        <p className="pyvet-note" data-testid="could-not-read">
          Couldn’t read {reading.couldNotRead.join(', ')} from this page.
        </p>
      )}
    </section>
  );
}
