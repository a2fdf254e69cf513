/**
 * CSV for analysts: RFC 4180, UTF-8 with a byte-order mark.
 *
 * Excel guesses a CSV's encoding and, without a BOM, reads UTF-8 Arabic as
 * Windows-1252 mojibake; the BOM (`\uFEFF`) makes it read UTF-8, and every
 * other tool (pandas, R, csvkit) skips it. Records end in CRLF as RFC 4180
 * says; a field is quoted when it contains a comma, a double quote, CR or LF,
 * and a double quote inside it is doubled. Nothing else is changed: a seed's
 * sentence is exported exactly as written (no `'` prefix against spreadsheet
 * formulas, which would alter the data scripts read).
 */

/** A value a CSV cell can hold; `null` becomes an empty cell. */
export type CsvValue = string | number | boolean | null;

/** The byte-order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';

/** Quotes one field when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A table's records, one string each: the header first (after the BOM),
 * every record ending in CRLF. Large exports stream these
 * (`src/lib/text-stream.ts`) instead of joining them.
 *
 * @param header column names, written as the first record
 * @param rows one array of values per record, in header order
 */
export function* csvRecords(header: readonly string[], rows: Iterable<readonly CsvValue[]>): Generator<string> {
  yield `${BOM}${header.map(csvField).join(',')}\r\n`;
  for (const row of rows) yield `${row.map(csvField).join(',')}\r\n`;
}

/**
 * Serialises a table.
 *
 * @returns the CSV text, starting with a BOM, every record ending in CRLF
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  return [...csvRecords(header, rows)].join('');
}
