import { describe, expect, it } from "vitest";
import { publishedBody } from "./published-body.ts";

describe("publishedBody", () => {
  it("publishes a body without MDX syntax as the parse would, tidied the same way", async () => {
    const plain = "## Formål\n\nTekst med *kursiv* og [et link](https://example.org/).   \n\n\n\n- punkt\n";
    const withComment = `${plain}\n{/* note */}\n`;
    // The body with a comment goes through the parser; cutting the comment leaves the plain body.
    expect(await publishedBody(withComment)).toBe(await publishedBody(plain));
    expect(await publishedBody(plain)).toBe(
      "## Formål\n\nTekst med *kursiv* og [et link](https://example.org/).\n\n- punkt\n",
    );
  });

  it("still parses, and refuses, what only MDX syntax can break", async () => {
    expect(await publishedBody("Tekst <uden slut\n")).toBe("");
    expect(await publishedBody("Tekst {åben\n")).toBe("");
    expect(await publishedBody("Tekst {/* note */} mere.\n")).toBe("Tekst  mere.\n");
  });
});
