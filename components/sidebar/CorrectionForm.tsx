import { useState, type FormEvent } from 'react';
import { parseRateInput, ProfileCorrectionSchema, type ProfileCorrection } from '@/lib/readers/corrections';
import type { ProfileReading } from '@/lib/readers/profile-reading';

/** Lets the user fix what pyvet misread or could not read on a marketplace profile. */
export function CorrectionForm(props: { reading: ProfileReading; onSave: (correction: ProfileCorrection) => void; onCancel: () => void }) {
  const { reading } = props;
  const [fields, setFields] = useState({
    name: reading.name ?? '',
    title: reading.title ?? '',
    location: reading.location ?? '',
    rate: reading.hourlyRate ? `${reading.hourlyRate.amount} ${reading.hourlyRate.currency}` : '',
    skills: reading.skills.join(', '),
  });
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rate = fields.rate.trim() ? parseRateInput(fields.rate) : undefined;
    if (rate === null) {
      setProblem('Write the hourly rate as a number with a currency, like “45 USD” or “$45”.');
      return;
    }
    const skills = fields.skills.split(',').map((skill) => skill.trim()).filter(Boolean);
    const correction = ProfileCorrectionSchema.safeParse({
      ...(fields.name.trim() && fields.name.trim() !== reading.name ? { name: fields.name } : {}),
      ...(fields.title.trim() && fields.title.trim() !== reading.title ? { title: fields.title } : {}),
      ...(fields.location.trim() && fields.location.trim() !== reading.location ? { location: fields.location } : {}),
      ...(rate && (rate.amount !== reading.hourlyRate?.amount || rate.currency !== reading.hourlyRate.currency)
        ? { hourlyRate: rate }
        : {}),
      ...(skills.join('\n') !== reading.skills.join('\n') ? { skills } : {}),
    });
    if (!correction.success) {
      setProblem(`Not saved: ${correction.error.issues[0]?.path.join('.') ?? 'a field'} ${correction.error.issues[0]?.message ?? ''}`);
      return;
    }
    props.onSave(correction.data);
  };

  const field = (key: keyof typeof fields, label: string) => (
    <p className="pyvet-login-field">
      <label htmlFor={`pyvet-correct-${key}`}>{label}</label>
      <input id={`pyvet-correct-${key}`} value={fields[key]} onChange={(event) => setFields({ ...fields, [key]: event.target.value })} />
    </p>
  );

  return (
    <form onSubmit={submit} aria-label="Correct the profile" data-testid="correction-form">
      {field('name', 'Name')}
      {field('title', 'Title')}
      {field('location', 'Location (city, country)')}
      {field('rate', 'Hourly rate (e.g. 45 USD)')}
      {field('skills', 'Skills (comma-separated)')}
      {problem && (
        <p role="alert" className="pyvet-note">
          {problem}
        </p>
      )}
      <button type="submit" className="pyvet-button">
        Save corrections
      </button>{' '}
      <button type="button" className="pyvet-button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
