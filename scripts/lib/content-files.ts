import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { parse as parseToml } from "smol-toml";
import { parseDocument } from "yaml";

export type ContentFile = {
  /** Path relative to the project root, as editors see it. */
  path: string;
  id: string;
  frontmatter: unknown;
  body: string;
  /** 1-based line of each top-level frontmatter key, for error messages. */
  keyLines: Map<string, number>;
  yamlError?: string;
};

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function listMdxFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => join(dir, name));
}

export function readContentFile(file: string, root: string): ContentFile {
  const text = readFileSync(file, "utf8");
  const path = relative(root, file);
  const id = path.replace(/^.*interventions\//, "").replace(/\.mdx$/, "");
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      path,
      id,
      frontmatter: undefined,
      body: text,
      keyLines: new Map(),
      yamlError: "Filen mangler frontmatter mellem to linjer med ---.",
    };
  }
  const source = match[1] ?? "";
  const doc = parseDocument(source);
  const keyLines = new Map<string, number>();
  source.split("\n").forEach((line, index) => {
    const key = /^([A-Za-z][\w-]*):/.exec(line)?.[1];
    if (key && !keyLines.has(key)) keyLines.set(key, index + 2);
  });
  const yamlError = doc.errors[0]?.message;
  return {
    path,
    id,
    frontmatter: doc.toJS(),
    body: text.slice(match[0].length),
    keyLines,
    ...(yamlError ? { yamlError } : {}),
  };
}

/** The links registry as parsed TOML: { id: { title, url, publisher? } }. */
export function readLinks(file: string): Record<string, unknown> {
  return parseToml(readFileSync(file, "utf8"));
}
