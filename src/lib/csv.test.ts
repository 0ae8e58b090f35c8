import { describe, expect, it } from "vitest";
import { parseCsv } from "../../tests/support/csv.ts";
import { BOM, csvField, csvList, toCsv } from "./csv.ts";

describe("csvField", () => {
  it("leaves plain values alone", () => {
    expect(csvField("Energi til hinanden")).toBe("Energi til hinanden");
    expect(csvField("15, 16 og 17 år")).toBe("15, 16 og 17 år");
  });

  it("quotes values with the separator, quotes or line breaks, doubling quotes", () => {
    expect(csvField("a;b")).toBe('"a;b"');
    expect(csvField('Projektet "Platform"')).toBe('"Projektet ""Platform"""');
    expect(csvField("linje 1\nlinje 2")).toBe('"linje 1\nlinje 2"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });
});

describe("toCsv", () => {
  const rows = [
    ["id", "title", "note"],
    ["skub", "SKUB", 'semikolon; og "citat"'],
    ["to-linjer", "Æblehaven på Ærø", "første\nanden"],
    ["tom", "", csvList(["a", "b"])],
  ];

  it("starts with a byte-order mark and ends every row with CRLF", () => {
    const csv = toCsv(rows);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe("id;title;note");
  });

  it("parses back to the same rows", () => {
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});
