import { describeAtsError } from '../ats/errors';
import { checkAtsKey, previewAtsSend, sendToAts, type AtsCredentials } from '../ats/send';
import type { AtsRequestOptions } from '../ats/request';
import type { MessageHandlers } from '../messaging/background-router';
import type { AtsConnectionSummary } from '../messaging/protocol';
import { atsConnection, loadAtsConnection, type AtsConnection } from '../settings/settings';
import { atsPerson } from '../shortlists/export/ats-person';
import { ATS_VENDOR_NAMES, type AtsVendor } from '../shortlists/records';
import { ATS_API_ORIGINS } from '../sites/sites';
import type { CandidateStore } from '../store/candidates';

type AtsMessages = 'get-ats-connection' | 'connect-ats' | 'disconnect-ats' | 'preview-ats-send' | 'send-to-ats';

export interface AtsServices {
  candidates: CandidateStore;
  now(): number;
  /** Whether the user granted the vendor's API host (an optional permission). */
  hasHostAccess(vendor: AtsVendor): Promise<boolean>;
  /** The vendors' API addresses and fetch; tests give fakes. */
  request?: AtsRequestOptions;
}

const summaryOf = ({ vendor, account, performAs, checkedAt }: AtsConnection): AtsConnectionSummary => ({ vendor, account, performAs, checkedAt });

const credentialsOf = (connection: AtsConnection): AtsCredentials =>
  connection.vendor === 'lever' ? { vendor: 'lever', apiKey: connection.apiKey, performAs: connection.performAs ?? '' } : { vendor: 'ashby', apiKey: connection.apiKey };

const hostOf = (vendor: AtsVendor) => new URL(ATS_API_ORIGINS[vendor].replace('/*', '/')).host;

/**
 * The ATS messages. The background alone reads the key, and sends it only to
 * the vendor's API host; pages get back who the key belongs to, never the key.
 */
export function createAtsHandlers(services: AtsServices): Pick<MessageHandlers, AtsMessages> {
  const { candidates, now } = services;

  /** The saved connection with its host still granted, the saved candidates as people, or why not. */
  async function prepare(candidateIds: string[]) {
    const connection = await loadAtsConnection();
    if (!connection) return { ok: false, problem: 'No ATS is connected: connect Ashby or Lever in pyvet’s options first.' } as const;
    if (!(await services.hasHostAccess(connection.vendor))) {
      return { ok: false, problem: `pyvet may no longer reach ${hostOf(connection.vendor)}: connect ${ATS_VENDOR_NAMES[connection.vendor]} again in pyvet’s options.` } as const;
    }
    const { candidates: found, unreadable } = await candidates.read(candidateIds);
    const people = found.map(atsPerson);
    const names = new Map(people.map((person) => [person.candidateId, person.fullName]));
    // A record that no longer fits the schema is named by its id and left out, never half-sent.
    const unreadableRows = unreadable.map(({ id, problem }) => ({ candidateId: id, name: id, reason: `unreadable record: ${problem}` }));
    return { ok: true, connection, people, names, unreadableRows } as const;
  }

  return {
    'get-ats-connection': async () => {
      const connection = await loadAtsConnection();
      return { connection: connection && summaryOf(connection) };
    },
    'connect-ats': async ({ vendor, apiKey, performAs }) => {
      if (vendor === 'lever' && !performAs) return { status: 'error', message: 'Lever needs the id of the user pyvet acts as (perform_as).' };
      const draft: AtsConnection = { vendor, apiKey, performAs: vendor === 'lever' ? performAs : null, account: '', checkedAt: now() };
      const check = await checkAtsKey(credentialsOf(draft), services.request);
      if (!check.ok) return { status: 'error', message: describeAtsError(check.error) };
      const connection = { ...draft, account: check.account };
      await atsConnection.setValue(connection);
      return { status: 'ok', connection: summaryOf(connection) };
    },
    'disconnect-ats': async () => {
      await atsConnection.removeValue();
      return {};
    },
    'preview-ats-send': async ({ candidateIds }) => {
      const prepared = await prepare(candidateIds);
      if (!prepared.ok) return { status: 'error', message: prepared.problem };
      const { connection, people, names, unreadableRows } = prepared;
      const preview = await previewAtsSend(people, credentialsOf(connection), services.request);
      if (!preview.ok) return { status: 'error', message: describeAtsError(preview.error) };
      return {
        status: 'ok',
        vendor: connection.vendor,
        rows: [
          ...preview.items.map(({ candidateId, action, reason }) => ({ candidateId, name: names.get(candidateId) ?? candidateId, action, ...(reason && { reason }) })),
          ...unreadableRows.map((row) => ({ ...row, action: 'skip' as const })),
        ],
      };
    },
    'send-to-ats': async ({ candidateIds }) => {
      const prepared = await prepare(candidateIds);
      if (!prepared.ok) return { status: 'error', message: prepared.problem };
      const { connection, people, names, unreadableRows } = prepared;
      const results = await sendToAts(people, credentialsOf(connection), {
        ...services.request,
        now,
        // Each link is kept the moment the vendor gives it, so a send cut short resumes by linking.
        onResult: async ({ candidateId, link }) => {
          if (link) await candidates.recordAtsLink(candidateId, connection.vendor, link, now());
        },
      });
      return {
        status: 'ok',
        vendor: connection.vendor,
        results: [
          ...results.map((result) => ({ ...result, name: names.get(result.candidateId) ?? result.candidateId })),
          ...unreadableRows.map((row) => ({ ...row, outcome: 'failed' as const })),
        ],
      };
    },
  };
}
