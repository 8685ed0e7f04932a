/** What was typed into the search field of a page's frame before the page's scripts took over. */
export interface FrameSearch {
  text: string;
  focused: boolean;
  /** The caret or the selected text, when the field had focus. */
  selection: { start: number; end: number } | null;
}

/** The frame an extension page's HTML paints before its scripts have loaded (entrypoints/shortlists/index.html). */
const PAGE_FRAME_ID = 'pyvet-page-frame';

/**
 * Removes the page's frame and returns what was typed into its search field,
 * so that the page's own field goes on from there; null when there is no
 * frame (already taken over, or a page without one).
 */
export function takeOverPageFrame(document: Document): FrameSearch | null {
  const frame = document.getElementById(PAGE_FRAME_ID);
  if (!frame) return null;
  const field = frame.querySelector('input');
  const focused = field !== null && document.activeElement === field;
  const search: FrameSearch | null = field && {
    text: field.value,
    focused,
    selection: focused && field.selectionStart !== null ? { start: field.selectionStart, end: field.selectionEnd ?? field.selectionStart } : null,
  };
  frame.remove();
  return search;
}

/** Carries a frame's search into the page's own field: its text (through `setText`, which the page's state holds), focus and caret. */
export function continueFrameSearch(search: FrameSearch | null, field: HTMLInputElement | null | undefined, setText: (text: string) => void) {
  if (!search || !field) return;
  if (search.text !== '') {
    // Written to the field before the state, so React finds it current and leaves the caret alone.
    field.value = search.text;
    setText(search.text);
  }
  if (search.focused) {
    field.focus();
    if (search.selection) field.setSelectionRange(search.selection.start, search.selection.end);
  }
}
