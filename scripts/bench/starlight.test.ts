import { describe, expect, it } from "vitest";
import { entryPageTable, type SideBySide } from "./starlight.ts";

const row = (label: string, entryPage?: SideBySide["entryPage"]): SideBySide => ({
  label,
  loads: [],
  ours: [],
  starlight: [],
  ...(entryPage ? { entryPage } : {}),
});

describe("entryPageTable", () => {
  it("sets our entry page beside Starlight's as a ratio, and leaves out sizes that were not weighed", () => {
    const table = entryPageTable([
      row("3000 synthetic", { path: "/indsatser/a/", ours: 14_848, starlight: 52_634 }),
      row("real catalogue"),
    ]);
    expect(table).toMatch(/\| 3000 synthetic \| \/indsatser\/a\/ \| 14\.5 KB \| 51\.4 KB +\| 0\.282× \|/);
    expect(table).not.toContain("real catalogue");
  });
});
