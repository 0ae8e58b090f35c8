/**
 * A result figure never travels alone: wherever it is shown (entry page, card, compare, print,
 * /resultater/, CSV and JSON) it carries what it measures, its period, how many young people it rests on
 * and its source, and says so in the same words when the sources leave one of them out. Context figures
 * and figures one source gives for several entries say that too. Every surface takes its words from here.
 */
import { PUBLICATIONS, type PublicationId } from "../vocabulary/publications.ts";
import {
  RESULT_KINDS,
  RESULT_SCOPES,
  type ResultKind,
  type ResultScope,
} from "../vocabulary/result-kinds.ts";
import type { ResultQualifier, ResultUnit } from "../vocabulary/statuses.ts";
import { formatNumber, formatResultValue } from "./format.ts";

/** An entry's id as the check reads it (a string) or as Astro's reference() gives it ({ id, collection }). */
export type Ref = string | { readonly id: string };
export const refId = (ref: Ref): string => (typeof ref === "string" ? ref : ref.id);

/** A figure as the frontmatter gives it; `storedIn` is set on the copy an entry shows from another entry. */
export type FigureData = {
  value: number;
  unit: ResultUnit;
  qualifier?: ResultQualifier | undefined;
  measure: string;
  kind?: ResultKind | undefined;
  period?: string | undefined;
  participants?: number | undefined;
  source: PublicationId;
  scope?: ResultScope | undefined;
  /** Other entries the source gives the same figure for. */
  sharedWith?: readonly Ref[] | undefined;
  /** The entry whose frontmatter holds the figure, when that is not the entry showing it. */
  storedIn?: string | undefined;
};

export const FIGURE_WORDS = {
  period: "Periode",
  periodUnknown: "Periode ikke oplyst",
  participantsUnknown: "Antal unge ikke oplyst",
  caveatLink: "Forbehold for resultattal",
  caveat:
    "Tallene er indsatsernes egne opgørelser, som kilderne gengiver dem. Målgrupper, perioder og metoder er forskellige, og ingen er målt mod en kontrolgruppe, så de kan ikke sammenlignes som effekter.",
  shared: "Delt tal",
} as const;

export type FigureText = {
  /** "knapt 80 %" */
  value: string;
  measure: string;
  /** "Periode: 1. kvartal 2020 – udgangen af 2021" or "Periode ikke oplyst". */
  period: string;
  /** "Blandt 137 unge" or "Antal unge ikke oplyst"; undefined where the figure itself counts the young people. */
  participants: string | undefined;
  /** "Kilde: Marselisborg-kataloget (2022)" */
  source: string;
  /** "Konteksttal: …" for a figure about the surroundings, not the intervention. */
  context: string | undefined;
  /** "Delt tal: kilden giver det samme tal for Ungeguides." */
  shared: string | undefined;
};

/** A count of the young people in the intervention is its own base: "90 unge hjulpet" needs no "blandt". */
const countsItsBase = (figure: FigureData) => figure.kind === "deltagere" && figure.unit === "antal";

/**
 * The other entries a figure is about, seen from the entry showing it: its owner and the entries it is
 * shared with, except the viewer itself.
 */
export function sharedOthers(figure: FigureData, viewer: string): string[] {
  const owner = figure.storedIn ?? viewer;
  return [owner, ...(figure.sharedWith ?? []).map(refId)].filter(
    (id, index, all) => id !== viewer && all.indexOf(id) === index,
  );
}

/** The words around one figure, shown on `viewer`'s page; `titleOf` names other entries. */
export function figureText(figure: FigureData, viewer: string, titleOf: (id: string) => string): FigureText {
  const others = sharedOthers(figure, viewer).map(titleOf);
  return {
    value: formatResultValue(figure.value, figure.unit, figure.qualifier),
    measure: figure.measure,
    period: figure.period ? `${FIGURE_WORDS.period}: ${figure.period}` : FIGURE_WORDS.periodUnknown,
    participants: countsItsBase(figure)
      ? undefined
      : figure.participants
        ? `Blandt ${formatNumber(figure.participants)} unge`
        : FIGURE_WORDS.participantsUnknown,
    source: `Kilde: ${PUBLICATIONS[figure.source].short}`,
    context: figure.scope
      ? `${RESULT_SCOPES[figure.scope].label}: ${lowerFirst(RESULT_SCOPES[figure.scope].description)}`
      : undefined,
    shared:
      others.length > 0
        ? `${FIGURE_WORDS.shared}: kilden giver det samme tal for ${listText(others)}.`
        : undefined,
  };
}

/** The figure in one line of plain text, for compare cells, CSV and e-mail: nothing left out. */
export function figureLine(figure: FigureData, viewer: string, titleOf: (id: string) => string): string {
  const text = figureText(figure, viewer, titleOf);
  const parts = [text.period, text.participants, text.source]
    .filter((part): part is string => Boolean(part))
    .map(lowerFirst)
    .join("; ");
  return [
    text.context && `${RESULT_SCOPES[figure.scope!].label}:`,
    `${text.value} ${text.measure}`.replace(/\s+/g, " ").trim(),
    `(${parts})`,
    text.shared,
  ]
    .filter(Boolean)
    .join(" ");
}

/**
 * The figure in two parts, for a table cell: what it is ("Konteksttal: 3,6 % frafald …") and what goes
 * with it ("Periode: 2020 · Antal unge ikke oplyst · Kilde: … · Delt tal: …").
 */
export function figureParts(
  figure: FigureData,
  viewer: string,
  titleOf: (id: string) => string,
): { text: string; detail: string } {
  const text = figureText(figure, viewer, titleOf);
  return {
    text: [figure.scope && `${RESULT_SCOPES[figure.scope].label}:`, text.value, text.measure]
      .filter(Boolean)
      .join(" ")
      .replace(/\s+/g, " ")
      .trim(),
    detail: [text.period, text.participants, text.source, text.shared].filter(Boolean).join(" · "),
  };
}

/** The label of a figure's kind, or undefined for a figure without one. */
export const kindLabel = (figure: FigureData) => (figure.kind ? RESULT_KINDS[figure.kind].label : undefined);

/** "A", "A og B", "A, B og C" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} og ${items.at(-1)}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The years a set of figures speaks of, from the four-digit years in their periods: "2020–2021", "2020",
 * "til 2022" where a period's start is not given, or undefined when no period names a year.
 */
export function figureYears(figures: readonly Pick<FigureData, "period">[]): string | undefined {
  const years = figures.flatMap((figure) =>
    [...(figure.period ?? "").matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0])),
  );
  if (years.length === 0) return undefined;
  const first = Math.min(...years);
  const last = Math.max(...years);
  if (first !== last) return `${first}–${last}`;
  const openStart = figures.some((figure) => /ikke oplyst/i.test(figure.period ?? ""));
  return openStart ? `til ${last}` : String(last);
}
