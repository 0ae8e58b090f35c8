/**
 * Sources per paragraph in the open data: each paragraph, list item and noted table row of a body as
 * plain text with the sources its notes name, and the body as Markdown without the note syntax, so
 * no `[^x]` reaches a JSON or CSV text field. Pure apart from the parser (body.ts).
 */
import { bodyNotes, type BodyFormat, type ClaimKind } from "./body.ts";
import { formatLocator } from "./note-syntax.ts";

export type ParagraphSource =
  { publication: string; locator?: string | undefined } | { link: string; locator?: string | undefined };

export type OpenDataParagraph = {
  /** "p" paragraph, "li" list item, "row" table row. */
  kind: ClaimKind;
  /** The text as plain text, without note references. */
  text: string;
  /** A paragraph that begins "Redaktionens note:": the editors' own words, without a source. */
  editorsNote: boolean;
  /** What its notes name: a publication (id from /data/schema.json) or a link id, each with its locator. */
  sources: ParagraphSource[];
};

/** The body's paragraphs and list items with their sources, in reading order. */
export async function openDataParagraphs(body: string, format: BodyFormat): Promise<OpenDataParagraph[]> {
  const notes = await bodyNotes(body, format);
  const byLabel = new Map(notes.definitions.map((definition) => [definition.label, definition.reading]));
  return notes.claims
    .filter((claim) => claim.text !== "")
    .map((claim) => ({
      kind: claim.kind,
      text: claim.text,
      editorsNote: claim.editorsNote,
      sources: claim.refs.flatMap((label): ParagraphSource[] => {
        const reading = byLabel.get(label);
        if (!reading?.ok) return [];
        const { target, locator } = reading.source;
        const place = locator ? formatLocator(locator) : undefined;
        return [
          target.kind === "publication"
            ? { publication: target.id, ...(place ? { locator: place } : {}) }
            : { link: target.id, ...(place ? { locator: place } : {}) },
        ];
      }),
    }));
}

const DEFINITION = /^ {0,3}\[\^[^\]\n]+\]:.*(?:\n(?: {4}|\t).*)*\n?/gm;
const REFERENCE = /\[\^[^\]\s]+\](?!:)/g;

/** The body as Markdown without note references and definitions (and without the blank lines they leave at the end). */
export function bodyWithoutNotes(body: string): string {
  return (
    body
      .replace(DEFINITION, "")
      .replace(REFERENCE, "")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd() + "\n"
  );
}

/** JSON Schema of one item of `paragraphs` in indsatser.json, styring.json and /data/indsatser/<id>.json. */
export const PARAGRAPH_JSON_SCHEMA = {
  type: "object",
  description:
    "Ét afsnit, punkt eller én tabelrække i brødteksten (under paragraphs i indsatser.json, styring.json og /data/indsatser/<id>.json) med de kilder, dets kildenoter peger på.",
  required: ["kind", "text", "editorsNote", "sources"],
  additionalProperties: false,
  properties: {
    kind: { enum: ["p", "li", "row"], description: "p: afsnit, li: punkt i en liste, row: tabelrække." },
    text: { type: "string", description: "Teksten uden Markdown og uden kildenoter." },
    editorsNote: {
      type: "boolean",
      description: "true for »Redaktionens note«: redaktionens egne ord, som ingen kilde har.",
    },
    sources: {
      type: "array",
      description: "Kilderne, afsnittets noter peger på; tom for redaktionens noter.",
      items: {
        type: "object",
        additionalProperties: false,
        properties: {
          publication: { type: "string", description: "Publikationens id, som i sources[].publication." },
          link: { type: "string", description: "Et id fra content/links.toml." },
          locator: {
            type: "string",
            description: "Stedet i kilden: afsnit »…«, tabel »…« eller hele teksten.",
          },
        },
      },
    },
  },
} as const;
