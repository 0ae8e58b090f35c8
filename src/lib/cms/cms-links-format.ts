/**
 * How the browser editor reads and writes content/links.toml: as one list of links, each with its id.
 * A save keeps the file as it was and re-renders only the links the editor changed: comments, blank
 * lines and the order of the other links stay put; a new link is added at the end as a new [id] block.
 * Pure: the admin page registers it with Decap, and unit tests run it on the real file.
 */
import { parse as parseToml, stringify as stringifyToml } from "smol-toml";
import { SOURCE_KEY } from "./cms-format.ts";

/** The keys of a link in the order the file writes them: LINK_KEYS in src/lib/schema/link-schema.ts (a test keeps them equal; the editor bundle does not load zod). */
export const KEYS = ["title", "publisher", "url", "http", "published"] as const;

export type LinkItem = { id: string } & Record<string, unknown>;

type Block = { lead: string; body: string };

const HEADER = /^\s*\[\s*(?:"([^"]+)"|([A-Za-z0-9_-]+))\s*\]\s*(?:#.*)?$/;

/** The entry as Decap sees it: `links` in file order, and the source text. A file TOML cannot read throws. */
export function parseLinks(text: string): Record<string, unknown> {
  const table = readTable(text);
  const links = Object.entries(table).map(([id, fields]) => ({ id, ...fields }));
  return { links, [SOURCE_KEY]: text };
}

/** The file for the edited list: unchanged links keep their text, changed and new ones are rendered. */
export function serializeLinks(data: Record<string, unknown>): string {
  const source = typeof data[SOURCE_KEY] === "string" ? data[SOURCE_KEY] : "";
  const items = (Array.isArray(data["links"]) ? data["links"] : []).map(cleanItem);
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id))
      throw new Error(`Kortnavnet »${item.id}« står to gange. Giv hvert link sit eget kortnavn.`);
    seen.add(item.id);
  }
  const original = source ? readTable(source) : {};
  const { preamble, blocks } = splitBlocks(source);
  let text = preamble;
  for (const item of items) {
    const block = blocks.get(item.id);
    const { id, ...fields } = item;
    const rendered = stringifyToml({ [id]: fields });
    if (block && same(original[id], fields)) text += block.lead + block.body;
    else if (block) text += block.lead + rendered + trailingBlankLines(block.body);
    else text += (text === "" || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n") + rendered;
  }
  return text;
}

/** The file's tables; a leading byte-order mark, which the links reader allows, is not TOML. */
const readTable = (text: string) =>
  parseToml(text.replace(/^\uFEFF/, "")) as Record<string, Record<string, unknown>>;

/** A list item as the file should hold it: the link's keys in order, without empty fields or http = false. */
function cleanItem(value: unknown): LinkItem {
  const item = (typeof value === "object" && value !== null ? value : {}) as Record<string, unknown>;
  const result: LinkItem = { id: String(item["id"] ?? "").trim() };
  for (const key of KEYS) {
    const field = item[key];
    if (field === undefined || field === null || field === "" || field === false) continue;
    result[key] = field;
  }
  return result;
}

function same(before: Record<string, unknown> | undefined, after: Record<string, unknown>): boolean {
  if (!before) return false;
  const sorted = (value: Record<string, unknown>) =>
    JSON.stringify(
      Object.keys(value)
        .sort()
        .map((key) => [key, value[key]]),
    );
  return sorted(before) === sorted(after);
}

/**
 * The file cut into the text before the first link and one block per link: the comment lines directly
 * above its [id] header (its lead) and the header with its keys and the blank lines after them (its body).
 */
function splitBlocks(text: string): { preamble: string; blocks: Map<string, Block> } {
  const lines = text.split(/(?<=\n)/);
  const headers: { id: string; line: number; leadStart: number }[] = [];
  lines.forEach((line, index) => {
    const match = HEADER.exec(line.replace(/\r?\n$/, ""));
    if (!match) return;
    let leadStart = index;
    while (leadStart > 0 && lines[leadStart - 1]!.trimStart().startsWith("#")) leadStart--;
    headers.push({ id: (match[1] ?? match[2])!, line: index, leadStart });
  });
  const blocks = new Map<string, Block>();
  headers.forEach((header, i) => {
    const end = headers[i + 1]?.leadStart ?? lines.length;
    blocks.set(header.id, {
      lead: lines.slice(header.leadStart, header.line).join(""),
      body: lines.slice(header.line, end).join(""),
    });
  });
  const preamble = lines.slice(0, headers[0]?.leadStart ?? lines.length).join("");
  return { preamble, blocks };
}

const trailingBlankLines = (body: string) => /\n(\s*\n)*$/.exec(body)?.[0].replace(/^\n/, "") ?? "";
