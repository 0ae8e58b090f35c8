import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../tests/support/csv.ts";
import { BOM, csvField, csvList, parseCsvList, toCsv } from "./csv.ts";

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

describe("cells a spreadsheet would run", () => {
  it.each([
    '=HYPERLINK("https://example.org";"klik")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tfane",
    "\rretur",
    " =1+1",
    "\n=1+1",
    "\u00a0@SUM(A1)",
    "\u3000=1",
    '＝HYPERLINK("https://example.org")',
    "＋1",
    "－1",
    "＠SUM(A1)",
    "  ＝1",
  ])("neutralises %j with a leading apostrophe", (value) => {
    const [cell] = parseCsv(toCsv([[value]]))[0]!;
    expect(cell).toBe(`'${value}`);
  });

  it("leaves plain numbers and ordinary text alone", () => {
    expect(csvField("-5")).toBe("-5");
    expect(csvField("12,5")).toBe("12,5");
    expect(csvField("Unge i gang")).toBe("Unge i gang");
  });
});

describe("list cells", () => {
  it("escapes the separator and the escape inside values, so the list splits back exactly", () => {
    const values = ["a|b", "c\\d", "e", "", "f\\|g"];
    const cell = csvList(values);
    expect(cell).toBe("a\\|b|c\\\\d|e||f\\\\\\|g");
    expect(parseCsvList(cell)).toEqual(values);
  });

  it("reads an empty cell as no values", () => {
    expect(parseCsvList("")).toEqual([]);
  });
});
