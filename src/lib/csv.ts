/**
 * CSV as Danish spreadsheets open it: semicolon-separated, UTF-8 with a byte-order mark so Excel
 * reads æ, ø and å correctly, CRLF line endings, and fields quoted when they contain the separator,
 * a quote or a line break (quotes doubled, RFC 4180).
 */
export const CSV_SEPARATOR = ";";
/** Joins the values of a multi-valued field inside one cell. */
export const CSV_LIST_SEPARATOR = "|";
export const BOM = "\uFEFF";

export function csvField(value: string, separator = CSV_SEPARATOR): string {
  const needsQuotes = value.includes(separator) || /["\r\n]/.test(value);
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

export function toCsv(rows: readonly (readonly string[])[], separator = CSV_SEPARATOR): string {
  return (
    BOM + rows.map((row) => row.map((value) => csvField(value, separator)).join(separator) + "\r\n").join("")
  );
}

/** A list as one cell: "a|b|c". Values must not contain the list separator themselves. */
export function csvList(values: readonly string[]): string {
  return values.join(CSV_LIST_SEPARATOR);
}
