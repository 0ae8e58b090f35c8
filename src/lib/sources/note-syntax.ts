/**
 * The one reading of a source note's definition, `[^label]: <source>, <locator>`, shared by the
 * renderer (the "Kilder" list under a body), the open data and `npm run sources`:
 *
 * - `<source>` is a publication id from src/lib/vocabulary/publications.ts or `link:<id>` for content/links.toml;
 * - `<locator>` is `afsnit »<heading>«`, `tabel »<row name>«` or `hele teksten`; optional for a link.
 *
 * Pure: no file access. Messages are Danish and say what is allowed.
 */
import { closestMatch } from "../schema/suggest.ts";
import {
  CATALOGUE_ID,
  PUBLICATION_IDS,
  PUBLICATIONS,
  sourceAnchor,
  type PublicationId,
} from "../vocabulary/publications.ts";

/** Where in a publication a claim rests. */
export type Locator =
  | { kind: "afsnit"; heading: string; within?: string | undefined }
  | { kind: "tabel"; row: string }
  | { kind: "hele-teksten" };

export type NoteTarget = { kind: "publication"; id: PublicationId } | { kind: "link"; id: string };

export type NoteSource = { target: NoteTarget; locator?: Locator | undefined };

export type NoteSourceReading = { ok: true; source: NoteSource } | { ok: false; message: string };

/** The words that open an editors' note: a paragraph that begins with them in bold has no source. */
export const EDITORS_NOTE = "Redaktionens note";

/** A footnote label as the convention allows it: short, lower-case ASCII letters, digits and hyphens. */
export const NOTE_LABEL_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_NOTE_LABEL_LENGTH = 40;

const LINK_PREFIX = "link:";
const LINK_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUOTED = /^(afsnit|tabel)\s+»([^»«]+)«(?:\s+i\s+»([^»«]+)«)?$/u;
const WHOLE = "hele teksten";

/** The allowed forms, for messages. */
export const LOCATOR_FORMS =
  "afsnit »<overskrift>« (evt. fulgt af i »<overordnet overskrift>«), tabel »<navn i første kolonne>« eller hele teksten";
export const SOURCE_FORMS = `et publikations-id (${PUBLICATION_IDS.join(", ")}) eller link:<id fra content/links.toml>`;

