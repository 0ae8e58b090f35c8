import { describe, expect, it } from "vitest";
import { typographyProblems } from "../support/typography.ts";

describe("typographyProblems", () => {
  it("finds a sentence glued to the next and straight or English quotation marks", () => {
    expect(typographyProblems("skrevet med egne ord.Eksterne links")).toHaveLength(1);
    expect(typographyProblems("Kilde:Marselisborg")).toHaveLength(1);
    expect(typographyProblems('fx "mentor" eller “angst”')).toHaveLength(4);
  });

  it("leaves domains, abbreviations, numbers and Danish quotation marks alone", () => {
    expect(
      typographyProblems(
        "Se marselisborg.org og bl.a. fx. 2.500 unge kl. 10:30. Næste sætning. Søg fx »mentor«. Slut! Ny",
      ),
    ).toEqual([]);
  });
});
