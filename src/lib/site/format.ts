/** Danish formatting of the values shown on pages. */
import {
  RESULT_QUALIFIERS,
  RESULT_UNITS,
  type ResultQualifier,
  type ResultUnit,
} from "../vocabulary/statuses.ts";

const numberFormat = new Intl.NumberFormat("da-DK", { maximumFractionDigits: 1 });
const dateFormat = new Intl.DateTimeFormat("da-DK", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const MONTHS = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "65 %", "786", "155 dage", "5.020.000 kr." */
export function formatResultValue(value: number, unit: ResultUnit, qualifier?: ResultQualifier): string {
  const { label, spaced } = RESULT_UNITS[unit];
  const figure = spaced ? `${formatNumber(value)} ${label}` : `${formatNumber(value)}${label}`;
  return qualifier ? `${RESULT_QUALIFIERS[qualifier].label} ${figure}` : figure;
}

/** "15–25 år", or undefined when the sources give no age. */
export function formatAge(age: { min: number; max: number } | undefined): string | undefined {
  if (!age) return undefined;
  return age.min === age.max ? `${age.min} år` : `${age.min}–${age.max} år`;
}

/** "2020" or "februar 2020" from the YYYY / YYYY-MM form used in frontmatter. */
export function formatYearMonth(value: string): string {
  const [year, month] = value.split("-");
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : `${year}`;
}

export function formatPeriod(
  period: { start?: string | undefined; end?: string | undefined } | undefined,
): string | undefined {
  if (!period?.start && !period?.end) return undefined;
  if (period.start && period.end) return `${formatYearMonth(period.start)} – ${formatYearMonth(period.end)}`;
  if (period.start) return `Fra ${formatYearMonth(period.start)}`;
  return `Til ${formatYearMonth(period.end!)}`;
}

/** "22. november 2026" */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** ISO date for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Danish plural helper: plural(3, "indsats", "indsatser") → "3 indsatser". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** Straight or English quotation marks in a text written for code (schema descriptions) as Danish »…«. */
export function danishQuotes(text: string): string {
  return text.replace(/["“„]([^"“”„]*)["”]/g, "»$1«");
}
