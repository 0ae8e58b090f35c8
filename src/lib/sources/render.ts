/**
 * How source notes look on a page: the Danish labels, the ids (unique per body, so several bodies on
 * one page never share an id), and the readable form of a note's definition ("Marselisborg-kataloget
 * (2022), afsnit »…«", the name linked to the source's line in the page's source list). Pure; the
 * compile pipeline's plugin (src/lib/check/source-notes.ts) applies it.
 */
import { PUBLICATIONS } from "../vocabulary/publications.ts";
import { parseNoteSource, readableLocator, sourceListAnchor } from "./note-syntax.ts";

/** The heading over a body's notes. */
export const NOTES_HEADING = "Kilder";

/** The compiler's footnote options: Danish heading and back-reference label. */
export const FOOTNOTE_OPTIONS = {
  label: NOTES_HEADING,
  backLabel: "Tilbage til teksten ved henvisning {reference}",
  backContent: "↩",
} as const;

/** The collections whose bodies carry notes, by folder, with the short word their ids start with. */
export const NOTE_SCOPES: Readonly<Record<string, string>> = {
  interventions: "indsats",
  governance: "styring",
  parts: "del",
  phases: "fase",
};

/** Bodies of these collections render several to a page under their own h2, so their notes' heading is an h3. */
export const NESTED_NOTE_SCOPES: ReadonlySet<string> = new Set(["del"]);

/**
 * The id prefix of one body's notes, from its file path (`…/content/parts/koordinering.md` gives
 * `del-koordinering`). The file name is a slug and the scope word has no underscore, so
 * `<scope>_fn-<n>` never collides between two bodies on a page.
 */
export function noteScope(path: string): string {
  const parts = path.split(/[\\/]/);
  const file = parts.at(-1) ?? "";
  const folder = parts.at(-2) ?? "";
  const stem = file.replace(/\.[^.]*$/, "").replace(/[^a-z0-9-]/gi, "-") || "tekst";
  return `${NOTE_SCOPES[folder] ?? "tekst"}-${stem}`;
}

export const noteIds = (scope: string) => ({
  heading: `${scope}_kilder`,
  note: (number: string) => `${scope}_fn-${number}`,
  reference: (number: string, occurrence: number) =>
    occurrence > 1 ? `${scope}_fnref-${number}-${occurrence}` : `${scope}_fnref-${number}`,
});

export type LinkTitles = Readonly<Record<string, { title: string } | undefined>>;

/** A note's definition as a reader sees it: the source's name (with the id of its line in the source list) and where in it. */
export type NoteDisplay = { name: string; href: string; locator: string };

export function noteDisplay(definition: string, links: LinkTitles): NoteDisplay | undefined {
  const reading = parseNoteSource(definition);
  if (!reading.ok) return undefined;
  const { target, locator } = reading.source;
  const name = target.kind === "publication" ? PUBLICATIONS[target.id].short : links[target.id]?.title;
  if (!name) return undefined;
  return { name, href: `#${sourceListAnchor(target)}`, locator: readableLocator(locator) };
}
