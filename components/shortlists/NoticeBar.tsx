/** A message after an action; an undoable action carries its undo, which returns the message to show after. */
export interface Notice {
  text: string;
  undo?: () => Promise<string>;
}

/** Runs an action and shows how it went; resolves true when it was done. */
export type RunAction = (action: () => Promise<string | Notice>) => Promise<boolean>;

/** The outcome of the last action on the shortlists page, with its Undo when there is one. */
export function NoticeBar({ notice, run }: { notice: Notice; run: RunAction }) {
  return (
    <p role="status" className="pyvet-notice" data-testid="notice">
      {notice.text}
      {notice.undo && (
        <button className="pyvet-notice-action" type="button" onClick={() => notice.undo && void run(notice.undo)}>
          Undo
        </button>
      )}
    </p>
  );
}
