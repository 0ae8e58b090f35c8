/**
 * The Danish report of `npm run sources`: every finding with file, line and note, each file's
 * coverage, and what could not be checked, counted, never passed in silence. Pure.
 */
import { formatProblem } from "../content/content-files.ts";
import type { DocumentReport, Finding } from "./check.ts";

export function formatFinding(finding: Finding): string {
  return formatProblem({
    path: finding.path,
    line: finding.line,
    field: finding.field,
    message: finding.message,
  });
}

/** The most findings printed for one file; the rest are counted, so a broken file cannot flood the output. */
export const MAX_FINDINGS_PER_FILE = 25;

/** The lines to print for one file's findings: the first MAX_FINDINGS_PER_FILE, then a count of the rest. */
export function findingLines(report: DocumentReport): string[] {
  const shown = report.findings.slice(0, MAX_FINDINGS_PER_FILE).map(formatFinding);
  const rest = report.findings.length - shown.length;
  if (rest > 0) {
    shown.push(
      `${report.path}  … og ${rest.toLocaleString("da-DK")} fejl mere i filen. Ret de første, og kør tjekket igen.`,
    );
  }
  return shown;
}

/** One line per file: how many paragraphs and list items carry a note or are the editors' own. */
export function coverageLines(reports: readonly DocumentReport[]): string[] {
  return reports
    .filter((report) => report.coverage.total > 0)
    .map((report) => {
      const { total, covered } = report.coverage;
      const share = Math.round((covered / total) * 100);
      return `${report.path}: ${covered} af ${total} afsnit og punkter har en kildenote eller er redaktionens note (${share} %)`;
    });
}

/** The notes that point at text the project does not hold, summed over all files. */
export function notCheckedTotal(reports: readonly DocumentReport[]): {
  total: number;
  byTarget: [string, number][];
} {
  const sums = new Map<string, number>();
  for (const report of reports) {
    for (const [key, count] of Object.entries(report.notChecked)) sums.set(key, (sums.get(key) ?? 0) + count);
  }
  const byTarget = [...sums.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { total: byTarget.reduce((sum, [, count]) => sum + count, 0), byTarget };
}

export function notCheckedLine(reports: readonly DocumentReport[]): string {
  const { total, byTarget } = notCheckedTotal(reports);
  if (total === 0) return "Ikke kontrolleret: 0 (alle noter peger på tekst, projektet har).";
  const names = byTarget.map(([key, count]) => `${key === "link" ? "links" : key}: ${count}`).join(", ");
  return `Ikke kontrolleret: ${total} henvisninger til kilder, hvis tekst projektet ikke har (${names}). De er hverken godkendt eller afvist.`;
}

/** The totals line at the end. */
export function summaryLine(reports: readonly DocumentReport[], seconds: number): string {
  const findings = reports.reduce((sum, report) => sum + report.findings.length, 0);
  const claims = reports.reduce((sum, report) => sum + report.checkedClaims, 0);
  const total = reports.reduce((sum, report) => sum + report.coverage.total, 0);
  const covered = reports.reduce((sum, report) => sum + report.coverage.covered, 0);
  const share = total === 0 ? 100 : Math.round((covered / total) * 1000) / 10;
  const head =
    findings === 0
      ? "Kildetjekket fandt ingen fejl"
      : `Kildetjekket fandt ${findings} ${findings === 1 ? "fejl" : "fejl"}`;
  return `${head} i ${reports.length} filer: ${claims} påstande holdt op mod kildens tekst; ${covered} af ${total} afsnit og punkter (${String(share).replace(".", ",")} %) har en kildenote eller er redaktionens note (${seconds.toFixed(2).replace(".", ",")} s).`;
}
