import { useEffect, useState } from 'react';
import type { Candidate } from '@/lib/shortlists/records';
import type { CandidateSaving } from '@/lib/ui/candidate-saving';

/** The saved record of the person on this profile, kept current when it changes anywhere; null until saved. */
export function useSavedCandidate(saving: CandidateSaving, githubLogin: string | null, profileUrl: string): Candidate | null {
  const [saved, setSaved] = useState<Candidate | null>(null);
  useEffect(() => {
    let live = true;
    // A failed read keeps what is shown; the next change tries again.
    const load = () => void saving.load(githubLogin, profileUrl).then(({ candidate }) => live && setSaved(candidate), () => undefined);
    load();
    const stop = saving.watch(load);
    return () => {
      live = false;
      stop();
    };
  }, [saving, githubLogin, profileUrl]);
  return saved;
}
