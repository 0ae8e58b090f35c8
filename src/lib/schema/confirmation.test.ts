import { describe, expect, it } from "vitest";
import { personNameProblem } from "./confirmation.ts";
import { standaloneInterventionSchema } from "./intervention-schema.ts";

describe("personNameProblem", () => {
  it.each(["Linda Nystrup", "Grethe Fyrstenberg Laursen", "Anne Juul", "Red Barnet"])(
    "rejects %s: two or more capitalised words and no unit word",
    (by) => {
      const problem = personNameProblem(by);
      expect(problem).toContain("ser ud til at være en persons navn");
      expect(problem).toContain(`»${by}«`);
      expect(problem).toContain("Sitet nævner aldrig medarbejdere ved navn");
    },
  );

  it.each([
    "Ungeenheden, Horsens Kommune",
    "Beskæftigelses- og Socialforvaltningen, Odense Kommune",
    "IPS-teamet i Jobcenter Hjørring",
    "UU Randers",
    "afdelingslederen i Ungeenheden",
    "Mercantec",
    "Sekretariatet, Red Barnet",
  ])("accepts %s as a unit or role", (by) => {
    expect(personNameProblem(by)).toBeUndefined();
  });
});

describe("the confirmed field", () => {
  const base = {
    title: "Test",
    summary: "En indsats, der kun findes som testdata, så reglerne kan prøves én ad gangen.",
    context: { municipalities: ["randers"] },
    responsible: "Ungeenheden, Randers Kommune",
    focus: "At prøve skemaet.",
    targetGroup: { description: "Unge i testdata.", tags: ["mistrivsel"] },
    anchoring: { tags: ["jobcenter"] },
    phase: "efter-grundskolen",
    sources: [{ publication: "katalog-2022" }],
    reviewed: "2026-11-22",
  };
  const parse = (confirmed: unknown) => standaloneInterventionSchema.safeParse({ ...base, confirmed });

  it("is optional, and reads a valid confirmation as a date", () => {
    expect(standaloneInterventionSchema.safeParse(base).success).toBe(true);
    const result = parse({ date: "2026-11-25", by: "Ungeenheden, Randers Kommune", how: "telefon" });
    expect(result.success).toBe(true);
    expect(result.data?.confirmed?.date).toEqual(new Date("2026-11-25T00:00:00Z"));
  });

  it("does not coerce: a date must be written YYYY-MM-DD as text", () => {
    const result = parse({ date: 20261125, by: "Ungeenheden", how: "telefon" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("ÅÅÅÅ-MM-DD");
  });

  it("needs a link exactly when the unit confirmed on its own page", () => {
    expect(parse({ date: "2026-11-25", by: "Ungeenheden", how: "egen-side", link: "x" }).success).toBe(true);
    expect(
      parse({ date: "2026-11-25", by: "Ungeenheden", how: "e-mail", link: "x" }).error?.issues[0]?.message,
    ).toContain("bruges kun med how: egen-side");
  });
});