/** Whitespace collapsed and trimmed: the text a definition is compared by. */
export const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/** Reads a locator on its own (`afsnit »…«`, `tabel »…«`, `hele teksten`). */
export function parseLocator(text: string): { ok: true; locator: Locator } | { ok: false; message: string } {
  const value = collapse(text);
  if (value.toLowerCase() === WHOLE) return { ok: true, locator: { kind: "hele-teksten" } };
  const quoted = QUOTED.exec(value);
  if (quoted) {
    const name = collapse(quoted[2]!);
    const within = quoted[3] ? collapse(quoted[3]) : undefined;
    if (quoted[1] === "tabel") {
      return within
        ? { ok: false, message: `En tabelrække har ingen »i »…««: skriv tabel »${name}«.` }
        : { ok: true, locator: { kind: "tabel", row: name } };
    }
    return {
      ok: true,
      locator: within ? { kind: "afsnit", heading: name, within } : { kind: "afsnit", heading: name },
    };
  }
  const straight = /^(afsnit|tabel)\s+["“”'‘’„]/u.test(value);
  return {
    ok: false,
    message: straight
      ? `Placeringen »${value}« skal skrives med »…« om overskriften eller rækkens navn, fx afsnit »Case: Ung i uddannelse«.`
      : `Placeringen »${value}« kan ikke læses. Skriv ${LOCATOR_FORMS}.`,
  };
}

/** Reads the text of a note's definition: `<source>, <locator>` or `link:<id>[, <locator>]`. */
export function parseNoteSource(text: string): NoteSourceReading {
  const value = collapse(text);
  if (value === "") {
    return {
      ok: false,
      message: `Noten er tom. Skriv kilden og placeringen: ${SOURCE_FORMS}, fulgt af ${LOCATOR_FORMS}.`,
    };
  }
  const comma = value.indexOf(",");
  const head = (comma === -1 ? value : value.slice(0, comma)).trim();
  const rest = comma === -1 ? "" : value.slice(comma + 1).trim();
  let target: NoteTarget;
  if (head.startsWith(LINK_PREFIX)) {
    const id = head.slice(LINK_PREFIX.length).trim();
    if (!LINK_ID.test(id)) {
      return {
        ok: false,
        message: `»${head}« er ikke et link-id. Skriv link:<id> med et id fra content/links.toml.`,
      };
    }
    target = { kind: "link", id };
  } else if ((PUBLICATION_IDS as readonly string[]).includes(head)) {
    target = { kind: "publication", id: head as PublicationId };
  } else {
    const guess = closestMatch(
      head,
      PUBLICATION_IDS.map((id) => ({ value: id, label: PUBLICATIONS[id].short })),
    );
    const hint = guess ? ` Mente du ${guess}?` : "";
    return {
      ok: false,
      message: `»${head}« er hverken en publikation eller et link.${hint} Noten skal begynde med ${SOURCE_FORMS}.`,
    };
  }
  if (rest === "") {
    if (target.kind === "link") return { ok: true, source: { target } };
    return {
      ok: false,
      message: `Noten siger ikke, hvor i ${PUBLICATIONS[target.id].short} påstanden står. Skriv fx »${target.id}, afsnit »<overskrift>«« (${LOCATOR_FORMS}).`,
    };
  }
  const locator = parseLocator(rest);
  if (!locator.ok) return locator;
  if (
    target.kind === "publication" &&
    target.id === CATALOGUE_ID &&
    locator.locator.kind === "hele-teksten"
  ) {
    return {
      ok: false,
      message: `»hele teksten« kan kun bruges om de korte artikler. Angiv et afsnit eller en tabelrække i ${PUBLICATIONS[CATALOGUE_ID].short}.`,
    };
  }
  return { ok: true, source: { target, locator: locator.locator } };
}

/** The definition as the convention writes it, e.g. `katalog-2022, afsnit »Fakta«`. */
export function formatNoteSource(source: NoteSource): string {
  const head = source.target.kind === "link" ? `${LINK_PREFIX}${source.target.id}` : source.target.id;
  return source.locator ? `${head}, ${formatLocator(source.locator)}` : head;
}

/** A locator in the convention's own words. */
export function formatLocator(locator: Locator): string {
  switch (locator.kind) {
    case "afsnit":
      return `afsnit »${locator.heading}«${locator.within ? ` i »${locator.within}«` : ""}`;
    case "tabel":
      return `tabel »${locator.row}«`;
    case "hele-teksten":
      return WHOLE;
  }
}

/** A locator as a reader sees it after the source's name in the "Kilder" list; empty for the whole text. */
export function readableLocator(locator: Locator | undefined): string {
  if (!locator) return "";
  switch (locator.kind) {
    case "afsnit":
      return `afsnit »${locator.heading}«${locator.within ? ` i »${locator.within}«` : ""}`;
    case "tabel":
      return `oversigten over indsatser, rækken »${locator.row}«`;
    case "hele-teksten":
      return "";
  }
}

/** Two notes name the same source (publication or link), whatever their locators. */
export const sameTarget = (a: NoteTarget, b: NoteTarget) => a.kind === b.kind && a.id === b.id;

/** The id of a source's line in a page's source list, which a note's name links to. */
export function sourceListAnchor(target: NoteTarget): string {
  return target.kind === "publication" ? sourceAnchor(target.id) : linkSourceAnchor(target.id);
}

/** The id of a link's line in a page's source list. */
export const linkSourceAnchor = (id: string) => `kilde-link-${id}`;
