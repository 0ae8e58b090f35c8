/**
 * How the browser editor reads and writes an intervention file. Decap's own frontmatter format rewrites
 * the whole YAML block on every save (flow lists become block lists, quotes and key order change), so
 * an edit of one field would show up as a diff of the whole file. This format keeps the file as it was
 * read and changes only the values the editor changed; new files get the project's key order and style.
 * Pure: the admin page registers it with Decap, and unit tests run it on every file in content/.
 */
import { isMap, isScalar, isSeq, parseDocument, Document, Pair, type Node, type YAMLMap } from "yaml";
import { escapeBody } from "./cms-body.ts";
import { readEntryText } from "../content/frontmatter.ts";
import type { JsonSchema } from "../schema/json-schema.ts";
import { entryId } from "../content/slug.ts";

/** Entry data key that carries the file as read, so a save can change it in place. Never written. */
export const SOURCE_KEY = "__source";

/**
 * Entry data key for the file name of a new entry: entryId(title), as `npm run new` names files
 * (å → aa, ø → oe, æ → ae, other scripts transliterated, never empty). The collections' slug template
 * reads it; it is never written to the file.
 */
export const SLUG_KEY = "__slug";

/** The file name a new entry gets from its title (set under SLUG_KEY in Decap's preSave event). */
export function fileSlug(title: unknown): string | undefined {
  return typeof title === "string" && title.trim() !== "" ? entryId(title) : undefined;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const YAML_OPTIONS = { lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false } as const;

type Data = Record<string, unknown>;

/**
 * The entry as Decap sees it: frontmatter fields (read by the same strict reader as the check and the
 * build), the Markdown body as `body`, and the source text. A file the reader rejects opens empty.
 */
export function parseEntry(text: string): Data {
  const read = readEntryText(text);
  if (!isObject(read.data) || !FRONTMATTER.exec(withoutBom(text))) return { body: read.body };
  return { ...read.data, body: read.body, [SOURCE_KEY]: text };
}

const withoutBom = (text: string) => text.replace(/^\uFEFF/, "");

/** The file for an entry: the source with only the changed values replaced, or a new file in schema order. */
export function serializeEntry(data: Data, schema: JsonSchema): string {
  const { body = "", [SOURCE_KEY]: source, [SLUG_KEY]: _slug, ...fields } = data;
  // What the editor typed stays text: MDX would read {, <, import and bare addresses as code or links.
  const bodyText = normaliseBody(escapeBody(String(body)));
  const original = typeof source === "string" ? withoutBom(source) : "";
  const match = FRONTMATTER.exec(original);
  if (!match) {
    const cleaned = (clean(fields, schema, undefined) ?? {}) as Data;
    const doc = new Document(orderKeys(cleaned, schema));
    flowScalarLists(doc.contents);
    return `---\n${doc.toString(YAML_OPTIONS)}---\n\n${bodyText.replace(/^\n+/, "")}`;
  }
  const before = parseEntry(original);
  const doc = parseDocument(match[1] ?? "");
  const { body: oldBody = "", [SOURCE_KEY]: _, ...oldFields } = before;
  const cleaned = (clean(fields, schema, oldFields) ?? {}) as Data;
  patch(doc, [], oldFields, cleaned, schema);
  const sameBody = normaliseBody(String(oldBody)).trim() === bodyText.trim();
  const newBody = sameBody ? original.slice(match[0].length) : `\n${bodyText.replace(/^\n+/, "")}`;
  const frontmatter = sameFrontmatter(oldFields, cleaned)
    ? `${match[1]}\n`
    : spliceChangedKeys(match[1] ?? "", doc, oldFields, cleaned);
  return `---\n${frontmatter}---\n${newBody}`;
}

/**
 * The frontmatter text with only the changed top-level keys re-rendered from the patched document;
 * every other key keeps its original text, comments and spacing.
 */
function spliceChangedKeys(original: string, patched: Document, before: Data, after: Data): string {
  const segments = new Map<string, string>();
  const originalMap = parseDocument(original).contents;
  if (isMap(originalMap)) {
    originalMap.items.forEach((pair, i) => {
      const start = (pair.key as { range?: number[] }).range?.[0] ?? 0;
      const next = originalMap.items[i + 1]?.key as { range?: number[] } | undefined;
      const text = original.slice(start, next?.range?.[0] ?? original.length);
      segments.set(String((pair.key as { value?: unknown }).value), text.endsWith("\n") ? text : `${text}\n`);
    });
  }
  const map = patched.contents;
  if (!isMap(map)) return patched.toString(YAML_OPTIONS);
  return map.items
    .map((pair) => {
      const key = String((pair.key as { value?: unknown }).value);
      const kept = segments.get(key);
      const unchanged =
        key in before && JSON.stringify(before[key]) === JSON.stringify(orderLike(after[key], before[key]));
      if (kept !== undefined && unchanged) return kept;
      const single = new Document({});
      (single.contents as YAMLMap).items.push(pair);
      return single.toString(YAML_OPTIONS);
    })
    .join("");
}

function normaliseBody(body: string): string {
  const text = body.replace(/\r\n?/g, "\n");
  return text.endsWith("\n") ? text : `${text}\n`;
}

const isObject = (value: unknown): value is Data =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

function sameFrontmatter(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(orderLike(b, a));
}

/** `value` with object keys in the order `like` has them, so key order does not count as a change. */
function orderLike(value: unknown, like: unknown): unknown {
  if (Array.isArray(value))
    return value.map((item, i) => orderLike(item, Array.isArray(like) ? like[i] : undefined));
  if (!isObject(value)) return value;
  const keys = isObject(like) ? Object.keys(like) : [];
  const ordered = [
    ...keys.filter((key) => key in value),
    ...Object.keys(value).filter((key) => !keys.includes(key)),
  ];
  return Object.fromEntries(
    ordered.map((key) => [key, orderLike(value[key], isObject(like) ? like[key] : undefined)]),
  );
}

/** The schema of a property, of a list's items, or of a record's values (scores.<element>). */
function childSchema(schema: JsonSchema | undefined, key: string | number): JsonSchema | undefined {
  if (!schema) return undefined;
  if (typeof key === "number") return schema.items;
  const direct = schema.properties?.[key];
  if (direct) return direct;
  if (schema.anyOf) {
    for (const option of schema.anyOf) {
      const found = option.properties?.[key];
      if (found) return found;
    }
  }
  return typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined;
}

/**
 * Drops what the form fills in but the file should not say: empty strings, nulls, empty lists and objects,
 * and schema defaults the original file did not spell out (`case: false`, `scope: kommunal`).
 */
function clean(value: unknown, schema: JsonSchema | undefined, original: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    const text = value.replace(/\r\n?/g, "\n");
    return text.trim() === "" ? undefined : text;
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item, i) =>
        clean(item, childSchema(schema, i), Array.isArray(original) ? original[i] : undefined),
      )
      .filter((item) => item !== undefined);
    return items.length === 0 && !Array.isArray(original) ? undefined : items;
  }
  if (isObject(value)) {
    const result: Data = {};
    for (const [key, item] of Object.entries(value)) {
      const property = childSchema(schema, key);
      const before = isObject(original) ? original[key] : undefined;
      const cleaned = clean(item, property, before);
      if (cleaned === undefined) continue;
      const isDefault =
        property?.default !== undefined && JSON.stringify(property.default) === JSON.stringify(cleaned);
      if (isDefault && before === undefined) continue;
      result[key] = cleaned;
    }
    return Object.keys(result).length === 0 && !isObject(original) ? undefined : result;
  }
  return value;
}

