import { describe, expect, it } from "vitest";
import { lintMdx } from "../check/mdx-lint.ts";
import { bodyProblems, escapeBody } from "./cms-body.ts";

/** What an editor types into the rich-text body, as Decap's Markdown widget writes it. */
const TYPED: Record<string, string> = {
  braces: "Unge med { og } i teksten og {alert(1)} og {/* ikke en kommentar",
  tags: "Under 18 år: <18, og <b>fed</b> og <script>alert(1)</script> og a < b > c",
  www: "Læs mere på www.eksempel.dk eller WWW.EKSEMPEL.DK i dag.",
  http: "Se http://eksempel.dk/side og https://eksempel.dk/sikker.",
  autolink: "Linket <https://www.eksempel.dk/side> og <post@eksempel.dk>.",
  esm: "import fs from 'node:fs'\n\nexport const x = 1\n\nTekst om import og export.",
  html: "<div>\nblok\n</div>\n\n<!-- kommentar -->",
  indented: "Afsnit\n\n    kode med {x} og <b>",
  mixed:
    "## Overskrift med {x}\n\n- punkt med <i>\n- [link med {x}](https://eksempel.dk/%7Bid%7D)\n\n> citat med www.x.dk\n\n| a | b{ |\n| - | - |\n| <c | d |",
};

const frontmatter = "---\ntitle: Test\n---\n\n";

describe("escapeBody", () => {
  it.each(Object.entries(TYPED))("makes %s text the MDX compile accepts", (_name, typed) => {
    const body = escapeBody(typed);
    expect(lintMdx(frontmatter + body).map((issue) => issue.message)).toEqual([]);
    expect(bodyProblems(body)).toEqual([]);
  });

  it("escapes exactly the characters MDX would misread, and nothing in code", () => {
    expect(escapeBody("a { b } c < d")).toBe("a \\{ b \\} c \\< d");
    expect(escapeBody("www.x.dk og http://x.dk")).toBe("`www.x.dk` og `http://x.dk`");
    expect(escapeBody("https://x.dk")).toBe("[https://x.dk](https://x.dk)");
    expect(escapeBody("https://x.dk/{id}")).toBe("`https://x.dk/{id}`");
    expect(escapeBody("<https://x.dk>")).toBe("[https://x.dk](https://x.dk)");
    expect(escapeBody("<post@x.dk>")).toBe("[post@x.dk](mailto:post@x.dk)");
    expect(escapeBody("`{x} <y>`\n\n```\n{x} <y>\n```")).toBe("`{x} <y>`\n\n```\n{x} <y>\n```");
    expect(escapeBody("import x\n\nexport y")).toBe("&#105;mport x\n\n&#101;xport y");
    expect(escapeBody("Om import og export")).toBe("Om import og export");
    expect(escapeBody("[tekst](https://x.dk/?a={b})")).toBe("[tekst](https://x.dk/?a={b})");
  });

  it("keeps what is already escaped, MDX comments and ordinary Markdown as they are", () => {
    const plain =
      "## Om indsatsen\n\nTekst med **fed**, *kursiv* og [et link](https://x.dk).\n\n- a\n- b\n\n1. c\n\n> d\n";
    expect(escapeBody(plain)).toBe(plain);
    expect(escapeBody("\\{ \\} \\<")).toBe("\\{ \\} \\<");
    expect(escapeBody("{/* note til redaktionen */}")).toBe("{/* note til redaktionen */}");
    for (const typed of Object.values(TYPED)) expect(escapeBody(escapeBody(typed))).toBe(escapeBody(typed));
  });
});

describe("bodyProblems", () => {
  it("gives the check's Danish message for what escaping does not turn into text", () => {
    const [image] = bodyProblems("Tekst\n\n![billede](https://x.dk/a.png)", 7);
    expect(image?.message).toMatch(/^Billeder er ikke en del af indsatserne/);
    expect(image?.line).toBe(9);
    const [link] = bodyProblems("[usikkert](javascript:alert(1))");
    expect(link?.message).toMatch(/^Linket er ikke tilladt/);
    const [brace] = bodyProblems(escapeBody("[link](https://x.dk/{id})"));
    expect(brace?.message).toMatch(/Skriv det som %7B/);
  });
});
