import { describe, expect, it } from "vitest";
import {
  formatNoteSource,
  parseLocator,
  parseNoteSource,
  readableLocator,
  sourceListAnchor,
} from "./note-syntax.ts";

describe("parseNoteSource", () => {
  it("reads a publication with a section, a table row or the whole text", () => {
    expect(parseNoteSource("katalog-2022, afsnit »Case: Ung i uddannelse«")).toEqual({
      ok: true,
      source: {
        target: { kind: "publication", id: "katalog-2022" },
        locator: { kind: "afsnit", heading: "Case: Ung i uddannelse" },
      },
    });
    expect(parseNoteSource("katalog-2022, tabel »Ung på vej«")).toMatchObject({
      ok: true,
      source: { locator: { kind: "tabel", row: "Ung på vej" } },
    });
    expect(parseNoteSource("mod-til-uddannelse-artikel, hele teksten")).toMatchObject({
      ok: true,
      source: { locator: { kind: "hele-teksten" } },
    });
  });

  it("reads a link with or without a locator", () => {
    expect(parseNoteSource("link:herning-ung-paa-vej")).toEqual({
      ok: true,
      source: { target: { kind: "link", id: "herning-ung-paa-vej" } },
    });
    expect(parseNoteSource("link:herning-ung-paa-vej, afsnit »Målgruppe«")).toMatchObject({ ok: true });
  });

  it("collapses whitespace inside the heading", () => {
    expect(parseNoteSource("katalog-2022,   afsnit »Case:   Ung i\nuddannelse«")).toMatchObject({
      source: { locator: { heading: "Case: Ung i uddannelse" } },
    });
  });

  it.each([
    ["", /tom/],
    ["kataloget, afsnit »Fakta«", /hverken en publikation eller et link/],
    ["katalog-2021, afsnit »Fakta«", /Mente du katalog-2022\?/],
    ["katalog-2022", /siger ikke, hvor/],
    ['katalog-2022, afsnit "Fakta"', /»…«/],
    ["katalog-2022, side 4", /kan ikke læses/],
    ["katalog-2022, hele teksten", /kun bruges om de korte artikler/],
    ["link:Herning Ung", /ikke et link-id/],
  ])("refuses %j with a Danish message", (text, message) => {
    const reading = parseNoteSource(text);
    expect(reading.ok).toBe(false);
    expect(reading.ok ? "" : reading.message).toMatch(message);
  });
});

describe("locators", () => {
  it("round-trip through the convention's own words", () => {
    for (const text of ["katalog-2022, afsnit »Fakta«", "katalog-2022, tabel »SKUB«", "link:nextworks"]) {
      const reading = parseNoteSource(text);
      expect(reading.ok && formatNoteSource(reading.source)).toBe(text);
    }
    expect(parseLocator("hele teksten")).toEqual({ ok: true, locator: { kind: "hele-teksten" } });
  });

  it("read well in the list under the text and link to the page's source list", () => {
    expect(readableLocator({ kind: "tabel", row: "SKUB" })).toBe("oversigten over indsatser, rækken »SKUB«");
    expect(readableLocator({ kind: "hele-teksten" })).toBe("");
    expect(sourceListAnchor({ kind: "publication", id: "katalog-2022" })).toBe("kilde-katalog-2022");
    expect(sourceListAnchor({ kind: "link", id: "nextworks" })).toBe("kilde-link-nextworks");
  });
});
