/**
 * How old an entry's facts are, said plainly, and whether its status "I gang" has aged. Every page, card,
 * compare column, CSV row, JSON entry, search filter and the review list take their texts from here.
 *
 * Three dates, each saying what it is:
 * - Kildernes dato: the newest date a source the entry rests on prints as its own (`published` of
 *   publications in src/lib/vocabulary/publications.ts and of links in content/links.toml), or "udateret".
 * - Gennemgået mod kilderne: `reviewed`, the day the editors last re-read the entry against those
 *   sources. It says nothing about whether the facts still hold.
 * - Bekræftet af den ansvarlige: `confirmed`, the day the unit that runs the intervention confirmed them.
 *
 * The one rule for an aged status is `hasAged`: judged against the build date (src/lib/catalogue/build-date.ts),
 * never the clock, so one build says the same everywhere.
 */
import { firstDayOf, isoPartialDate, parsePartialDate, type PartialDate } from "../schema/date-field.ts";
import { formatDate, formatYearMonth, isoDate } from "../site/format.ts";
import { PUBLICATIONS, type PublicationId } from "../vocabulary/publications.ts";
import { CONFIRMATION_METHODS, type ConfirmationMethod } from "../vocabulary/confirmation.ts";
import { STATUSES, type StatusSlug } from "../vocabulary/statuses.ts";

/** The three dates' names, wherever they are shown. */
export const DATE_LABELS = {
  sources: "Kildernes dato",
  reviewed: "Gennemgået mod kilderne",
  confirmed: "Bekræftet af den ansvarlige",
} as const;

/** What a source without a date of its own is called. */
export const UNDATED = "udateret";

/** What `reviewed` means, said beside it wherever it is shown, so it is never read as a confirmation. */
export const REVIEWED_MEANING =
  "redaktionen har læst teksten mod kilderne; det bekræfter ikke, at oplysningerne gælder i dag.";

/** Said where no unit has confirmed the entry yet. */
export const NOT_CONFIRMED = "Ikke bekræftet af den ansvarlige endnu";

/** A status "I gang" ages when neither sources nor a confirmation are this many years newer than the build. */
export const AGE_LIMIT_YEARS = 2;

/** A link as entries cite it: its id in tools, { collection, id } after Astro's reference(). */
export type LinkRef = string | { id: string };
export const linkId = (link: LinkRef): string => (typeof link === "string" ? link : link.id);

export type SourceRef = { publication: PublicationId } | { link: LinkRef };

export type Confirmation = {
  date: Date;
  by: string;
  how: ConfirmationMethod;
  link?: LinkRef | undefined;
};

/** The fields of an entry that its dates and status are read from. */
export type FreshnessSource = {
  status: StatusSlug;
  sources: readonly SourceRef[];
  reviewed: Date;
  confirmed?: Confirmation | undefined;
};

/** Link id → the date the linked page prints as its own, as written in content/links.toml. */
export type LinkDates = ReadonlyMap<string, string>;

/** What dating needs besides the entry: the build date and the links' own dates. */
export type FreshnessContext = { buildDate: Date; linkDates: LinkDates };

/** The dates of every link that has one, from content/links.toml as the collection or the reader gives it. */
export function linkDatesOf(links: Readonly<Record<string, { published?: string | undefined }>>): LinkDates {
  let dates = linkDatesCache.get(links);
  if (!dates) {
    dates = new Map(
      Object.entries(links).flatMap(([id, link]) => (link.published ? [[id, link.published] as const] : [])),
    );
    linkDatesCache.set(links, dates);
  }
  return dates;
}

/**
 * The dates of one links table, read once: open data asks for them per entry, with the same table. The tables are
 * read-only (the collection's data), so the same table always gives the same dates.
 */
const linkDatesCache = new WeakMap<object, LinkDates>();

// ---------------------------------------------------------------------------------------------------------
// Kildernes dato

export type SourceDating = {
  /** The newest date any source prints as its own; undefined when none prints one. */
  newest: PartialDate | undefined;
  /** How many different sources print no date. */
  undated: number;
  /** How many different sources the entry cites. */
  total: number;
  /**
   * The newest year an undated source speaks of (a publication's `asOf`), when it is later than `newest`:
   * that source was written in that year or later.
   */
  mentions: number | undefined;
};

const key = (source: SourceRef) =>
  "publication" in source ? `publication:${source.publication}` : `link:${linkId(source.link)}`;

/** The dates the entry's sources give, each source counted once however many sections cite it. */
export function sourceDating(sources: readonly SourceRef[], linkDates: LinkDates): SourceDating {
  const unique = [...new Map(sources.map((source) => [key(source), source])).values()];
  let newest: PartialDate | undefined;
  let undated = 0;
  let mentions: number | undefined;
  for (const source of unique) {
    const stated =
      "publication" in source
        ? PUBLICATIONS[source.publication].published
        : linkDates.get(linkId(source.link));
    const date = stated ? parsePartialDate(stated) : undefined;
    if (date) {
      if (!newest || firstDayOf(date) > firstDayOf(newest)) newest = date;
      continue;
    }
    undated += 1;
    const year = "publication" in source ? PUBLICATIONS[source.publication].asOf : null;
    if (year !== null && (mentions === undefined || year > mentions)) mentions = year;
  }
  if (mentions !== undefined && newest && mentions <= newest.year) mentions = undefined;
  return { newest, undated, total: unique.length, mentions };
}

