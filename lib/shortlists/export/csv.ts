import Papa from 'papaparse';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab / carriage
 * return) as a formula; a leading apostrophe keeps such text inert (OWASP
 * "CSV injection"). Numbers are left alone.
 */
export function neutralizeFormula(cell: string | number | boolean | null): string | number | boolean | null {
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** CSV text that Excel, Numbers and Google Sheets open safely: quoted where needed, formulas neutralized. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  return Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map(neutralizeFormula)) },
    { quotes: false, newline: '\r\n' },
  );
}
