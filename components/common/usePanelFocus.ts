import { useEffect, useRef, type KeyboardEvent } from 'react';

/**
 * For a panel that opens on a click (details, comparison): moves focus to its
 * heading, so keyboard and screen-reader users land on it, and closes it on Escape.
 */
export function usePanelFocus(onClose: () => void, openedFor: unknown) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [openedFor]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
  };
  return { heading, onKeyDown };
}