/** Keys in schema order (the order CONTRIBUTING.md and every file use), recursively. */
function orderKeys(value: unknown, schema: JsonSchema | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => orderKeys(item, schema?.items));
  if (!isObject(value)) return value;
  const order = keyOrder(schema);
  const keys = Object.keys(value).sort((a, b) => rank(order, a) - rank(order, b));
  return Object.fromEntries(keys.map((key) => [key, orderKeys(value[key], childSchema(schema, key))]));
}

function keyOrder(schema: JsonSchema | undefined): string[] {
  if (!schema) return [];
  if (schema.properties) return Object.keys(schema.properties);
  if (schema.anyOf) return schema.anyOf.flatMap((option) => Object.keys(option.properties ?? {}));
  return schema.propertyNames?.enum?.map(String) ?? [];
}

const rank = (order: string[], key: string) => {
  const index = order.indexOf(key);
  return index === -1 ? order.length : index;
};

/** Lists of plain values are written inline, `[a, b]`, like the hand-written files. */
function flowScalarLists(node: unknown): void {
  if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every((item) => isScalar(item))) node.flow = true;
    else node.items.forEach(flowScalarLists);
  } else if (isMap(node)) {
    for (const pair of node.items) flowScalarLists(pair.value);
  }
}

/** Changes `doc` at `path` from `before` to `after`, touching only what differs. */
function patch(
  doc: Document,
  path: (string | number)[],
  before: unknown,
  after: unknown,
  schema: JsonSchema | undefined,
) {
  if (JSON.stringify(before) === JSON.stringify(orderLike(after, before))) return;
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isObject(before) && isObject(after) && isMap(node)) {
    for (const key of Object.keys(before)) if (!(key in after)) doc.deleteIn([...path, key]);
    for (const [key, value] of Object.entries(after)) {
      if (key in before) patch(doc, [...path, key], before[key], value, childSchema(schema, key));
      else
        insertInOrder(
          doc,
          node as YAMLMap,
          key,
          orderKeys(value, childSchema(schema, key)),
          keyOrder(schema),
        );
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && isSeq(node) && before.length === after.length) {
    after.forEach((item, i) => patch(doc, [...path, i], before[i], item, schema?.items));
    return;
  }
  const replacement = doc.createNode(orderKeys(after, schema)) as Node;
  if (isSeq(node) && isSeq(replacement)) replacement.flow = node.flow ?? false;
  else flowScalarLists(replacement);
  if (isScalar(node) && isScalar(replacement)) node.value = replacement.value;
  else doc.setIn(path, replacement);
}

/** Adds `key` to a map just before the first existing key that comes after it in schema order. */
function insertInOrder(doc: Document, map: YAMLMap, key: string, value: unknown, order: string[]) {
  const node = doc.createNode(value) as Node;
  flowScalarLists(node);
  const pair = new Pair(doc.createNode(key), node);
  const index = map.items.findIndex(
    (item) => rank(order, String((item.key as { value?: unknown })?.value)) > rank(order, key),
  );
  if (index === -1) map.items.push(pair);
  else map.items.splice(index, 0, pair);
}
