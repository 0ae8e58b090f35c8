import { readFileSync } from "node:fs";
import { parse as parseToml } from "smol-toml";
import { describe, expect, it } from "vitest";
import { SOURCE_KEY } from "./cms-format.ts";
import { KEYS, parseLinks, serializeLinks, type LinkItem } from "./cms-links-format.ts";
import { LINK_KEYS } from "../schema/link-schema.ts";
import { readLinksText } from "../content/links-file.ts";

const FILE = "content/links.toml";
const text = readFileSync(FILE, "utf8");
const entry = parseLinks(text) as { links: LinkItem[] } & Record<string, unknown>;

/** What Decap's form hands back: every field, empty ones as "" and an untouched switch as false. */
const formLink = {
  id: "aarhus-unge-paa-vej",
  title: "Unge på vej – Aarhus Kommune",
  publisher: "",
  url: "https://www.aarhus.dk/unge-paa-vej",
  http: false,
};

describe("the editor's format for content/links.toml", () => {
  it("reads every link with its id, in file order", () => {
    const table = parseToml(text) as Record<string, unknown>;
    expect(entry.links.map((link) => link.id)).toEqual(Object.keys(table));
    expect(entry.links[0]).toMatchObject({
      id: "socialstyrelsen-lovende-praksis",
      publisher: "Socialstyrelsen",
    });
    expect(entry[SOURCE_KEY]).toBe(text);
  });

  it("writes the file back byte for byte when nothing changed", () => {
    expect(serializeLinks(structuredClone(entry))).toBe(text);
  });

  it("adds a new link as a block at the end that the links reader accepts, keeping everything else", () => {
    const out = serializeLinks({ ...entry, links: [...entry.links, formLink] });
    expect(out.startsWith(text)).toBe(true);
    expect(out.slice(text.length)).toBe(
      `${text.endsWith("\n\n") ? "" : "\n"}[aarhus-unge-paa-vej]\ntitle = "Unge på vej – Aarhus Kommune"\nurl = "https://www.aarhus.dk/unge-paa-vej"\n`,
    );
    const read = readLinksText(out, FILE);
    expect(read.problems).toEqual([]);
    expect(read.links?.["aarhus-unge-paa-vej"]).toEqual({
      title: "Unge på vej – Aarhus Kommune",
      url: "https://www.aarhus.dk/unge-paa-vej",
    });
  });

  it("changes only the lines of the link that changed, and keeps the comments above it", () => {
    const index = entry.links.findIndex((link) => link.id === "benchmark-inspirationskatalog-del-ii");
    const links = entry.links.map((link, i) => (i === index ? { ...link, title: "Ny titel" } : link));
    const out = serializeLinks({ ...entry, links });
    const before = text.split("\n");
    const after = out.split("\n");
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [line, after[i]]));
    expect(changed).toEqual([expect.stringMatching(/^title = /), 'title = "Ny titel"']);
    expect(out).toContain("# The catalogue gives only the address of this pdf");
  });

  it("drops a deleted link with its comment, and writes http only when it is switched on", () => {
    const links = entry.links.filter((link) => link.id !== "benchmark-inspirationskatalog-del-ii");
    const out = serializeLinks({
      ...entry,
      links: [...links, { ...formLink, http: true, url: "http://a.dk/" }],
    });
    expect(out).not.toContain("benchmark-inspirationskatalog-del-ii");
    expect(out).not.toContain("# The catalogue gives only the address of this pdf");
    expect(out).toMatch(/\nurl = "http:\/\/a\.dk\/"\nhttp = true\n$/);
    expect(readLinksText(out, FILE).problems).toEqual([]);
  });

  it("refuses two links with the same id instead of writing a file TOML cannot read", () => {
    expect(() =>
      serializeLinks({ ...entry, links: [...entry.links, { ...formLink, id: entry.links[0]!.id }] }),
    ).toThrow(/står to gange/);
  });

  it("reads and keeps a leading byte-order mark", () => {
    const withBom = `\uFEFF${text}`;
    expect(serializeLinks(parseLinks(withBom))).toBe(withBom);
  });

  it("refuses to open a file TOML cannot read, so a save cannot empty it", () => {
    expect(() => parseLinks("[a]\ntitle = \n")).toThrow();
  });
});

describe("the keys the editor writes", () => {
  it("are the link schema's keys, in its order", () => {
    expect([...KEYS]).toEqual([...LINK_KEYS]);
  });
});
