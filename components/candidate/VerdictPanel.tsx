import { useState } from 'react';
import type { Evidence } from '@/lib/analysis/evidence/snapshot';
import type { SkillMatch, Verdict } from '@/lib/judgement/verdict';
import { ExternalLink } from '../common/ExternalLink';

const STATUS_LABEL: Record<SkillMatch['status'], string> = {
  evidenced: 'evidenced in code',
  claimed: 'claimed only',
  unread: 'unknown: a manifest was not read',
  'not-found': 'not found',
  'ask-in-interview': 'ask in interview',
};

/** "pystache-lite/pyproject.toml": which repository as well as which file. */
function evidenceLabel(item: Evidence): string {
  const repoName = item.repo.split('/')[1] ?? item.repo;
  return item.path ? `${repoName}/${item.path}` : item.repo;
}

const STATUS_MARK: Record<SkillMatch['status'], string> = {
  evidenced: '✓',
  claimed: '~',
  unread: '…',
  'not-found': '✗',
  'ask-in-interview': '?',
};

function SkillRow({ match }: { match: SkillMatch }) {
  const evidence = match.evidence[0];
  const claim = match.claims[0];
  return (
    <tr data-status={match.status}>
      <th scope="row">{match.skill}</th>
      <td>
        <span aria-hidden="true">{STATUS_MARK[match.status]} </span>
        {STATUS_LABEL[match.status]}
        {evidence && (
          <>
            {' — '}
            <ExternalLink href={evidence.url}>{evidenceLabel(evidence)}</ExternalLink>
          </>
        )}
        {!evidence && claim && (
          <>
            {' — '}
            <q>{claim.quote}</q>
          </>
        )}
      </td>
    </tr>
  );
}

/** The verdict against the active role: must-haves with their evidence, red flags, and what to ask. */
export function VerdictPanel({ verdict, interviewPlan, copy }: { verdict: Verdict; interviewPlan: string; copy: (text: string) => Promise<void> }) {
  const [copied, setCopied] = useState<string | null>(null);
  const onCopy = async () => {
    try {
      await copy(interviewPlan);
      setCopied('Interview plan copied as Markdown.');
    } catch {
      setCopied('Could not reach the clipboard; select the plan in the options page instead.');
    }
  };

  return (
    <section aria-labelledby="pyvet-verdict-title" data-testid="verdict">
      <h3 id="pyvet-verdict-title" className="pyvet-section-title">
        Against “{verdict.role.name}”
      </h3>
      <p data-testid="verdict-summary" className="pyvet-verdict-summary">
        {verdict.summary}
      </p>
      <table className="pyvet-must-haves" data-testid="must-haves">
        <caption className="pyvet-visually-hidden">Must-have skills</caption>
        <tbody>
          {verdict.mustHaves.map((match) => (
            <SkillRow key={match.skill} match={match} />
          ))}
        </tbody>
      </table>
      {verdict.confidence.level !== 'high' && (
        <p className="pyvet-note" data-testid="confidence">
          Confidence {verdict.confidence.level}: {verdict.confidence.reasons.join(' ')}
        </p>
      )}

      {verdict.flags.length > 0 && (
        <>
          <h3 className="pyvet-section-title">Red flags</h3>
          <ul className="pyvet-flags" data-testid="flags">
            {verdict.flags.map((flag) => (
              <li key={flag.id} data-flag={flag.id} data-severity={flag.severity}>
                <span className="pyvet-severity">{flag.severity}</span> {flag.reason}
                {flag.evidence.length > 0 && (
                  <span className="pyvet-flag-evidence">
                    {' '}
                    {flag.evidence.slice(0, 3).map((item, index) => (
                      <span key={`${item.url}-${index}`}>
                        {index > 0 && ', '}
                        <ExternalLink href={item.url}>{evidenceLabel(item)}</ExternalLink>
                      </span>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}

      {verdict.probes.length > 0 && (
        <>
          <h3 className="pyvet-section-title">Ask in the interview</h3>
          <ol className="pyvet-probes" data-testid="probes">
            {verdict.probes.map((probe) => (
              <li key={probe.id}>
                <strong>{probe.title}:</strong> {probe.question}
              </li>
            ))}
          </ol>
        </>
      )}
      <button type="button" className="pyvet-button" onClick={() => void onCopy()}>
        Copy interview plan
      </button>
      {copied && (
        <p role="status" className="pyvet-note" data-testid="copy-status">
          {copied}
        </p>
      )}
    </section>
  );
}
