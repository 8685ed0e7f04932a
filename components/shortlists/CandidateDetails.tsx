import { ATS_RECORD_HOSTS, PROFILE_HOSTS, safeLink } from '@/lib/sites/safe-link';
import { describeScores } from '@/lib/shortlists/table';
import { ATS_VENDOR_NAMES, AtsVendorSchema, STAGE_LABELS, type Candidate } from '@/lib/shortlists/records';
import { formatDate } from '@/lib/text/time';
import { describeChecks, describeOutcome, outcomesInOrder } from '@/lib/shortlists/stage-outcomes';
import { CandidateHistory } from '../candidate/CandidateHistory';
import { usePanelFocus } from '../common/usePanelFocus';

/** One saved person: profiles, scores, stage outcomes, history, and the records merged into them (each can be taken back out). */
export function CandidateDetails(props: { candidate: Candidate; onUnmerge: (mergedId: string) => void; onClose: () => void }) {
  const { candidate } = props;
  const name = candidate.displayName ?? candidate.githubLogin ?? 'Unnamed';
  const { heading, onKeyDown } = usePanelFocus(props.onClose, candidate.id);
  return (
    <section className="pyvet-panel" aria-labelledby="pyvet-details-title" data-testid="candidate-details" onKeyDown={onKeyDown}>
      <h2 id="pyvet-details-title" ref={heading} tabIndex={-1}>
        {name}
      </h2>
      <p>
        {STAGE_LABELS[candidate.stage]} · saved {formatDate(candidate.createdAt)} · updated {formatDate(candidate.updatedAt)}
      </p>
      <ul>
        {candidate.profileUrls.map((url) => {
          const href = safeLink(url, PROFILE_HOSTS);
          return (
            <li key={url}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {url}
                </a>
              ) : (
                url
              )}
            </li>
          );
        })}
      </ul>
      {Object.keys(candidate.scores).length > 0 && (
        <p>Scores: {describeScores(candidate.scores)}</p>
      )}
      {candidate.assessment && (
        <p>
          Against {candidate.assessment.role.name}: {candidate.assessment.summary}
        </p>
      )}
      {candidate.note && <p>Note: {candidate.note}</p>}
      <StageOutcomes history={candidate.history} />
      <AtsRecords ats={candidate.ats} />
      <CandidateHistory history={candidate.history} open />
      {candidate.merged.length > 0 && (
        <>
          <h3>Merged records</h3>
          <ul data-testid="merged-records">
            {candidate.merged.map((record) => (
              <li key={record.id}>
                {record.displayName ?? record.githubLogin ?? record.profileUrls[0] ?? record.id} ({record.profileUrls.join(', ')}), merged{' '}
                {formatDate(record.mergedAt)}{' '}
                <button type="button" onClick={() => props.onUnmerge(record.id)}>
                  Un-merge
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={props.onClose}>
        Close
      </button>
    </section>
  );
}

/** Each stage kit's latest outcome, in funnel order, with how many checks were ticked and why. */
function StageOutcomes({ history }: { history: Candidate['history'] }) {
  const recorded = outcomesInOrder(history);
  if (recorded.length === 0) return null;
  return (
    <>
      <h3>Stage outcomes</h3>
      <ul data-testid="stage-outcomes">
        {recorded.map(({ kit, outcome }) => (
          <li key={kit}>
            {describeOutcome(kit, outcome)} · {describeChecks(outcome.checks.length)}
            {outcome.note && <> · “{outcome.note}”</>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Where the candidate is in the team's ATS, per system sent to. */
function AtsRecords({ ats }: { ats: Candidate['ats'] }) {
  const sent = AtsVendorSchema.options.flatMap((vendor) => {
    const link = ats?.[vendor];
    return link ? [{ vendor, link, href: safeLink(link.url, ATS_RECORD_HOSTS) }] : [];
  });
  if (sent.length === 0) return null;
  return (
    <ul data-testid="ats-records">
      {sent.map(({ vendor, link, href }) => (
        <li key={vendor}>
          In {ATS_VENDOR_NAMES[vendor]}:{' '}
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {link.id}
            </a>
          ) : (
            link.id
          )}{' '}
          (sent {formatDate(link.sentAt)})
        </li>
      ))}
    </ul>
  );
}
