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

/** Today as YYYY-MM-DD in Danish time, which is what an editor writes. */
export function todayInDenmark(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Copenhagen" }).format(now);
}

/** A YYYY-MM-DD field that becomes a Date; with `notFuture`, no later than today in Denmark. */
export function calendarDateField(field: string, options: { notFuture?: boolean } = {}) {
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
          message: `${field} er ${value}, som ligger i fremtiden. Skriv den dato, du faktisk gennemgik indsatsen (senest i dag, ${todayInDenmark()}).`,
        });
      }
    })
    .transform((value) => parseCalendarDate(value)!)
    .meta({ format: "date" });
}
