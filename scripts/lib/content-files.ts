import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse as parseToml } from "smol-toml";
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";

export type ContentFile = {
  /** Path relative to the project root, as editors see it. */
  path: string;
  id: string;
  /** The whole file, frontmatter included, so line numbers match what the editor sees. */
  source: string;
  frontmatter: unknown;
  body: string;
  /** 1-based line of each top-level frontmatter key, for error messages. */
  keyLines: Map<string, number>;
  /** 1-based line of the value at a frontmatter path such as ["targetGroup", "tags", 0], or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  yamlError?: string;
  yamlErrorLine?: number;
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
/** The frontmatter starts on line 2, after the opening ---. */
const FRONTMATTER_FIRST_LINE = 2;

export function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => join(dir, name));
}

export function listMdxFiles(dir: string): string[] {
  return listFiles(dir, ".mdx");
}

/** Path relative to the project root, or absolute for files outside it (temp folders, fixtures elsewhere). */
export function displayPath(file: string, root: string): string {
  const path = relative(root, file);
  return path.startsWith("..") ? resolve(file) : path;
}

/** Reads one content file; `base` is its collection folder, so the id matches the loader's (default: its own folder). */
export function readContentFile(file: string, root: string, base = dirname(file)): ContentFile {
  const text = readFileSync(file, "utf8");
  const path = displayPath(file, root);
  const id = relative(base, file).replace(/\.mdx?$/, "");
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      path,
      id,
      source: text,
      frontmatter: undefined,
      body: text,
      keyLines: new Map(),
      lineOf: () => undefined,
      yamlError: "Filen mangler frontmatter mellem to linjer med ---.",
      yamlErrorLine: 1,
    };
  }
  const yamlSource = match[1] ?? "";
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlSource, { lineCounter });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + FRONTMATTER_FIRST_LINE - 1;
  const keyLines = new Map<string, number>();
  yamlSource.split("\n").forEach((line, index) => {
    const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
    if (key && !keyLines.has(key)) keyLines.set(key, index + FRONTMATTER_FIRST_LINE);
  });
  const [firstError] = doc.errors;
  return {
    path,
    id,
    source: text,
    frontmatter: doc.toJS(),
    body: text.slice(match[0].length),
    keyLines,
    lineOf: (fieldPath) => {
      const offset = offsetOf(doc, fieldPath);
      return offset === undefined ? undefined : toLine(offset);
    },
    ...(firstError ? { yamlError: firstError.message, yamlErrorLine: toLine(firstError.pos[0]) } : {}),
  };
}

/** Offset of the deepest node on `path` that exists: a map key, a list item or the value itself. */
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
    const last = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => String((item.key as { value?: unknown })?.value) === String(last),
      );
      const range = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
      if (range) return range[0];
    } else if (isSeq(parent) && typeof last === "number") {
      const range = (parent.items[last] as { range?: [number, number, number] } | undefined)?.range;
      if (range) return range[0];
    }
  }
  return undefined;
}

/** The links registry as parsed TOML: { id: { title, url, publisher? } }. */
export function readLinks(file: string): Record<string, unknown> {
  return parseToml(readFileSync(file, "utf8"));
}
