import { useEffect, useState, type FormEvent } from 'react';
import { explainGitHubError } from '@/lib/github/describe-error';
import type { GitHubError } from '@/lib/github/errors';
import type { RateLimitStatus } from '@/lib/github/outcome';
import { looksLikeGitHubToken, TOKEN_SETTINGS_URL } from '@/lib/settings/settings';

export type TokenCheck = { status: 'ok'; rateLimit: RateLimitStatus } | { status: 'error'; error: GitHubError };

export interface TokenSettingsProps {
  /** Whether a token is saved; the token itself never comes back to a page. */
  hasToken: () => Promise<boolean>;
  checkToken: (token: string) => Promise<TokenCheck>;
  saveToken: (token: string | null) => Promise<void>;
  currentRateLimit: () => Promise<(TokenCheck & { withToken?: boolean }) | null>;
}

const formatQuota = (rateLimit: RateLimitStatus) =>
  `${rateLimit.remaining} of ${rateLimit.limit} requests left this hour (resets at ${new Date(rateLimit.resetAt).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}).`;

/** The GitHub token: what kind to make, checked with GitHub before it is saved. */
export function TokenSettings(props: TokenSettingsProps) {
  const { hasToken, currentRateLimit } = props;
  const [saved, setSaved] = useState<boolean | null>(null);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);
  const [quota, setQuota] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    hasToken().then(setSaved, () => setSaved(false));
    currentRateLimit().then(
      (answer) => setQuota(answer?.status === 'ok' ? formatQuota(answer.rateLimit) : null),
      () => setQuota(null),
    );
  }, [hasToken, currentRateLimit]);

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    const token = draft.trim();
    if (!looksLikeGitHubToken(token)) {
      setMessage({ tone: 'problem', text: 'That does not look like a GitHub token (they start with github_pat_ or ghp_).' });
      return;
    }
    setChecking(true);
    try {
      const check = await props.checkToken(token);
      if (check.status === 'error') {
        setMessage({ tone: 'problem', text: `Not saved: ${explainGitHubError(check.error, '', Date.now()).title}` });
        return;
      }
      await props.saveToken(token);
      setSaved(true);
      setDraft('');
      setQuota(formatQuota(check.rateLimit));
      setMessage({ tone: 'ok', text: 'Token checked with GitHub and saved.' });
    } catch (error) {
      setMessage({ tone: 'problem', text: `Not saved: ${String(error)}` });
    } finally {
      setChecking(false);
    }
  };

  const onRemove = async () => {
    await props.saveToken(null);
    setSaved(false);
    setMessage({ tone: 'ok', text: 'Token removed. pyvet is back to anonymous requests (60 an hour).' });
  };

  return (
    <section aria-labelledby="pyvet-token-title">
      <h2 id="pyvet-token-title">GitHub token</h2>
      <p>
        Without a token GitHub allows 60 requests an hour, about seven profiles. With one, 5,000, and pyvet needs
        only two per profile. A{' '}
        <a href={TOKEN_SETTINGS_URL} target="_blank" rel="noopener noreferrer">
          fine-grained token
        </a>{' '}
        with <strong>Public repositories (read-only)</strong> access and no other permission is enough. It stays in
        this browser and is sent only to api.github.com.
      </p>
      <p data-testid="token-state">{saved === null ? 'Checking…' : saved ? 'A token is saved.' : 'No token saved.'}</p>
      {quota && <p data-testid="token-quota">{quota}</p>}
      <form onSubmit={(event) => void onSave(event)} className="pyvet-token-form">
        <label htmlFor="pyvet-token">Token</label>
        <input
          id="pyvet-token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="github_pat_…"
        />
        <button type="submit" disabled={checking || draft.trim() === ''}>
          {checking ? 'Checking with GitHub…' : 'Check and save'}
        </button>
        {saved && (
          <button type="button" onClick={() => void onRemove()}>
            Remove token
          </button>
        )}
      </form>
      {message && (
        <p role={message.tone === 'problem' ? 'alert' : 'status'} data-testid="token-message">
          {message.text}
        </p>
      )}
    </section>
  );
}
