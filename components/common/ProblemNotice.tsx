/** An error with its next step and a way to try again. */
export function ProblemNotice(props: { title: string; nextStep: string; onRetry: () => void }) {
  return (
    <div role="alert" className="pyvet-problem" data-testid="error">
      <p className="pyvet-problem-title">{props.title}</p>
      <p>{props.nextStep}</p>
      <button type="button" className="pyvet-button" onClick={props.onRetry}>
        Try again
      </button>
    </div>
  );
}
