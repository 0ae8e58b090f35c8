/**
 * Dates as editors write them: YYYY-MM-DD, a day that exists on the calendar (no 2023-02-30), read
 * as that day in UTC. YAML 1.2 (src/lib/content/frontmatter.ts) leaves such a date a string, so nothing
 * converts 5 into 1970 or rolls 30 February over into March.
 */
import { z } from "astro/zod";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date, or undefined when `value` is not a real YYYY-MM-DD calendar date. */
export function parseCalendarDate(value: string): Date | undefined {
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? date : undefined;
}

/** YYYY-MM-DD in Danish time; made once, since every date field of every entry asks for today. */
const DANISH_DAY = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" });

/** Today as YYYY-MM-DD in Danish time, which is what an editor writes. */
export function todayInDenmark(now = new Date()): string {
  return DANISH_DAY.format(now);
}

/** A YYYY-MM-DD field that becomes a Date; with `notFuture`, no later than today in Denmark. */
export function calendarDateField(field: string, options: { notFuture?: boolean; whatDay?: string } = {}) {
  const whatDay = options.whatDay ?? "du faktisk gennemgik indsatsen";
  const example = todayInDenmark();
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Mangler ${field}; skriv datoen som ÅÅÅÅ-MM-DD, fx ${example}.`
          : `${field} skal være en dato skrevet som ÅÅÅÅ-MM-DD, fx ${example}, men er ${JSON.stringify(issue.input)}.`,
    })
    .superRefine((value, ctx) => {
      if (!ISO_DATE.test(value)) {
        ctx.addIssue({
          code: "custom",
          message: `${field} skal skrives som ÅÅÅÅ-MM-DD, fx ${example}, men er ${JSON.stringify(value)}.`,
        });
      } else if (!parseCalendarDate(value)) {
        ctx.addIssue({
          code: "custom",
          message: `${value} er ikke en dato, der findes i kalenderen. Ret dag eller måned.`,
        });
      } else if (options.notFuture && value > todayInDenmark()) {
        ctx.addIssue({
          code: "custom",
          message: `${field} er ${value}, som ligger i fremtiden. Skriv den dato, ${whatDay} (senest i dag, ${todayInDenmark()}).`,
        });
      }
    })
    .transform((value) => parseCalendarDate(value)!)
    .meta({ format: "date" });
}

/** A date as precise as a source gives it: a year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD). */
export type PartialDate = { year: number; month?: number | undefined; day?: number | undefined };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The partial date, or undefined when `value` is not YYYY, YYYY-MM or a real YYYY-MM-DD from 1900 on. */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1900) return undefined;
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  return parseCalendarDate(value) ? { year, month, day: Number(match[3]) } : undefined;
}

/** The first day a partial date can mean, in UTC: 2022-06 is 1 June 2022, 2022 is 1 January 2022. */
export function firstDayOf(date: PartialDate): Date {
  return new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
}

/** The partial date written back as YYYY, YYYY-MM or YYYY-MM-DD. */
export function isoPartialDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return [
    String(date.year),
    ...(date.month ? [pad(date.month)] : []),
    ...(date.day ? [pad(date.day)] : []),
  ].join("-");
}

/**
 * The date a source states for itself, as precise as it states it: YYYY, YYYY-MM or YYYY-MM-DD, a real
 * date, no later than today. It stays a string; only a date the source itself prints belongs here.
 */
export function partialDateField(field: string) {
  const example = "2022-06";
  return z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `Mangler ${field}; skriv datoen som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, fx ${example}.`
          : `${field} skal være tekst i anførselstegn som "${example}" (ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD), men er ${JSON.stringify(issue.input) ?? String(issue.input)}.`,
    })
    .superRefine((value, ctx) => {
      const date = parsePartialDate(value);
      if (!date) {
        ctx.addIssue({
          code: "custom",
          message: `${field} skal skrives som ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD, fx ${example}, og være en dato, der findes i kalenderen, men er ${JSON.stringify(value)}.`,
        });
      } else if (isoPartialDate(date) > todayInDenmark().slice(0, isoPartialDate(date).length)) {
        ctx.addIssue({
          code: "custom",
          message: `${field} er ${value}, som ligger i fremtiden. Skriv kun den dato, kilden selv angiver.`,
        });
      }
    })
    .meta({ pattern: "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$" });
}
