import { beforeEach, describe, expect, it } from "vitest";
import { readEntryBytes } from "./frontmatter.ts";
import { clearEntryReadings, readEntryBytesOnce } from "./reading-cache.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const GOOD = "---\ntitle: Mentor\nlist:\n  - a\n  - b\nnested:\n  age: 15\n---\n\nBrødtekst.\n";
const BAD = "---\ntitle: Mentor\ntitle: Igen\n---\n\nBrødtekst.\n";

describe("readEntryBytesOnce", () => {
  beforeEach(() => clearEntryReadings());

  it("gives exactly what readEntryBytes gives, the first time and from the cache", () => {
    for (const text of [GOOD, BAD, "", "---\n---\n", "\uFEFF\uFEFF---\na: 1\n---\n"]) {
      const direct = readEntryBytes(bytes(text));
      for (const reading of [readEntryBytesOnce(bytes(text)), readEntryBytesOnce(bytes(text))]) {
        expect(reading.data).toEqual(direct.data);
        expect(reading.body).toBe(direct.body);
        expect(reading.bodyLine).toBe(direct.bodyLine);
        expect(reading.problems).toEqual(direct.problems);
      }
    }
  });

  it("keeps the line of every field after the YAML document is dropped", () => {
    readEntryBytesOnce(bytes(GOOD));
    const cached = readEntryBytesOnce(bytes(GOOD));
    const direct = readEntryBytes(bytes(GOOD));
    for (const path of [["title"], ["list", 1], ["nested", "age"], ["missing"], []]) {
      expect(cached.lineOf(path)).toBe(direct.lineOf(path));
    }
    expect(cached.lineOf(["list", 1])).toBe(5);
  });

  it("gives each caller its own data and problems, so one caller cannot change another's reading", () => {
    const first = readEntryBytesOnce(bytes(GOOD));
    (first.data as { title: string }).title = "Ændret";
    (first.data as { list: string[] }).list.push("c");
    first.problems.push({ line: 1, field: "filnavn", message: "planted" });
    const second = readEntryBytesOnce(bytes(GOOD));
    expect(second.data).toEqual({ title: "Mentor", list: ["a", "b"], nested: { age: 15 } });
    expect(second.problems).toEqual([]);
    const bad = readEntryBytesOnce(bytes(BAD));
    bad.problems[0]!.message = "changed";
    expect(readEntryBytesOnce(bytes(BAD)).problems[0]!.message).not.toBe("changed");
  });

  it("reads changed bytes again, and judges the same bytes under other limits on their own", () => {
    const before = readEntryBytesOnce(bytes(GOOD));
    const after = readEntryBytesOnce(bytes(GOOD.replace("Mentor", "Mentorer")));
    expect((before.data as { title: string }).title).toBe("Mentor");
    expect((after.data as { title: string }).title).toBe("Mentorer");
    const tight = readEntryBytesOnce(bytes(GOOD), { frontmatter: 10, body: 10_000 });
    expect(tight.problems.map((problem) => problem.field)).toEqual(["frontmatter"]);
    expect(readEntryBytesOnce(bytes(GOOD)).problems).toEqual([]);
  });
});
