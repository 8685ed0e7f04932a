/** The "##" sections a whole hiring plan has, in funnel order, as a reader expects them. */
export const KIT_PLAN_HEADINGS = [
  '## Technical screen',
  '## Practical task',
  '## Architecture interview',
  '## Soft skills',
  '## Close',
  '## First 30 days',
];
