import { describe, expect, it } from "vitest";
import { bodyNotes, citedTargets } from "./body.ts";
import { bodyWithoutNotes, openDataParagraphs } from "./open-data.ts";
import { noteDisplay, noteIds, noteScope } from "./render.ts";

const BODY = [
  "## Sådan virker den",
  "",
  "Et afsnit med **fed** tekst og et [link](/indsatser/ips-ung/).[^case]",
  "",
  "- Et punkt.[^tabel]",
  "  - Et underpunkt.[^case]",
  "- Et punkt uden note.",
  "",
  "**Redaktionens note:** Vores egen vurdering.",
  "",
  "| Tal | Kilde |",
  "| --- | --- |",
  "| 90 | casen[^case] |",
  "",
  "[^case]: katalog-2022, afsnit »Case: Ung i uddannelse«",
  "[^tabel]: katalog-2022, tabel »Ungeguides«",
  "",
].join("\n");

const notes = await bodyNotes(BODY, "mdx");

describe("a body's claims", () => {
  it("are its paragraphs, list items and noted table rows, with their notes and lines", () => {
    expect(
      notes.claims.map(({ kind, line, text, refs, editorsNote, covered }) => [
        kind,
        line,
        text,
        refs,
        editorsNote,
        covered,
      ]),
    ).toEqual([
      ["p", 3, "Et afsnit med fed tekst og et link.", ["case"], false, true],
      ["li", 5, "Et punkt.", ["tabel"], false, true],
      ["li", 6, "Et underpunkt.", ["case"], false, true],
      ["li", 7, "Et punkt uden note.", [], false, false],
      ["p", 9, "Redaktionens note: Vores egen vurdering.", [], true, true],
      ["row", 13, "90 · casen", ["case"], false, true],
    ]);
  });

  it("come with the note definitions read by the convention", () => {
    expect(
      notes.definitions.map((definition) => [definition.label, definition.line, definition.reading.ok]),
    ).toEqual([
      ["case", 15, true],
      ["tabel", 16, true],
    ]);
    expect(citedTargets([notes])).toEqual([{ kind: "publication", id: "katalog-2022" }]);
  });

  it("count a reference nothing defines", async () => {
    expect((await bodyNotes("Tekst.[^ingen]\n", "md")).references).toEqual([{ label: "ingen", line: 1 }]);
  });
});

describe("the open data of a body", () => {
  it("keeps each paragraph's sources and no note syntax", async () => {
    const paragraphs = await openDataParagraphs(BODY, "mdx");
    expect(paragraphs[0]).toEqual({
      kind: "p",
      text: "Et afsnit med fed tekst og et link.",
      editorsNote: false,
      sources: [{ publication: "katalog-2022", locator: "afsnit »Case: Ung i uddannelse«" }],
    });
    expect(paragraphs[1]!.sources).toEqual([{ publication: "katalog-2022", locator: "tabel »Ungeguides«" }]);
    expect(paragraphs.find((paragraph) => paragraph.editorsNote)?.sources).toEqual([]);
    expect(JSON.stringify(paragraphs)).not.toMatch(/\[\^/);
  });

  it("writes the body as Markdown without references and definitions", () => {
    const body = bodyWithoutNotes(BODY);
    expect(body).not.toMatch(/\[\^/);
    expect(body).toContain("Et afsnit med **fed** tekst og et [link](/indsatser/ips-ung/).\n");
    expect(body.endsWith("| 90 | casen |\n")).toBe(true);
    expect(bodyWithoutNotes("Uden noter.\n")).toBe("Uden noter.\n");
  });
});

describe("note rendering helpers", () => {
  it("scope ids by collection and file, so two bodies on a page never share one", () => {
    expect(noteScope("/x/content/parts/koordinering.md")).toBe("del-koordinering");
    expect(noteScope("/x/content/interventions/ips-ung.mdx")).toBe("indsats-ips-ung");
    const a = noteIds(noteScope("/c/parts/a.md"));
    const b = noteIds(noteScope("/c/parts/a-b.md"));
    expect(a.note("1")).not.toBe(b.note("1"));
    expect(a.reference("1", 2)).toBe("del-a_fnref-1-2");
  });

  it("show a note as the source's name, linked to the page's source list, and the locator", () => {
    expect(noteDisplay("katalog-2022, afsnit »Case: Ung i uddannelse«", {})).toEqual({
      name: "Marselisborg-kataloget (2022)",
      href: "#kilde-katalog-2022",
      locator: "afsnit »Case: Ung i uddannelse«",
    });
    expect(noteDisplay("link:nextworks", { nextworks: { title: "Nextwork" } })).toEqual({
      name: "Nextwork",
      href: "#kilde-link-nextworks",
      locator: "",
    });
    expect(noteDisplay("link:ukendt", {})).toBeUndefined();
    expect(noteDisplay("noget andet", {})).toBeUndefined();
  });
});
