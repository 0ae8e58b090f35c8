/**
 * The build date: the day the site's texts are true as of. Whether a status "I gang" has aged
 * (src/lib/catalogue/freshness.ts) and what the review list says is due (src/lib/catalogue/review.ts) are judged against it,
 * never against the clock while a page renders, so one build says one thing everywhere.
 *
 * BUILD_DATE=YYYY-MM-DD sets it, so a published build can be reproduced and tests can pick any day.
 * Without it, SOURCE_DATE_EPOCH (the reproducible-builds convention, seconds since 1970) is used, and
 * without that, today in Denmark.
 */
import { environment } from "../site/environment.ts";
import { parseCalendarDate, todayInDenmark } from "../schema/date-field.ts";

export const BUILD_DATE_VARIABLE = "BUILD_DATE";

type Environment = Readonly<Record<string, string | undefined>>;

/** The build date from the environment, as midnight UTC of that day; throws on a value it cannot read. */
export function resolveBuildDate(env: Environment, now: Date = new Date()): Date {
  const set = env[BUILD_DATE_VARIABLE]?.trim();
  if (set) {
    const date = parseCalendarDate(set);
    if (!date)
      throw new Error(
        `${BUILD_DATE_VARIABLE} must be a real date written YYYY-MM-DD, such as 2026-12-07, but is ${JSON.stringify(set)}.`,
      );
    return date;
  }
  const epoch = env["SOURCE_DATE_EPOCH"]?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch))
      throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, but is ${JSON.stringify(epoch)}.`);
    return parseCalendarDate(todayInDenmark(new Date(Number(epoch) * 1000)))!;
  }
  return parseCalendarDate(todayInDenmark(now))!;
}

/** The date this build judges against. */
export const BUILD_DATE: Date = resolveBuildDate(environment());

/**
 * The latest moment a date the build shows may have: the end of the build date, and never after the
 * moment of the build itself. A commit or an event cannot be newer than the build that contains it.
 */
export function latestShownTime(buildDate: Date = BUILD_DATE, now: Date = new Date()): Date {
  return new Date(Math.min(now.getTime(), buildDate.getTime() + 24 * 60 * 60 * 1000 - 1));
}
