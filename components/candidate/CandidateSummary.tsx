import type { ReactNode } from 'react';
import { describeCost, type CandidateReport } from '@/lib/analysis/candidate-report';
import { formatDate, formatTimeAgo } from '@/lib/text/time';
import { ActivityChart } from './ActivityChart';
import { Avatar } from '../common/Avatar';
import { ExternalLink } from '../common/ExternalLink';
import { RepoEvidenceList } from './RepoEvidenceList';

/** The candidate report as the sidebar shows it: facts, activity, repositories, then what it cannot see. */
export function CandidateSummary({
  report,
  displayNameOnPage,
  now,
  verdict,
}: {
  report: CandidateReport;
  displayNameOnPage: string | null;
  now: number;
  /** The verdict against the active role, shown right after the headline facts. */
  verdict?: ReactNode;
}) {
  const name = report.name ?? displayNameOnPage ?? report.login;
  if (report.isOrganization) {
    return (
      <p className="pyvet-note" data-testid="organization">
        {name} is an organization, not a person: pyvet vets individual developers.
      </p>
    );
  }
  const lastPush = report.activity.lastOwnPythonPush;
  const { codeBytes } = report;
  return (
    <section aria-labelledby="pyvet-candidate-name" data-testid="first-look">
      <div className="pyvet-identity">
        <Avatar url={report.avatarUrl} />
        <div>
          <h2 id="pyvet-candidate-name" className="pyvet-name" data-testid="candidate-name">
            {name}
          </h2>
          <ExternalLink className="pyvet-login" href={report.profileUrl}>
            @{report.login}
          </ExternalLink>
        </div>
      </div>
      <dl className="pyvet-facts">
        <dt>Public repositories</dt>
        <dd data-testid="public-repos">{report.publicRepos}</dd>
        <dt>Python repositories</dt>
        <dd data-testid="python-repos">
          {report.pythonRepos}
          {report.pythonForks > 0 && ` (${report.pythonForks} of them forks)`}
          {report.reposListed < report.publicRepos && (
            <span className="pyvet-hint"> among the {report.reposListed} most recently pushed</span>
          )}
        </dd>
        <dt>Last push to own Python repo</dt>
        <dd data-testid="last-python-push">
          {lastPush ? (
            <>
              <ExternalLink href={lastPush.url}>{lastPush.repo}</ExternalLink>{' '}
              <time dateTime={lastPush.pushedAt}>
                {formatDate(Date.parse(lastPush.pushedAt))} ({formatTimeAgo(Date.parse(lastPush.pushedAt), now)})
              </time>
            </>
          ) : (
            'none found'
          )}
        </dd>
        {codeBytes.pythonShare !== null && (
          <>
            <dt>Python share of code opened</dt>
            <dd data-testid="python-share">
              {Math.round(codeBytes.pythonShare * 100)}%
              {codeBytes.notebook > 0 && (
                <span className="pyvet-hint"> (notebooks counted apart: {Math.round(codeBytes.notebook / 1024)} KB)</span>
              )}
            </dd>
          </>
        )}
      </dl>

      {verdict}

      <h3 className="pyvet-section-title">Activity, last 12 months</h3>
      <ActivityChart activity={report.activity} />

      <h3 className="pyvet-section-title">Repositories opened</h3>
      <RepoEvidenceList repos={report.repos} />

      {report.outdated.length > 0 && (
        <>
          <h3 className="pyvet-section-title">Outdated stack</h3>
          <ul className="pyvet-list" data-testid="outdated">
            {report.outdated.map((item) => (
              <li key={`${item.repo}:${item.path}:${item.kind}`}>
                <ExternalLink href={item.url}>{item.detail}</ExternalLink>
              </li>
            ))}
          </ul>
        </>
      )}

      <details className="pyvet-coverage" data-testid="coverage">
        <summary>What this cannot see</summary>
        <ul className="pyvet-list">
          {report.coverage.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </details>

      <p className="pyvet-source" data-testid="source">
        From GitHub, fetched {formatTimeAgo(report.fetchedAt, now)}
        {report.cost.apiRequests + report.cost.rawRequests === 0
          ? ' (cached, no new requests)'
          : ` (${describeCost(report.cost)})`}
        .
      </p>
    </section>
  );
}
