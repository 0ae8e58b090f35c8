import { describe, expect, it } from "vitest";
import { repeatsLabels } from "./fact-notes.ts";

describe("repeatsLabels", () => {
  it.each([
    ["Jobcenter", ["Jobcenter"]],
    ["Den kommunale ungeindsats", ["Den kommunale ungeindsats"]],
    ["STU, Den kommunale ungeindsats", ["STU", "Den kommunale ungeindsats"]],
    ["FGU og den kommunale ungeindsats", ["FGU", "Den kommunale ungeindsats"]],
    ["UU-vejledningen", ["UU-vejledning"]],
    ["nationalt", ["National"]],
  ])("drops %s, which only repeats %j", (note, labels) => {
    expect(repeatsLabels(note, labels)).toBe(true);
  });

  it.each([
    ["Jobcenter, Erhvervslivet (Ree Park)", ["Jobcenter", "Erhvervslivet"]],
    [
      "Ungdoms-/erhvervsuddannelse og den kommunale ungeindsats",
      ["Ungdomsuddannelse", "Den kommunale ungeindsats"],
    ],
    ["udrulning i 11 kommuner", ["National"]],
    ["Roskilde Kommune m.fl.", ["Roskilde"]],
    ["Jobcenter", ["UU-vejledning"]],
    ["", ["Jobcenter"]],
  ])("keeps %s, which says more than %j", (note, labels) => {
    expect(repeatsLabels(note, labels)).toBe(false);
  });
});
