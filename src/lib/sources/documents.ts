/**
 * Turns what the content files and src/lib/vocabulary/approaches.ts say into SourceDocuments for the
 * check: the body's notes, the sources the page lists, the entry's links, its `known` tags and its
 * written exceptions, each with the line an editor should look at. Pure.
 */
import { CATALOGUE_ID, PUBLICATION_IDS, type PublicationId } from "../vocabulary/publications.ts";
import type { BodyNotes, Claim, NoteDefinition } from "./body.ts";
import type { ApproachTagInput, CheckedCollection, LocatedException, SourceDocument } from "./check.ts";
import { sourceExceptionSchema } from "./exceptions.ts";
import {
  collapse,
  parseLocator,
  parseNoteSource,
  type NoteSourceReading,
  type NoteTarget,
} from "./note-syntax.ts";

type Data = Record<string, unknown>;
type LineOf = (path: readonly PropertyKey[]) => number | undefined;

const isRecord = (value: unknown): value is Data =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** A frontmatter source ({ publication } or { link }) as a note target. */
function targetOf(value: unknown): NoteTarget | undefined {
  if (typeof value === "string") return { kind: "link", id: value };
  if (!isRecord(value)) return undefined;
  const publication = text(value["publication"]);
  if (publication && (PUBLICATION_IDS as readonly string[]).includes(publication))
    return { kind: "publication", id: publication as PublicationId };
  const link = value["link"];
  const id = typeof link === "string" ? link : isRecord(link) ? text(link["id"]) : undefined;
  return id ? { kind: "link", id } : undefined;
}

/** The written exceptions of a file, each with its line; invalid ones are npm run check's to report. */
export function exceptionsOf(data: Data, lineOf: LineOf): LocatedException[] {
  return list(data["sourceExceptions"]).flatMap((value, index) => {
    const parsed = sourceExceptionSchema.safeParse(value);
    return parsed.success ? [{ ...parsed.data, index, line: lineOf(["sourceExceptions", index]) ?? 1 }] : [];
  });
}

/** The `approaches` tags with their lines. */
export function approachTagsOf(data: Data, lineOf: LineOf): ApproachTagInput[] {
  return list(data["approaches"]).flatMap((value, index) => {
    if (!isRecord(value) || typeof value["id"] !== "string" || typeof value["known"] !== "string") return [];
    return [
      {
        id: value["id"],
        known: value["known"],
        section: text(value["section"]),
        index,
        line: lineOf(["approaches", index]) ?? 1,
      },
    ];
  });
}

/** A content entry as a document for the check. `data` is the file's frontmatter as read. */
export function entryDocument(
  path: string,
  collection: Exclude<CheckedCollection, "approaches">,
  data: Data,
  lineOf: LineOf,
  notes: BodyNotes,
): SourceDocument {
  const sources = list(data["sources"])
    .map(targetOf)
    .filter((target) => target !== undefined);
  const links = list(data["links"])
    .map(targetOf)
    .filter((target) => target !== undefined);
  const base = {
    path,
    collection,
    notes,
    approachTags: approachTagsOf(data, lineOf),
    exceptions: exceptionsOf(data, lineOf),
  };
  switch (collection) {
    case "interventions":
      return {
        ...base,
        listed: sources,
        listedField: "sources",
        entryLinks: sources.flatMap((target) => (target.kind === "link" ? [target.id] : [])),
      };
    case "governance":
      return {
        ...base,
        listed: [...sources, ...links],
        listedField: "sources eller links",
        entryLinks: links.map((target) => target.id),
      };
    default:
      // Part and phase pages list the sources their notes cite, so every note has its line there.
      return { ...base, entryLinks: links.map((target) => target.id) };
  }
}

/** The texts of an approach that carry a source: what it is, and why the catalogue sees promise in it. */
export const APPROACH_TEXT_FIELDS = ["description", "promise"] as const;
type ApproachField = (typeof APPROACH_TEXT_FIELDS)[number];

/**
 * The source of one of an approach's texts, in the forms approaches.ts may write it: a field beside
 * the text (`descriptionSource`, `promiseSource`), one `source` for both, or `source` / `sources` as
 * `{ description, promise }` (approaches.ts's ApproachSource); each a definition string ("katalog-2022,
 * afsnit »…«"), an object ({ publication, section, within? } / { publication, table } / { publication,
 * whole: true } / { link }) or a list of them.
 */
