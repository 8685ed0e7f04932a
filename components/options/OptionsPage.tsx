import { useCallback, useEffect, useState } from 'react';
import { AtsSettings, type AtsSettingsProps } from './AtsSettings';
import { DataSettings, type DataSettingsProps } from './DataSettings';
import { FreshnessSetting, type FreshnessSettingProps } from './FreshnessSetting';
import { ScorecardEditor, type ScorecardEditorProps } from './ScorecardEditor';
import { ThresholdSettings, type ThresholdSettingsProps } from './ThresholdSettings';
import { TokenSettings, type TokenSettingsProps } from './TokenSettings';

export interface OptionsPageProps {
  token: TokenSettingsProps;
  ats: AtsSettingsProps;
  /** The role editor; absent until the thresholds it warns with are loaded. */
  roles: ScorecardEditorProps | null;
  thresholds: ThresholdSettingsProps;
  data: DataSettingsProps;
  freshness: FreshnessSettingProps;
  getCacheStats: () => Promise<{ entries: number }>;
  clearCache: () => Promise<{ removed: number }>;
  getGrantedHosts: () => Promise<string[]>;
}

/** pyvet's settings page: what it may access and what it keeps. */
export function OptionsPage(props: OptionsPageProps) {
  const { getCacheStats, clearCache, getGrantedHosts } = props;
  const [cachedResponses, setCachedResponses] = useState<number | null>(null);
  const [grantedHosts, setGrantedHosts] = useState<string[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(() => {
    getCacheStats().then(
      (stats) => setCachedResponses(stats.entries),
      (error: unknown) => setMessage(`Could not read the cache: ${String(error)}`),
    );
  }, [getCacheStats]);

  useEffect(() => {
    refresh();
    getGrantedHosts().then(setGrantedHosts, () => setGrantedHosts([]));
  }, [refresh, getGrantedHosts]);

  const onClear = async () => {
    try {
      const { removed } = await clearCache();
      setMessage(`Removed ${removed} cached GitHub ${removed === 1 ? 'response' : 'responses'}.`);
      refresh();
    } catch (error) {
      setMessage(`Could not clear the cache: ${String(error)}`);
    }
  };

  return (
    <main className="pyvet-page" aria-labelledby="pyvet-options-title">
      <h1 id="pyvet-options-title">pyvet options</h1>

      {props.roles && <ScorecardEditor {...props.roles} />}

      <ThresholdSettings {...props.thresholds} />

      <TokenSettings {...props.token} />

      <AtsSettings {...props.ats} />

      <section aria-labelledby="pyvet-cache-title">
        <h2 id="pyvet-cache-title">GitHub data</h2>
        <p>
          pyvet keeps GitHub’s answers so that revisiting a profile costs no requests (anonymous use allows 60
          an hour); after this window it asks GitHub whether anything changed.
        </p>
        <FreshnessSetting {...props.freshness} />
        <p data-testid="cache-stats">
          {cachedResponses === null ? 'Counting cached responses…' : `${cachedResponses} cached GitHub responses.`}
        </p>
        <button type="button" onClick={() => void onClear()}>
          Clear cached GitHub data
        </button>
        {message && (
          <p role="status" data-testid="options-message">
            {message}
          </p>
        )}
      </section>

      <section aria-labelledby="pyvet-permissions-title">
        <h2 id="pyvet-permissions-title">Sites pyvet can read</h2>
        <ul data-testid="granted-hosts">
          {(grantedHosts ?? []).map((host) => (
            <li key={host}>
              <code>{host}</code>
            </li>
          ))}
        </ul>
      </section>

      <DataSettings {...props.data} />

      <section aria-labelledby="pyvet-privacy-title">
        <h2 id="pyvet-privacy-title">Privacy</h2>
        <p>
          Everything pyvet learns stays in this browser. It talks only to GitHub, and to your ATS when you
          connect one and send candidates there; it has no server and sends no telemetry.
        </p>
      </section>
    </main>
  );
}
