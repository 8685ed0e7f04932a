import { useState } from 'react';
import { AVATAR_HOSTS, safeLink } from '@/lib/sites/safe-link';

/**
 * The account's GitHub avatar, decorative (the name is next to it). Only
 * GitHub's avatar host is loaded; a blocked or failed image leaves no gap.
 */
export function Avatar({ url }: { url: string }) {
  const [failed, setFailed] = useState(false);
  const src = safeLink(url, AVATAR_HOSTS);
  if (!src || failed) return null;
  return (
    <img
      className="pyvet-avatar"
      src={src}
      alt=""
      width={40}
      height={40}
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
      data-testid="avatar"
    />
  );
}