/** "juni 2022", "2022" or "3. juni 2022", as precise as the source. */
export function formatPartialDate(date: PartialDate): string {
  if (date.day) return formatDate(firstDayOf(date));
  return formatYearMonth(isoPartialDate(date));
}

/** The source date in a few words, for cards, compare, CSV and JSON: "juni 2022" or "udateret". */
export function sourceDateShort(dating: SourceDating): string {
  if (dating.newest) return formatPartialDate(dating.newest);
  return dating.mentions === undefined ? UNDATED : `${UNDATED} (omtaler ${dating.mentions})`;
}

/** The source date as a sentence: "Oplysningerne stammer fra juni 2022." */
export function sourceDateSentence(dating: SourceDating): string {
  if (dating.newest) return `Oplysningerne stammer fra ${formatPartialDate(dating.newest)}.`;
  const subject = dating.total === 1 ? "Kilden er udateret" : "Kilderne er udaterede";
  if (dating.mentions === undefined) return `${subject}.`;
  return `${subject}, men ${dating.total === 1 ? "den" : "den nyeste"} omtaler forhold fra ${dating.mentions}.`;
}

/** What a reader should also know about the sources' dates, or undefined: "1 kilde er udateret." */
export function sourceDateNote(dating: SourceDating): string | undefined {
  if (!dating.newest || dating.undated === 0) return undefined;
  const count =
    dating.undated === 1 ? "1 af kilderne er udateret" : `${dating.undated} af kilderne er udaterede`;
  return dating.mentions === undefined
    ? `${count}.`
    : `${count}; den nyeste af dem omtaler forhold fra ${dating.mentions}.`;
}

// ---------------------------------------------------------------------------------------------------------
// Status that ages

