import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { describeAtsError } from '../ats/errors';
import type { AtsRequestOptions } from '../ats/request';
import { checkAtsKey, sendToAts, type AtsCredentials, type AtsSendOutcome, type AtsSendResult } from '../ats/send';
import { atsPerson } from '../shortlists/export/ats-person';
import { parseImportFile } from '../shortlists/import/parse';
import { AtsVendorSchema, type AtsVendor } from '../shortlists/records';
import { EXIT, printable, type CliIo } from './cli-io';

export const ATS_PUSH_USAGE = `Usage:
  npm run pyvet -- ats push --to ashby|lever --in <pyvet JSON export> [--api-url URL]
The key comes from ASHBY_API_KEY or LEVER_API_KEY; Lever also needs LEVER_PERFORM_AS, the id of the Lever user the
candidates are added as. A second push links the people already there instead of adding them twice.`;

/** What tests swap for fakes; the command line uses the real ones. */
export interface AtsPushDeps {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * `ats push`: sends the candidates of a pyvet JSON export (shortlist, all candidates or backup)
 * to Ashby or Lever, one line per candidate. Exit 0 when all were sent, 1 when some failed,
 * 2 for bad input (options, key variables, the file). The command line keeps no database, so it
 * cannot store the links it makes: the look-ups are what make a second run link, not duplicate.
 */
export async function runAtsPush(
  args: readonly string[],
  io: CliIo,
  deps: AtsPushDeps = {},
): Promise<number> {
  let values: { to?: string; in?: string; 'api-url'?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: { to: { type: 'string' }, in: { type: 'string' }, 'api-url': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    // Node's parse errors go on to explain "--"; the first sentence is the useful part.
    return badInput(io, (error as Error).message.split('. ')[0] ?? 'bad options');
  }
  if (values.help) {
    io.stdout(`${ATS_PUSH_USAGE}\n`);
    return EXIT.ok;
  }
  const vendor = AtsVendorSchema.safeParse(values.to);
  if (!vendor.success) return badInput(io, values.to ? `--to must be ashby or lever, not "${values.to}"` : '--to ashby|lever is required');
  if (!values.in) return badInput(io, '--in <pyvet JSON export> is required');
  const credentials = credentialsFrom(vendor.data, io.env);
  if (typeof credentials === 'string') return badInput(io, credentials);

  let text: string;
  try {
    text = await readFile(values.in, 'utf8');
  } catch (error) {
    return badInput(io, `cannot read ${values.in}: ${(error as Error).message}`);
  }
  const parsed = parseImportFile(text);
  if (!parsed.ok) return badInput(io, `${values.in}: ${parsed.error}`);
  const people = parsed.document.candidates.map(atsPerson);

  const options: AtsRequestOptions & { now: () => number } = {
    now: deps.now ?? Date.now,
    ...(values['api-url'] ? { apiUrl: values['api-url'] } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  };
  const check = await checkAtsKey(credentials, options);
  if (!check.ok) {
    io.stderr(`pyvet: ${printable(describeAtsError(check.error))}\n`);
    return EXIT.failed;
  }
  io.stderr(`Sending ${people.length} ${people.length === 1 ? 'candidate' : 'candidates'} to ${printable(check.account)}.\n`);
  const names = new Map(people.map((person) => [person.candidateId, person.fullName]));
  const results = await sendToAts(people, credentials, {
    ...options,
    onResult: (result) => io.stdout(`${resultLine(result, names.get(result.candidateId) ?? result.candidateId)}\n`),
  });
  io.stdout(`${summary(results)}\n`);
  return results.some((result) => result.outcome === 'failed') ? EXIT.failed : EXIT.ok;
}

function badInput(io: CliIo, reason: string): number {
  io.stderr(`pyvet ats push: ${reason} (see: npm run pyvet -- ats push --help)\n`);
  return EXIT.usage;
}

/** The credentials from the environment, or what is missing. */
function credentialsFrom(vendor: AtsVendor, env: NodeJS.ProcessEnv): AtsCredentials | string {
  if (vendor === 'ashby') {
    return env.ASHBY_API_KEY ? { vendor, apiKey: env.ASHBY_API_KEY } : 'ASHBY_API_KEY is not set';
  }
  if (!env.LEVER_API_KEY) return 'LEVER_API_KEY is not set';
  if (!env.LEVER_PERFORM_AS) return 'LEVER_PERFORM_AS (the Lever user id candidates are added as) is not set';
  return { vendor, apiKey: env.LEVER_API_KEY, performAs: env.LEVER_PERFORM_AS };
}

/** `created  Ada Lovelace  https://…`, or `failed  Ada Lovelace: why`. */
function resultLine(result: AtsSendResult, name: string): string {
  if (result.outcome === 'failed') return printable(`failed  ${name}: ${result.reason ?? 'unknown reason'}`);
  const line = `${result.outcome}  ${name}  ${result.link?.url ?? ''}`;
  return printable(result.reason ? `${line}  (${result.reason})` : line);
}


const OUTCOMES: readonly AtsSendOutcome[] = ['created', 'linked', 'updated', 'failed'];

function summary(results: readonly AtsSendResult[]): string {
  const counts = OUTCOMES.map((outcome) => `${results.filter((result) => result.outcome === outcome).length} ${outcome}`);
  return `${counts.join(', ')}.`;
}
