/**
 * CSV as Danish spreadsheets open it: semicolon-separated, UTF-8 with a byte-order mark so Excel
 * reads æ, ø and å correctly, CRLF line endings, and fields quoted when they contain the separator,
 * a quote or a line break (quotes doubled, RFC 4180).
 *
 * Every cell is safe to open in a spreadsheet: a cell whose first non-blank character is =, +, -, @
 * (or their full-width forms ＝ ＋ － ＠), or that begins with a tab or a carriage return, would be run as a formula (CSV injection), so it gets a leading apostrophe, the
 * usual neutraliser, which spreadsheets show as text. Plain numbers such as -5 are left alone.
 */
export const CSV_SEPARATOR = ";";
/** Joins the values of a multi-valued field inside one cell. */
export const CSV_LIST_SEPARATOR = "|";
/** Escapes the list separator (and itself) inside one value of a list cell. */
export const CSV_LIST_ESCAPE = "\\";
/** Put before a cell that a spreadsheet would otherwise read as a formula. */
export const FORMULA_GUARD = "'";
export const BOM = "\uFEFF";

/** A formula character (also the full-width forms Excel accepts) as the first character after any whitespace. */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/** The cell's text as a spreadsheet must see it: formulas neutralised. */
export function safeCell(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `${FORMULA_GUARD}${value}` : value;
}

export function csvField(value: string, separator = CSV_SEPARATOR): string {
  const cell = safeCell(value);
  const needsQuotes = cell.includes(separator) || /["\r\n]/.test(cell);
  return needsQuotes ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly string[])[], separator = CSV_SEPARATOR): string {
  return (
    BOM + rows.map((row) => row.map((value) => csvField(value, separator)).join(separator) + "\r\n").join("")
  );
}

/** A list as one cell: "a|b|c". A | inside a value is written \| and a \ is written \\, so splitting is exact. */
export function csvList(values: readonly string[]): string {
  return values
    .map((value) =>
      value
        .replaceAll(CSV_LIST_ESCAPE, CSV_LIST_ESCAPE + CSV_LIST_ESCAPE)
        .replaceAll(CSV_LIST_SEPARATOR, CSV_LIST_ESCAPE + CSV_LIST_SEPARATOR),
    )
    .join(CSV_LIST_SEPARATOR);
}

/** The values of a list cell written by csvList, for reusers and tests. */
export function parseCsvList(cell: string): string[] {
  if (cell === "") return [];
  const values: string[] = [];
  let current = "";
  for (let index = 0; index < cell.length; index++) {
    const char = cell[index]!;
    if (char === CSV_LIST_ESCAPE && index + 1 < cell.length) current += cell[++index];
    else if (char === CSV_LIST_SEPARATOR) {
      values.push(current);
      current = "";
    } else current += char;
  }
  values.push(current);
  return values;
}
