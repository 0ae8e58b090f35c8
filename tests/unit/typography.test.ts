import { describe, expect, it } from "vitest";
import { gluedToInlineElement, typographyProblems } from "../support/typography.ts";

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

describe("gluedToInlineElement", () => {
  it("finds a word run into a link or code sample, and leaves spaced or punctuated ones alone", () => {
    expect(gluedToInlineElement("så kør<code>npm run new</code>")).toHaveLength(1);
    expect(gluedToInlineElement('via<a href="/x/">Alle</a>, og')).toHaveLength(1);
    expect(gluedToInlineElement('<a href="/x/">Alle</a>eller')).toHaveLength(1);
    expect(
      gluedToInlineElement('via <a href="/x/">Alle</a>, <code>x</code> og »<a href="/">y</a>«.'),
    ).toEqual([]);
  });
});
