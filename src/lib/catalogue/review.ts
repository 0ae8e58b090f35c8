/**
 * The editors' review list: every entry by when it is due for a confirmation from the unit that runs it,
 * with what is known about the unit, a prefilled request for confirmation and what the entry lacks.
 * /gennemgang/ shows it and `npm run review` prints it (scripts/review.ts); both call reviewList, so they
 * list the same entries in the same order.
 *
 * Order: entries never confirmed first, then the oldest confirmation, then the oldest source; ties by title.
 * Due: never confirmed, or confirmed more than REVIEW_INTERVAL_YEARS before the build date (the yearly
 * cycle CONTRIBUTING.md suggests).
 */
import { contactLink, type ContactLink } from "./contact.ts";
import { contactAddress, mailtoHref } from "../schema/email.ts";
import { formatDate, formatResultValue } from "../site/format.ts";
import {
  datesLine,
  freshnessOf,
  sourceFloor,
  yearsBefore,
  type Freshness,
  type FreshnessContext,
  type FreshnessSource,
} from "./freshness.ts";
import { PUBLICATIONS, type PublicationId } from "../vocabulary/publications.ts";
import { responsibleText } from "../schema/responsible.ts";
import { SITE } from "../site/site.ts";
import { STALE_NO_PERSONAL_DATA } from "./stale-report.ts";
import { ELEMENT_KEYS, ELEMENTS, type ElementKey } from "../vocabulary/elements.ts";
import type { ResultQualifier, ResultUnit } from "../vocabulary/statuses.ts";

/** The suggested cycle: ask each unit to confirm its entry once a year. */
export const REVIEW_INTERVAL_YEARS = 1;

export const REQUEST_LABEL = "Bed om bekræftelse";
export const FIX_LABEL = "Foreslå en rettelse";

type Result = {
  value: number;
  unit: ResultUnit;
  qualifier?: ResultQualifier | undefined;
  measure: string;
  period?: string | undefined;
  source: PublicationId;
};

/** The fields of an entry the review list reads; a validated entry's data satisfies it. */
export type ReviewSource = FreshnessSource & {
  title: string;
  responsible: string;
  contact?: string | undefined;
  targetGroup: { description: string };
  results: readonly Result[];
  scores: Partial<Record<ElementKey, unknown>>;
};

export type ReviewEntry = {
  id: string;
  /** The entry's page, absolute, for the e-mail. */
  url: string;
  /** Where an editor proposes a correction (src/lib/site/repository.ts). */
  editUrl: string;
  data: ReviewSource;
};

export type ReviewItem = {
  id: string;
  title: string;
  url: string;
  editUrl: string;
  freshness: Freshness;
  responsible: { text: string; known: boolean };
  contact: ContactLink | undefined;
  due: boolean;
  /** "Aldrig bekræftet af den ansvarlige", "Bekræftet 1. december 2026 – næste gang senest …". */
  dueText: string;
  /** What the entry lacks, in words; empty when nothing. */
  missing: string[];
  request: { to: string | undefined; subject: string; body: string; href: string };
};

const collator = new Intl.Collator("da");

/** The day a confirmation is due again: REVIEW_INTERVAL_YEARS after it. */
export const nextDue = (confirmed: Date): Date => yearsBefore(confirmed, -REVIEW_INTERVAL_YEARS);

function dueOf(freshness: Freshness, buildDate: Date): { due: boolean; dueText: string } {
  const confirmed = freshness.confirmed;
  if (!confirmed) return { due: true, dueText: "Aldrig bekræftet af den ansvarlige" };
  const next = nextDue(confirmed.date);
  return next <= buildDate
    ? {
        due: true,
        dueText: `Sidst bekræftet ${confirmed.text} – skulle bekræftes igen senest ${formatDate(next)}`,
      }
    : { due: false, dueText: `Bekræftet ${confirmed.text} – næste gang senest ${formatDate(next)}` };
}

function resultLine(result: Result): string {
  const figure =
    `${formatResultValue(result.value, result.unit, result.qualifier)} ${result.measure}`.replace(
      /\s+/g,
      " ",
    );
  return `${figure} (${result.period ?? "periode ikke oplyst"}; kilde: ${PUBLICATIONS[result.source].short})`;
}

function missingOf(data: ReviewSource, freshness: Freshness): string[] {
  const notAssessed = ELEMENT_KEYS.filter((key) => data.scores[key] === undefined);
  return [
    ...(responsibleText(data.responsible).known ? [] : ["Ingen ansvarlig enhed"]),
    ...(data.contact ? [] : ["Ingen kontakt"]),
    ...(data.results.length === 0 ? ["Ingen resultattal"] : []),
    ...(notAssessed.length === 0
      ? []
      : [
          `${notAssessed.length} af ${ELEMENT_KEYS.length} elementer er ikke vurderet: ${notAssessed
            .map((key) => ELEMENTS[key].label)
            .join(", ")}`,
        ]),
    ...(freshness.sourceDate.iso === undefined ? ["Ingen dateret kilde"] : []),
  ];
}

