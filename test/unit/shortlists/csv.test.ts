import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeFormula, toCsv } from '@/lib/shortlists/export/csv';

describe('toCsv', () => {
  it('quotes what needs quoting and round-trips through a CSV parser', () => {
    const rows = [['ada', 'Ada "the first" Lovelace', 'Python, FastAPI', 'line one\nline two', 42, null]];
    const csv = toCsv(['login', 'name', 'skills', 'notes', 'repos', 'empty'], rows);
    expect(csv.split('\r\n')[0]).toBe('login,name,skills,notes,repos,empty');
    expect(Papa.parse<string[]>(csv).data[1]).toEqual(['ada', 'Ada "the first" Lovelace', 'Python, FastAPI', 'line one\nline two', '42', '']);
  });

  it.each(['=HYPERLINK("http://evil.example")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'neutralizes a cell a spreadsheet would run: %j',
    (cell) => {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
      expect(Papa.parse<string[]>(toCsv(['x'], [[cell]])).data[1]?.[0]).toBe(`'${cell}`);
    },
  );

  it('leaves ordinary text and numbers alone, including negative numbers', () => {
    expect(neutralizeFormula('Senior Python developer')).toBe('Senior Python developer');
    expect(neutralizeFormula(-3)).toBe(-3);
    expect(neutralizeFormula(null)).toBeNull();
  });
});
