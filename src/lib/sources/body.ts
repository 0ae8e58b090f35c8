/**
 * What a body says and where each part of it comes from: its claims (paragraphs, list items and
 * table rows, with the source notes they end with), its note definitions and the editors' own notes.
 * Read from the Markdown tree the site's compiler builds (Sätteri, the copy @astrojs/mdx uses, loaded
 * on first use by src/lib/content/mdx-compiler.ts), so the check, the open data and the pages see the
 * same paragraphs the reader does.
 */
import { loadSatteri, MARKDOWN_FEATURES, type Satteri } from "../content/mdx-compiler.ts";
import {
  collapse,
  EDITORS_NOTE,
  parseNoteSource,
  type NoteSourceReading,
  type NoteTarget,
} from "./note-syntax.ts";

/** The loose shape of the mdast nodes read here. */
export type TreeNode = {
  type: string;
  value?: string | null;
  identifier?: string;
  label?: string | null;
  children?: TreeNode[];
  position?: { start: { line: number } };
};

export type BodyFormat = "mdx" | "md";

export type ClaimKind = "p" | "li" | "row";

export type Claim = {
  kind: ClaimKind;
  /** Line in the parsed text (the file's line when the text is compiledSource). */
  line: number;
  /** The claim's own text as plain text, without note references (a list item's nested lists excluded). */
  text: string;
  /** The labels of the notes in the claim's own text, in order, each once. */
  refs: string[];
  /** A paragraph that begins with **Redaktionens note:**: the editors' own words, without a source. */
  editorsNote: boolean;
  /** Has a note reference anywhere inside (a list item's nested items too) or is an editors' note. */
  covered: boolean;
};

export type NoteDefinition = { label: string; line: number; text: string; reading: NoteSourceReading };

export type BodyNotes = {
  claims: Claim[];
  definitions: NoteDefinition[];
  /** Every reference, for unknown labels. */
  references: { label: string; line: number }[];
};

/** The tree the site's compiler builds from a body or a whole compiled source. */
export async function parseMarkdown(source: string, format: BodyFormat): Promise<TreeNode> {
  return parseWith(await loadSatteri(), source, format);
}

/** The same with a compiler already loaded (loadSatteri). */
export function parseWith(satteri: Satteri, source: string, format: BodyFormat): TreeNode {
  const options = { features: MARKDOWN_FEATURES, position: true };
  return (
    format === "mdx" ? satteri.mdxToMdast(source, options) : satteri.markdownToMdast(source, options)
  ) as TreeNode;
}

/** Notes, claims and definitions of a body. */
export async function bodyNotes(source: string, format: BodyFormat): Promise<BodyNotes> {
  return readBodyTree(await parseMarkdown(source, format));
}

const lineOf = (node: TreeNode) => node.position?.start.line ?? 0;

/** A note reference left as text because nothing defines it. */
const LITERAL_REFERENCE = /\[\^([^\]\s]+)\]/g;

/** Plain text of inline content; note references and nested block content left out. */
export function inlineText(node: TreeNode): string {
  if (node.type === "footnoteReference") return "";
  if (node.type === "break") return " ";
  if (node.type === "list" || node.type === "footnoteDefinition") return "";
  if (
    typeof node.value === "string" &&
    node.type !== "mdxFlowExpression" &&
    node.type !== "mdxTextExpression"
  )
    return node.value;
  return (node.children ?? []).map(inlineText).join("");
}

function referencesIn(node: TreeNode, into: string[], nested: boolean): string[] {
  if (node.type === "footnoteReference") {
    const label = (node.label ?? node.identifier ?? "").toLowerCase();
    if (!into.includes(label)) into.push(label);
    return into;
  }
  if (!nested && node.type === "list") return into;
  for (const child of node.children ?? []) referencesIn(child, into, nested);
  return into;
}

/** A paragraph that opens with **Redaktionens note…**. */
export function isEditorsNote(paragraph: TreeNode): boolean {
  const first = paragraph.children?.[0];
  return first?.type === "strong" && collapse(inlineText(first)).startsWith(EDITORS_NOTE);
}

/** Reads claims and note definitions from a parsed body; pure. */
export function readBodyTree(root: TreeNode): BodyNotes {
  const claims: Claim[] = [];
  const definitions: NoteDefinition[] = [];
  const references: BodyNotes["references"] = [];

  const collectReferences = (node: TreeNode) => {
    if (node.type === "footnoteReference") {
      references.push({ label: (node.label ?? node.identifier ?? "").toLowerCase(), line: lineOf(node) });
    }
    // A reference whose definition is missing stays text ("[^x]") in the tree; it still is a reference.
    if (node.type === "text" && typeof node.value === "string") {
      for (const match of node.value.matchAll(LITERAL_REFERENCE)) {
        references.push({ label: match[1]!.toLowerCase(), line: lineOf(node) });
      }
    }
    for (const child of node.children ?? []) collectReferences(child);
  };

  const claim = (kind: ClaimKind, node: TreeNode, own: TreeNode[], editorsNote = false) => {
    const refs: string[] = [];
    for (const part of own) referencesIn(part, refs, false);
    const all = referencesIn(node, [], true);
    claims.push({
      kind,
      line: lineOf(node),
      text: collapse(own.map(inlineText).join(" ")),
      refs,
      editorsNote,
      covered: editorsNote || all.length > 0,
    });
  };

  const walk = (node: TreeNode) => {
    switch (node.type) {
      case "footnoteDefinition": {
        const text = collapse((node.children ?? []).map(inlineText).join(" "));
        definitions.push({
          label: (node.label ?? node.identifier ?? "").toLowerCase(),
          line: lineOf(node),
          text,
          reading: parseNoteSource(text),
        });
        return;
      }
      case "paragraph":
        claim("p", node, [node], isEditorsNote(node));
        return;
      case "listItem": {
        const own = (node.children ?? []).filter((child) => child.type !== "list");
        claim("li", node, own);
        for (const child of node.children ?? []) if (child.type === "list") walk(child);
        return;
      }
      case "tableRow": {
        const refs = referencesIn(node, [], true);
        if (refs.length > 0) {
          claims.push({
            kind: "row",
            line: lineOf(node),
            text: collapse((node.children ?? []).map(inlineText).join(" · ")),
            refs,
            editorsNote: false,
            covered: true,
          });
        }
        return;
      }
      case "heading":
      case "code":
      case "html":
      case "yaml":
        return;
      default:
        for (const child of node.children ?? []) walk(child);
    }
  };

  collectReferences(root);
  walk(root);
  return { claims, definitions, references };
}

/** Paragraphs and list items, the elements the coverage counts (table rows are extra). */
export const countedClaims = (notes: BodyNotes) => notes.claims.filter((claim) => claim.kind !== "row");

/** The sources a body's notes cite, each once, in the order of their notes; for a page's source list. */
export function citedTargets(bodies: readonly BodyNotes[]): NoteTarget[] {
  const targets: NoteTarget[] = [];
  for (const notes of bodies) {
    for (const definition of notes.definitions) {
      if (!definition.reading.ok) continue;
      const { target } = definition.reading.source;
      if (!targets.some((known) => known.kind === target.kind && known.id === target.id))
        targets.push(target);
    }
  }
  return targets;
}