/** The prefilled e-mail asking the unit to confirm or correct the entry's key facts. */
export function confirmationRequest(entry: ReviewEntry, freshness: Freshness): ReviewItem["request"] {
  const { data } = entry;
  const responsible = responsibleText(data.responsible);
  const to = contactAddress(data.contact);
  const contact = data.contact ? contactLink(data.contact).text : "ingen kontakt oplyst";
  const subject = `Er oplysningerne om »${data.title}« i ${SITE.name} stadig rigtige?`;
  const results =
    data.results.length > 0
      ? data.results.map((result) => `- ${resultLine(result)}`)
      : ["- ingen resultattal oplyst"];
  const body = [
    "Goddag",
    "",
    `${SITE.name} er et åbent katalog over indsatser for unge uden uddannelse og job. Vi beskriver indsatsen »${data.title}«${responsible.known ? `, som ${responsible.text} står for` : ""}. ${freshness.sourceDate.sentence} Vil I se de vigtigste oplysninger igennem?`,
    "",
    `Målgruppe: ${data.targetGroup.description}`,
    `Status: ${freshness.status.text}`,
    `Kontakt: ${contact}`,
    "Resultater:",
    ...results,
    `Siden: ${entry.url}`,
    "",
    "Svar gerne på denne e-mail:",
    "1. Passer oplysningerne, eller hvad skal rettes?",
    "2. Kører indsatsen stadig? Er den stoppet, skriver vi det på siden; vi sletter den ikke.",
    "3. Har enheden en offentlig side eller en fælles postkasse, vi må henvise til?",
    "",
    STALE_NO_PERSONAL_DATA,
    "",
    "Venlig hilsen",
    `Redaktionen for ${SITE.name}`,
  ].join("\n");
  return { to, subject, body, href: mailtoHref({ to, subject, body }) };
}

/** Every entry with its review status, in the order the editors should work through them. */
export function reviewList(entries: readonly ReviewEntry[], context: FreshnessContext): ReviewItem[] {
  const rows = entries.map((entry) => {
    const freshness = freshnessOf(entry.data, context);
    const item: ReviewItem = {
      id: entry.id,
      title: entry.data.title,
      url: entry.url,
      editUrl: entry.editUrl,
      freshness,
      responsible: responsibleText(entry.data.responsible),
      contact: entry.data.contact ? contactLink(entry.data.contact) : undefined,
      ...dueOf(freshness, context.buildDate),
      missing: missingOf(entry.data, freshness),
      request: confirmationRequest(entry, freshness),
    };
    return {
      item,
      confirmed: freshness.confirmed?.date.getTime(),
      source: sourceFloor(freshness.dating)?.getTime(),
    };
  });
  // Never confirmed first; then the oldest confirmation; then the oldest source (undated counts as oldest).
  rows.sort(
    (a, b) =>
      (a.confirmed ?? -Infinity) - (b.confirmed ?? -Infinity) ||
      (a.source ?? -Infinity) - (b.source ?? -Infinity) ||
      collator.compare(a.item.title, b.item.title),
  );
  return rows.map((row) => row.item);
}

/** The list as plain text for the terminal (`npm run review`), optionally only what is due. */
export function reviewText(
  items: readonly ReviewItem[],
  buildDate: Date,
  options: { dueOnly?: boolean } = {},
): string {
  const shown = options.dueOnly ? items.filter((item) => item.due) : items;
  const due = items.filter((item) => item.due).length;
  const lines = [
    `Gennemgang ${formatDate(buildDate)}: ${items.length} indsatser, ${due} skal bekræftes af den ansvarlige.`,
    options.dueOnly ? "Viser kun dem, der skal bekræftes." : "Viser alle, de ældste først.",
    "",
  ];
  shown.forEach((item, index) => {
    lines.push(
      `${String(index + 1).padStart(3)}. ${item.title} (${item.id})${item.due ? "" : " – ikke forfalden"}`,
      `     ${item.dueText}`,
      `     ${datesLine(item.freshness)}`,
      `     Status: ${item.freshness.status.text}`,
      `     Ansvarlig: ${item.responsible.text}`,
      `     Kontakt: ${item.contact ? item.contact.text : "ingen"}`,
      `     ${REQUEST_LABEL}: ${item.request.to ? `skriv til ${item.request.to}` : "ingen e-mail; find enhedens adresse"}`,
      ...(item.missing.length > 0 ? [`     Mangler: ${item.missing.join(" · ")}`] : []),
      `     Side: ${item.url}`,
      "",
    );
  });
  return lines.join("\n");
}
