import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { atsPerson } from '../shortlists/export/ats-person';
import { ATS_PRESET_IDS, ATS_PRESETS, atsCsv, type AtsPresetId } from '../shortlists/export/ats-presets';
import { parseImportFile } from '../shortlists/import/parse';
import { plural } from '../text/plural';
import { runAtsPush } from './ats-push';
import { EXIT, printable, UsageError, type CliIo } from './cli-io';

/**
 * `ats <command>`: pyvet's saved candidates into the team's applicant
 * tracking system. Gets the arguments after "ats"; options are each
 * command's own. Usage mistakes are thrown as UsageError for runCli to print.
 */
export async function runAtsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'csv':
      return writeAtsCsv(rest, io);
    case 'push':
      return runAtsPush(rest, io);
    default:
      throw new UsageError(command ? `unknown ats command "${command}" (use csv or push)` : 'no ats command given (use csv or push)');
  }
}

const isPresetId = (format: string): format is AtsPresetId => (ATS_PRESET_IDS as readonly string[]).includes(format);

/** `ats csv`: a pyvet JSON export as the vendor's import file; one line per candidate on stdout, the total on stderr. */
async function writeAtsCsv(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: { format: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' } },
  });
  const formats = ATS_PRESET_IDS.join(', ');
  if (values.format === undefined) throw new UsageError(`--format is needed: one of ${formats}`);
  if (!isPresetId(values.format)) throw new UsageError(`unknown format "${values.format}" (use one of ${formats})`);
  if (!values.in) throw new UsageError('--in is needed: a pyvet JSON export (shortlist, all candidates or backup)');
  if (!values.out) throw new UsageError('--out is needed: the CSV file to write');

  let text: string;
  try {
    text = await readFile(values.in, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${values.in}`);
  }
  const parsed = parseImportFile(text);
  if (!parsed.ok) {
    // The parser's sentence says what is wrong and where; cut short it would lose the where.
    io.stderr(`pyvet: ${values.in}: ${parsed.error}\n`);
    return EXIT.usage;
  }
  const { candidates } = parsed.document;
  const result = atsCsv(values.format, candidates);
  try {
    await writeFile(values.out, result.csv);
  } catch {
    throw new UsageError(`cannot write ${values.out}`);
  }

  const skipped = new Map(result.skipped.map((entry) => [entry.candidateId, entry]));
  for (const candidate of candidates) {
    const left = skipped.get(candidate.id);
    io.stdout(left ? `skipped  ${printable(left.name)}: ${left.reason}\n` : `written  ${printable(atsPerson(candidate).fullName)}\n`);
  }
  const vendor = ATS_PRESETS[values.format].name;
  io.stderr(`Wrote ${result.written} of ${plural(candidates.length, 'candidate')} to ${values.out} for ${vendor}${skipped.size ? `; ${skipped.size} skipped` : ''}.\n`);
  return skipped.size ? EXIT.failed : EXIT.ok;
}