/** The same day `years` years earlier, in UTC; 29 February becomes 28 February in a common year. */
export function yearsBefore(date: Date, years: number): Date {
  const year = date.getUTCFullYear() - years;
  const month = date.getUTCMonth();
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

/** The oldest day that still counts as recent: the build date's day, AGE_LIMIT_YEARS years earlier. */
export const ageCutoff = (buildDate: Date): Date => yearsBefore(buildDate, AGE_LIMIT_YEARS);

/**
 * The newest day the sources can be shown to be from: the first day of the newest date a source prints
 * (a month counts from its 1st, a year from 1 January), or 1 January of a year an undated source speaks of.
 * A source never counts as newer than it can be shown to be.
 */
export function sourceFloor(dating: SourceDating): Date | undefined {
  const days = [
    ...(dating.newest ? [firstDayOf(dating.newest)] : []),
    ...(dating.mentions !== undefined ? [new Date(Date.UTC(dating.mentions, 0, 1))] : []),
  ];
  return days.length > 0 ? new Date(Math.max(...days.map((day) => day.getTime()))) : undefined;
}

/**
 * THE rule: a status has aged when no source is from the last AGE_LIMIT_YEARS years before the build date
 * and nothing has been confirmed in them. A date exactly AGE_LIMIT_YEARS years before the build date is
 * still recent; the day before it is not. No date at all (undated sources, never confirmed) has aged.
 */
export function hasAged(
  newestSource: Date | undefined,
  confirmed: Date | undefined,
  buildDate: Date,
): boolean {
  const cutoff = ageCutoff(buildDate).getTime();
  const recent = (date: Date | undefined) => date !== undefined && date.getTime() >= cutoff;
  return !recent(newestSource) && !recent(confirmed);
}

/** The status groups the search filter offers. */
export const STATUS_GROUPS = ["i-gang", "i-gang-ikke-bekraeftet", "afsluttet", "ukendt"] as const;
export type StatusGroup = (typeof STATUS_GROUPS)[number];

export type StatusView = {
  slug: StatusSlug;
  /** True when "I gang" has aged (hasAged). */
  aged: boolean;
  /** What every page, card, filter, compare column, CSV and JSON says. */
  text: string;
  group: StatusGroup;
};

/** The status in words, aged or not, for an entry with these source dates and this confirmation. */
export function statusView(
  status: StatusSlug,
  dating: SourceDating,
  confirmed: Date | undefined,
  buildDate: Date,
): StatusView {
  if (status !== "igangvaerende") {
    return { slug: status, aged: false, text: STATUSES[status].label, group: status };
  }
  const floor = sourceFloor(dating);
  const aged = hasAged(floor, confirmed, buildDate);
  // The newest thing the status rests on: the confirmation when it is at least as new as the sources.
  const byConfirmation = confirmed !== undefined && (floor === undefined || confirmed >= floor);
  if (aged) {
    const text = byConfirmation
      ? `I gang ifølge bekræftelse fra ${confirmed.getUTCFullYear()} – ikke bekræftet siden`
      : floor
        ? `I gang ifølge kilder fra ${floor.getUTCFullYear()} – ikke bekræftet siden`
        : "I gang ifølge udaterede kilder – ikke bekræftet";
    return { slug: status, aged, text, group: "i-gang-ikke-bekraeftet" };
  }
  const text = byConfirmation
    ? `I gang, bekræftet af den ansvarlige i ${formatYearMonth(isoDate(confirmed).slice(0, 7))}`
    : `I gang i ${floor!.getUTCFullYear()} ifølge kilderne`;
  return { slug: status, aged, text, group: "i-gang" };
}

/** The search filter's label and description for each status group, as of the build date. */
export function statusGroupLabels(
  buildDate: Date,
): Record<StatusGroup, { label: string; description: string }> {
  const cutoff = ageCutoff(buildDate);
  const since = formatDate(cutoff);
  return {
    "i-gang": {
      label: `I gang ifølge kilder eller bekræftelse fra ${since} eller senere`,
      description: `Indsatser, som kilder eller den ansvarlige enhed har beskrevet som i gang inden for de seneste ${AGE_LIMIT_YEARS} år.`,
    },
    "i-gang-ikke-bekraeftet": {
      label: `I gang ifølge kilder fra før ${since} – ikke bekræftet siden`,
      description: `Indsatser, som kilderne beskrev som i gang, men hvis kilder er mere end ${AGE_LIMIT_YEARS} år gamle eller udaterede, og som ingen ansvarlig har bekræftet siden.`,
    },
    afsluttet: { label: STATUSES.afsluttet.label, description: "Indsatser, der er afsluttet." },
    ukendt: { label: STATUSES.ukendt.label, description: "Indsatser, hvis kilder ikke siger, om de kører." },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Everything an entry's pages show

export type ConfirmationView = {
  iso: string;
  date: Date;
  /** "1. december 2026" */
  text: string;
  by: string;
  how: ConfirmationMethod;
  /** "pr. e-mail", "på enhedens egen side". */
  howText: string;
  linkId: string | undefined;
  /** "Bekræftet af Ungeenheden, Horsens Kommune den 1. december 2026 pr. e-mail." */
  sentence: string;
};

export type Freshness = {
  dating: SourceDating;
  sourceDate: {
    /** YYYY, YYYY-MM or YYYY-MM-DD of the newest dated source; undefined when none is dated. */
    iso: string | undefined;
    short: string;
    sentence: string;
    note: string | undefined;
  };
  reviewed: { iso: string; date: Date; text: string; sentence: string };
  confirmed: ConfirmationView | undefined;
  status: StatusView;
};

export function confirmationView(confirmed: Confirmation): ConfirmationView {
  const howText = CONFIRMATION_METHODS[confirmed.how].text;
  return {
    iso: isoDate(confirmed.date),
    date: confirmed.date,
    text: formatDate(confirmed.date),
    by: confirmed.by,
    how: confirmed.how,
    howText,
    linkId: confirmed.link === undefined ? undefined : linkId(confirmed.link),
    sentence: `Bekræftet af ${confirmed.by} den ${formatDate(confirmed.date)} ${howText}.`,
  };
}

/**
 * The freshness of each entry's data under each context, computed once: a build shows an entry on its page, on
 * a card in every listing and filter page it belongs to, in the search record and the facets, all with the one
 * context of the build. Entries' data and contexts are read-only, so the answer for the same pair never changes.
 */
const freshnessCache = new WeakMap<FreshnessSource, WeakMap<FreshnessContext, Freshness>>();

/** The three dates and the status of one entry, as of the build date. */
export function freshnessOf(data: FreshnessSource, context: FreshnessContext): Freshness {
  let byContext = freshnessCache.get(data);
  if (!byContext) freshnessCache.set(data, (byContext = new WeakMap()));
  let freshness = byContext.get(context);
  if (!freshness) byContext.set(context, (freshness = computeFreshness(data, context)));
  return freshness;
}

function computeFreshness(data: FreshnessSource, context: FreshnessContext): Freshness {
  const dating = sourceDating(data.sources, context.linkDates);
  return {
    dating,
    sourceDate: {
      iso: dating.newest ? isoPartialDate(dating.newest) : undefined,
      short: sourceDateShort(dating),
      sentence: sourceDateSentence(dating),
      note: sourceDateNote(dating),
    },
    reviewed: {
      iso: isoDate(data.reviewed),
      date: data.reviewed,
      text: formatDate(data.reviewed),
      sentence: `${DATE_LABELS.reviewed} ${formatDate(data.reviewed)}.`,
    },
    confirmed: data.confirmed ? confirmationView(data.confirmed) : undefined,
    status: statusView(data.status, dating, data.confirmed?.date, context.buildDate),
  };
}

/** The three dates in one line for cards, search results and the review list; the confirmation only when given. */
export function datesLine(freshness: Freshness): string {
  return [
    `${DATE_LABELS.sources}: ${freshness.sourceDate.short}`,
    `${DATE_LABELS.reviewed}: ${freshness.reviewed.text}`,
    ...(freshness.confirmed ? [`${DATE_LABELS.confirmed}: ${freshness.confirmed.text}`] : []),
  ].join(" · ");
}
