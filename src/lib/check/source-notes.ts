/**
 * Sätteri hast plugin for source notes (issue 20 and issue 26 §8), registered with the site's
 * Markdown processor (src/lib/check/content-guard.ts), which MDX inherits. It keeps the GFM footnote
 * markup remark-gfm writes (`sup > a[data-footnote-ref]`, `section[data-footnotes]`) and:
 *
 * - gives every note id a prefix per body (src/lib/sources/render.ts noteScope), so part intros on one
 *   page never share an id, and points every aria-describedby at the notes' heading, which it keeps;
 * - names the "Kilder" heading in Danish and shows it (an h3 where bodies sit under their own h2);
 * - writes each definition `<source>, <locator>` as the source's name, linked to its line in the
 *   page's source list, followed by the locator;
 * - keeps one back link per note, to its first reference;
 * - keeps the notes and the reference numbers out of the search index (data-pagefind-ignore);
 * - puts a paragraph that begins **Redaktionens note:** in a visible block with data-editors-note.
 *
 * No inline styles and no scripts: the look comes from src/styles/theme.css.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { readLinksFile } from "../content/links-file.ts";
import { EDITORS_NOTE } from "../sources/note-syntax.ts";
import {
  NESTED_NOTE_SCOPES,
  NOTES_HEADING,
  noteDisplay,
  noteIds,
  noteScope,
  type LinkTitles,
} from "../sources/render.ts";

type Node = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
};

type Context = {
  setProperty: (node: Node, name: string, value: unknown) => void;
  replaceNode: (node: Node, replacement: Node | Node[]) => void;
  wrapNode: (node: Node, wrapper: Node) => void;
  removeNode: (node: Node) => void;
  textContent: (node: Node) => string;
};

type Factory = { fileURL: URL | undefined; source?: string };

const CLOBBER = "user-content-";
const text = (value: string): Node => ({ type: "text", value });
const element = (tagName: string, properties: Record<string, unknown>, children: Node[]): Node => ({
  type: "element",
  tagName,
  properties,
  children,
});
const isElement = (node: Node | undefined, tagName?: string): node is Node =>
  node?.type === "element" && (tagName === undefined || node.tagName === tagName);
const property = (node: Node, name: string) => node.properties?.[name];
const stringProperty = (node: Node, name: string) => {
  const value = property(node, name);
  return typeof value === "string" ? value : undefined;
};

/**
 * Titles of the links in content/links.toml (unreadable file: none; the check reports it). Every compiled body
 * with source notes asks; the file is read and judged again only when its bytes changed (`astro dev`).
 */
function linkTitles(): LinkTitles {
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(CONTENT_PATHS.links);
  } catch {
    bytes = undefined;
  }
  if (bytes && titlesRead && titlesRead.bytes.equals(bytes)) return titlesRead.titles;
  const titles = readLinkTitles();
  titlesRead = bytes ? { bytes, titles } : undefined;
  return titles;
}
let titlesRead: { bytes: Buffer; titles: LinkTitles } | undefined;

function readLinkTitles(): LinkTitles {
  const read = readLinksFile(CONTENT_PATHS.links, CONTENT_PATHS.links);
  return Object.fromEntries(
    Object.entries(read.links ?? {}).flatMap(([id, value]) => {
      const title = (value as { title?: unknown } | null)?.title;
      return typeof title === "string" ? [[id, { title }]] : [];
    }),
  );
}

/**
 * The plugin factory: one instance per compiled file, which it needs for the id prefix. A body with no
 * note and no editors' note has nothing for the plugin to do, so it does not walk that tree: a note needs
 * `[^` in the text, and an editors' note its words, read here without emphasis marks and escapes; a body
 * with a character reference (`&…;`) could spell either another way, so it is always walked.
 */
