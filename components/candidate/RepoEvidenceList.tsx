import type { ExaminedRepo } from '@/lib/analysis/candidate-report';
import { ExternalLink } from '../common/ExternalLink';

const ORIGINALITY_LABEL: Record<ExaminedRepo['originality'], string> = {
  original: 'original',
  'fork-no-own-commits': 'fork, no own commits',
  'fork-with-pushes': 'fork',
  'tutorial-clone': 'looks like a tutorial',
};

function testsSummary(repo: ExaminedRepo): string {
  const { tests } = repo;
  if (!tests.present) return 'no tests found';
  const ratio = tests.testToSourceRatio === null ? '' : `, ${tests.testToSourceRatio} per source file`;
  const ci = tests.ciRunsTests === 'yes' ? ', run in CI' : tests.ciRunsTests === 'unknown' ? ', CI not read' : '';
  return `${tests.testFileCount} test files${ratio}${ci}`;
}

/** Skills as chips, each linked to the first file that shows it. */
function SkillChips(props: { label: string; testId: string; skills: ExaminedRepo['stack']['skills'] }) {
  if (props.skills.length === 0) return null;
  return (
    <ul className="pyvet-chips" aria-label={props.label} data-testid={props.testId}>
      {props.skills.map((skill) => (
        <li key={skill.id} className="pyvet-chip">
          {skill.evidence[0] ? <ExternalLink href={skill.evidence[0].url}>{skill.name}</ExternalLink> : skill.name}
        </li>
      ))}
    </ul>
  );
}

/** The repositories pyvet opened: tests, docs, stack and originality, each linked to its evidence. */
export function RepoEvidenceList({ repos }: { repos: readonly ExaminedRepo[] }) {
  if (repos.length === 0) return <p className="pyvet-note">No repository of their own was worth opening.</p>;
  return (
    <ul className="pyvet-repos" data-testid="repos">
      {repos.map((repo) => {
        // A link only where there is something to see; "no tests" has no file to show.
        const testEvidence = repo.tests.present ? repo.tests.evidence[0] : undefined;
        const readme = repo.docs.evidence[0];
        return (
          <li key={repo.repo} className="pyvet-repo" data-testid="repo">
            <div className="pyvet-repo-head">
              <ExternalLink href={repo.url}>{repo.repo.split('/')[1] ?? repo.repo}</ExternalLink>
              <span className="pyvet-hint">
                {repo.language ?? 'no language'} · {ORIGINALITY_LABEL[repo.originality]}
                {repo.partial ? ' · partial' : ''}
              </span>
            </div>
            <div data-testid="repo-tests" data-present={repo.tests.present}>
              <span aria-hidden="true">{repo.tests.present ? '✓' : '✗'}</span> Tests:{' '}
              {testEvidence ? <ExternalLink href={testEvidence.url}>{testsSummary(repo)}</ExternalLink> : testsSummary(repo)}
            </div>
            <div data-testid="repo-docs">
              Docs: {readme ? <ExternalLink href={readme.url}>{repo.docs.depth}</ExternalLink> : repo.docs.depth}
              {repo.docs.docsSite.length > 0 && ` (${repo.docs.docsSite.join(', ')})`}
            </div>
            <SkillChips label="Stack" testId="repo-stack" skills={repo.stack.skills} />
            {repo.stack.manifestsUnread.length > 0 && (
              <div className="pyvet-hint" data-testid="repo-stack-unread">
                {repo.stack.manifestsRead.length === 0 ? 'Stack unknown' : 'Stack may be incomplete'}:{' '}
                {repo.stack.manifestsUnread.join(', ')} not read.
              </div>
            )}
            {repo.stack.tooling.length > 0 && (
              <div className="pyvet-hint">
                Develops with: <SkillChips label="Tooling" testId="repo-tooling" skills={repo.stack.tooling} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