export function approachSourcesOf(approach: Data, field: ApproachField): unknown[] {
  const perText = (value: unknown) =>
    isRecord(value) && !("publication" in value) && !("link" in value) ? value[field] : undefined;
  const sources = approach["sources"];
  const source = approach["source"];
  const value =
    approach[`${field}Source`] ??
    perText(sources) ??
    perText(source) ??
    (isRecord(source) && ("publication" in source || "link" in source) ? source : undefined) ??
    (typeof source === "string" || Array.isArray(source) ? source : undefined) ??
    (Array.isArray(sources) ? sources : undefined);
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** One source value of an approach as a note reading. */
export function readApproachSource(value: unknown): NoteSourceReading {
  if (typeof value === "string") return parseNoteSource(value);
  if (!isRecord(value)) {
    return {
      ok: false,
      message: "Kilden skal være en tekst som »katalog-2022, afsnit »…«« eller { publication, section }.",
    };
  }
  const link = text(value["link"]);
  const publication = text(value["publication"]);
  const head = link ? `link:${link}` : publication;
  if (!head) return { ok: false, message: "Kilden mangler publication (eller link)." };
  const section = text(value["section"]);
  const within = text(value["within"]);
  const row = text(value["table"]) ?? text(value["row"]);
  const locator =
    text(value["locator"]) ??
    (section
      ? `afsnit »${collapse(section)}«${within ? ` i »${collapse(within)}«` : ""}`
      : row
        ? `tabel »${collapse(row)}«`
        : value["whole"] === true
          ? "hele teksten"
          : undefined);
  if (locator !== undefined && !parseLocator(locator).ok) return parseLocator(locator) as NoteSourceReading;
  return parseNoteSource(locator ? `${head}, ${locator}` : head);
}

/** The line of the approach `slug` in a TS source, and of `key` inside its block (undefined when absent). */
function blockLines(source: string, slug: string) {
  const lines = source.split("\n");
  const start = lines.findIndex((line) => new RegExp(`^\\s*(?:"${slug}"|${slug}):\\s*\\{`).test(line));
  const keyLine = (key: string): number | undefined => {
    if (start === -1) return undefined;
    const indent = /^\s*/.exec(lines[start]!)![0].length;
    for (let index = start + 1; index < lines.length; index++) {
      const line = lines[index]!;
      if (/^\s*\}/.test(line) && /^\s*/.exec(line)![0].length <= indent) break;
      if (new RegExp(`^\\s*${key}:`).test(line)) return index + 1;
    }
    return undefined;
  };
  return { start: start === -1 ? 1 : start + 1, keyLine };
}

/** The approaches' texts as a document: one claim per description and promise, its source as its note. */
export function approachesDocument(
  approaches: Readonly<Record<string, object>>,
  source: string,
  path: string,
): SourceDocument {
  const claims: Claim[] = [];
  const definitions: NoteDefinition[] = [];
  const references: BodyNotes["references"] = [];
  const exceptions: LocatedException[] = [];
  for (const [slug, value] of Object.entries(approaches)) {
    const approach = value as Data;
    const block = blockLines(source, slug);
    for (const field of APPROACH_TEXT_FIELDS) {
      const claimText = text(approach[field]);
      if (!claimText) continue;
      const line = block.keyLine(field) ?? block.start;
      const sourceLine =
        block.keyLine(`${field}Source`) ?? block.keyLine("sources") ?? block.keyLine("source") ?? line;
      const values = approachSourcesOf(approach, field);
      const refs = values.map((_, index) => `${slug}-${field}${values.length > 1 ? `-${index + 1}` : ""}`);
      values.forEach((sourceValue, index) => {
        definitions.push({
          label: refs[index]!,
          line: sourceLine,
          text: typeof sourceValue === "string" ? sourceValue : JSON.stringify(sourceValue),
          reading: readApproachSource(sourceValue),
        });
        references.push({ label: refs[index]!, line });
      });
      claims.push({
        kind: "p",
        line,
        text: collapse(claimText),
        refs,
        editorsNote: false,
        covered: refs.length > 0,
      });
    }
    const own = [
      ...list(approach["sourceExceptions"]),
      ...(isRecord(approach["source"]) ? list(approach["source"]["exceptions"]) : []),
    ];
    for (const exception of own) {
      const parsed = sourceExceptionSchema.safeParse(exception);
      if (parsed.success) {
        exceptions.push({
          ...parsed.data,
          index: exceptions.length,
          line: block.keyLine("sourceExceptions") ?? block.start,
        });
      }
    }
  }
  return {
    path,
    collection: "approaches",
    notes: { claims, definitions, references },
    entryLinks: [],
    approachTags: [],
    exceptions,
  };
}

/** The heading of an approach's focus point: the catalogue section its description (or promise) cites, else its label. */
export function focusHeadingOf(approach: Data | undefined): string | undefined {
  if (!approach) return undefined;
  for (const field of APPROACH_TEXT_FIELDS) {
    for (const value of approachSourcesOf(approach, field)) {
      const reading = readApproachSource(value);
      if (
        reading.ok &&
        reading.source.target.kind === "publication" &&
        reading.source.target.id === CATALOGUE_ID &&
        reading.source.locator?.kind === "afsnit"
      ) {
        return reading.source.locator.heading;
      }
    }
  }
  return text(approach["label"]);
}
