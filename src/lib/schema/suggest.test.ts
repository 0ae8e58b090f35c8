import { describe, expect, it } from "vitest";
import { closestMatch, editDistance, normalise } from "./suggest.ts";
import { TARGET_GROUPS } from "../vocabulary/target-groups.ts";

const targetGroupOptions = Object.entries(TARGET_GROUPS).map(([value, { label }]) => ({ value, label }));

describe("normalise", () => {
  it("folds Danish letters, case and separators", () => {
    expect(normalise("Psykisk Sårbare")).toBe("psykisk-saarbare");
    expect(normalise("  Ringkøbing Skjern ")).toBe("ringkoebing-skjern");
    expect(normalise("Ærø")).toBe("aeroe");
  });
});

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});

describe("closestMatch", () => {
  it("suggests the slug for a spaced or ascii-folded spelling", () => {
    expect(closestMatch("psykisk saarbare", targetGroupOptions)).toBe("psykisk-saarbare");
    expect(closestMatch("psykisk sårbar", targetGroupOptions)).toBe("psykisk-saarbare");
  });

  it("matches on the Danish label as well as the slug", () => {
    expect(closestMatch("Anbragte og tidligere anbragte", targetGroupOptions)).toBe("anbragte");
  });

  it("suggests nothing for a value that resembles no option", () => {
    expect(closestMatch("zebra", targetGroupOptions)).toBeUndefined();
  });
});
