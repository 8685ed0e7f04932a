import type { QuickScores } from '@/lib/shortlists/records';

const SCORE_VALUES = [1, 2, 3, 4, 5] as const;
const SCORE_MEANINGS = ['no', 'weak', 'unsure', 'good', 'clearly yes'] as const;

/**
 * A 1-5 score per must-have, as radio groups so arrow keys move within a
 * skill and Tab moves between skills. A second click on the chosen score
 * clears it.
 */
export function QuickScore(props: { skills: readonly string[]; scores: QuickScores; onChange: (scores: QuickScores) => void; idPrefix: string }) {
  const { skills, scores, onChange, idPrefix } = props;
  const choose = (skill: string, value: number) => {
    if (scores[skill] === value) onChange(Object.fromEntries(Object.entries(scores).filter(([scored]) => scored !== skill)));
    else onChange({ ...scores, [skill]: value });
  };
  if (skills.length === 0) return null;
  return (
    <div className="pyvet-quick-score" data-testid="quick-score">
      <p className="pyvet-note">Your score per must-have (1 = no, 5 = clearly yes)</p>
      {skills.map((skill, index) => (
        <fieldset key={skill} className="pyvet-score-row">
          <legend>{skill}</legend>
          {SCORE_VALUES.map((value) => {
            const id = `${idPrefix}-score-${index}-${value}`;
            return (
              <span key={value} className="pyvet-score-choice">
                <input
                  className="pyvet-visually-hidden"
                  type="radio"
                  id={id}
                  name={`${idPrefix}-score-${index}`}
                  value={value}
                  checked={scores[skill] === value}
                  onChange={() => choose(skill, value)}
                  onClick={(event) => scores[skill] === value && (event.preventDefault(), choose(skill, value))}
                />
                <label htmlFor={id} title={SCORE_MEANINGS[value - 1]}>
                  {value}
                </label>
              </span>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