export function sourceNotes(factory: Factory) {
  const source = factory.source;
  if (
    source !== undefined &&
    !source.includes("[^") &&
    !source.includes("&") &&
    !source.replace(/[*_`\\]/g, "").includes(EDITORS_NOTE)
  )
    return null;
  const scope = noteScope(factory.fileURL ? fileURLToPath(factory.fileURL) : "tekst");
  const ids = noteIds(scope);
  return {
    name: "lovende-praksis:source-notes",
    before(root: Node, ctx: Context) {
      const numbers = new Map<string, string>();
      const occurrences = new Map<string, number>();
      const newIds = new Map<string, string>();
      let links: LinkTitles | undefined;

      const reference = (anchor: Node, parent: Node | undefined) => {
        const label = (stringProperty(anchor, "href") ?? "").replace(`#${CLOBBER}fn-`, "");
        const number = ctx.textContent(anchor).trim() || String(numbers.size + 1);
        numbers.set(label, number);
        const occurrence = (occurrences.get(label) ?? 0) + 1;
        occurrences.set(label, occurrence);
        const id = ids.reference(number, occurrence);
        const old = stringProperty(anchor, "id");
        if (old) newIds.set(old, id);
        ctx.setProperty(anchor, "id", id);
        ctx.setProperty(anchor, "href", `#${ids.note(number)}`);
        ctx.setProperty(anchor, "ariaDescribedBy", [ids.heading]);
        // An empty attribute, as remark-gfm writes it (MDX would otherwise print data-footnote-ref="true").
        ctx.setProperty(anchor, "dataFootnoteRef", "");
        if (isElement(parent, "sup")) ctx.setProperty(parent, "dataPagefindIgnore", "");
      };

      const definition = (item: Node) => {
        const label = (stringProperty(item, "id") ?? "").slice(`${CLOBBER}fn-`.length);
        const number = numbers.get(label);
        if (number) ctx.setProperty(item, "id", ids.note(number));
        const paragraph = item.children?.find((child) => isElement(child, "p"));
        if (!paragraph?.children) return;
        const firstBackref = paragraph.children.findIndex(
          (child) => isElement(child, "a") && property(child, "dataFootnoteBackref") !== undefined,
        );
        const lead = paragraph.children.slice(0, firstBackref === -1 ? undefined : firstBackref);
        if (lead.length === 0 || !lead.every((child) => child.type === "text")) return;
        links ??= linkTitles();
        const display = noteDisplay(lead.map((child) => child.value ?? "").join(""), links);
        if (!display) return;
        const name = element("a", { href: display.href }, [text(display.name)]);
        ctx.replaceNode(lead[0]!, [name, text(display.locator ? `, ${display.locator}. ` : ". ")]);
        for (const extra of lead.slice(1)) ctx.removeNode(extra);
      };

      const section = (notes: Node) => {
        ctx.setProperty(notes, "dataPagefindIgnore", "");
        ctx.setProperty(notes, "dataFootnotes", "");
        const heading = notes.children?.find(
          (child) => isElement(child) && /^h[1-6]$/.test(child.tagName ?? ""),
        );
        const level = NESTED_NOTE_SCOPES.has(scope.split("-")[0]!) ? "h3" : "h2";
        const replacement = element(level, { id: ids.heading }, [text(NOTES_HEADING)]);
        if (heading) ctx.replaceNode(heading, replacement);
        for (const child of notes.children ?? []) if (isElement(child, "ol")) walkNotes(child);
      };

      const walkNotes = (list: Node) => {
        for (const item of list.children ?? []) {
          if (!isElement(item, "li")) continue;
          definition(item);
          walkBackrefs(item);
        }
      };

      // One way back per note, to its first reference: a note that many paragraphs share would
      // otherwise end in a long row of arrows. The browser's back button returns to any other.
      const walkBackrefs = (node: Node) => {
        let kept = false;
        const children = node.children ?? [];
        children.forEach((child, index) => {
          if (isElement(child, "a") && property(child, "dataFootnoteBackref") !== undefined) {
            if (kept) {
              ctx.removeNode(child);
              const before = children[index - 1];
              if (before?.type === "text" && (before.value ?? "").trim() === "") ctx.removeNode(before);
              return;
            }
            kept = true;
            const old = (stringProperty(child, "href") ?? "").slice(1);
            const id = newIds.get(old);
            if (id) ctx.setProperty(child, "href", `#${id}`);
          } else walkBackrefs(child);
        });
      };

      const editorsNote = (paragraph: Node) => {
        const first = paragraph.children?.find(
          (child) => !(child.type === "text" && (child.value ?? "").trim() === ""),
        );
        if (!isElement(first, "strong") || !ctx.textContent(first).trim().startsWith(EDITORS_NOTE)) return;
        ctx.wrapNode(paragraph, element("div", { dataEditorsNote: "", role: "note" }, []));
      };

      const walk = (node: Node, parent: Node | undefined) => {
        if (isElement(node, "section") && property(node, "dataFootnotes") !== undefined) {
          section(node);
          return;
        }
        if (isElement(node, "a") && property(node, "dataFootnoteRef") !== undefined) {
          reference(node, parent);
          return;
        }
        if (isElement(node, "p")) editorsNote(node);
        for (const child of node.children ?? []) walk(child, node);
      };
      walk(root, undefined);
    },
  };
}
