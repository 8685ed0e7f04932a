import type { ReactNode } from 'react';
import { GITHUB_PAGE_HOSTS, safeLink } from '@/lib/sites/safe-link';

/** A link to GitHub built from API data; anything not an https github.com URL renders as plain text. */
export function ExternalLink(props: { href: string; className?: string; children: ReactNode }) {
  const href = safeLink(props.href, GITHUB_PAGE_HOSTS);
  if (!href) return <span className={props.className}>{props.children}</span>;
  return (
    <a className={props.className} href={href} target="_blank" rel="noopener noreferrer">
      {props.children}
    </a>
  );
}
