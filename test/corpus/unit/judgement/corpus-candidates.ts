import type { ProfileReading } from '@/lib/readers/profile-reading';
import { readCorpusFile } from '../../../support/corpus';
import { githubReading, upworkPageReading } from '../../../unit/judgement/candidates';

/** The corpus's real saved pages as the scorecard and flag tests read them. */

export const SERGII_URL = 'https://www.upwork.com/freelancers/~01140923f209578a6b';

/** The saved Upwork page of Sergii C., with its own __NUXT__ state. */
export function sergiiReading(): ProfileReading {
  return upworkPageReading(readCorpusFile('upwork/sergii-c-klaviyo.html'), SERGII_URL);
}

/** A real saved GitHub profile page. */
export function realGithubReading(login: 'defunkt' | 'dingaanmanjate'): ProfileReading {
  return githubReading(login, (name) => readCorpusFile(`github-profile/${name}.html`));
}
