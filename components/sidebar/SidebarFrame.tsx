import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ColorMode } from '@/lib/readers/github/color-mode';

export interface SidebarFrameProps {
  colorMode: ColorMode;
  /** Where the frame sits: below GitHub's header, or below a marketplace's taller sticky header. */
  placement: 'github' | 'marketplace';
  initiallyCollapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  /** Follows collapse changes made elsewhere (the keyboard shortcut, another tab); returns an unsubscribe. */
  watchCollapsed?: (onChange: (collapsed: boolean) => void) => () => void;
  /** Announced to assistive technology while an analysis runs. */
  busy: boolean;
  children: ReactNode;
}

/** The panel pyvet adds to a profile page: themed, collapsible, keyboard-reachable. */
export function SidebarFrame(props: SidebarFrameProps) {
  const { onCollapsedChange, watchCollapsed } = props;
  const [collapsed, setCollapsed] = useState(props.initiallyCollapsed);
  useEffect(() => watchCollapsed?.(setCollapsed), [watchCollapsed]);
  const toggle = useCallback(() => {
    setCollapsed((was) => {
      onCollapsedChange(!was);
      return !was;
    });
  }, [onCollapsedChange]);

  return (
    <aside
      className="pyvet-sidebar"
      data-theme={props.colorMode}
      data-placement={props.placement}
      data-collapsed={collapsed}
      aria-label="pyvet"
      aria-busy={props.busy}
    >
      <header className="pyvet-header">
        <span className="pyvet-brand">pyvet</span>
        <button
          type="button"
          className="pyvet-toggle"
          aria-expanded={!collapsed}
          aria-controls="pyvet-body"
          onClick={toggle}
          title={collapsed ? 'Show pyvet' : 'Hide pyvet'}
        >
          {collapsed ? '‹' : '›'}
          <span className="pyvet-visually-hidden">{collapsed ? 'Show pyvet' : 'Hide pyvet'}</span>
        </button>
      </header>
      <div id="pyvet-body" className="pyvet-body" hidden={collapsed} data-testid="sidebar-body">
        {props.children}
      </div>
    </aside>
  );
}
