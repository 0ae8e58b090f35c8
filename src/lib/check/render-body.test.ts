import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ContentError } from "./content-guard.ts";
import { renderMdxBody } from "./render-body.ts";

// The compiled source the loader renders: an empty frontmatter, then the body (lines match the file's).
const source = (body: string) => `---\n---\n\n${body}`;
const file = pathToFileURL(resolve("content/interventions/proeve.mdx"));
const render = (body: string) => renderMdxBody(source(body), file);

describe("renderMdxBody", () => {
  it("renders Markdown with the site's heading ids and gives the page its headings", async () => {
    const { html, metadata } = await render(
      "## Sådan virker den\n\nTekst med **fed** og [et link](https://example.org/).",
    );
    expect(html).toContain('<h2 id="afsnit-saadan-virker-den">Sådan virker den</h2>');
    expect(html).toContain('<strong>fed</strong> og <a href="https://example.org/">et link</a>');
    expect(metadata.headings).toEqual([
      { depth: 2, slug: "afsnit-saadan-virker-den", text: "Sådan virker den" },
    ]);
  });

  it("drops editorial comments, as the compiled module did", async () => {
    const { html } = await render(
      "Før.\n\n{/* Redaktionens hemmelige note */}\n\nEfter {/* inde i linjen */} her.",
    );
    expect(html).not.toMatch(/hemmelige|inde i linjen|\{|\}/);
    expect(html).toContain("<p>Efter  her.</p>");
  });

  it("reads the body as MDX, not as Markdown: an indented line is text, never a code block", async () => {
    const { html } = await render("Et afsnit.\n\n    indrykket linje");
    expect(html).not.toContain("<pre>");
    expect(html).toContain("indrykket linje");
  });

  it("numbers source notes per body and keeps them out of search", async () => {
    const { html } = await render(
      "Et udsagn.[^1]\n\n[^1]: Marselisborg-kataloget (2022), afsnit »Indledning«.",
    );
    expect(html).toContain('id="indsats-proeve_fnref-1"');
    expect(html).toContain('<sup data-pagefind-ignore="">');
  });

  it.each([
    ["plainly", "**Redaktionens note:** Tallet er redaktionens eget skøn."],
    ["with emphasis inside the words", "**Redak*tion*ens note:** Tallet er redaktionens eget skøn."],
    ["with a character reference", "**Redaktionens&#32;note:** Tallet er redaktionens eget skøn."],
  ])("marks an editors' note written %s, also in a body without source notes", async (_how, body) => {
    const { html } = await render(body);
    expect(html).toMatch(/<div data-editors-note="" role="note"><p><strong>Redak.*ens note:<\/strong>/);
  });

  it("wraps a table in a box that scrolls and turns alignment into a class", async () => {
    const { html } = await render("| A | B |\n|:-:|---|\n| 1 | 2 |");
    expect(html).toContain('<div class="table-scroll" tabindex="0" role="group"');
    expect(html).toContain('<th class="align-center">A</th>');
    expect(html).not.toContain("style=");
  });

  it.each([
    ["JSX", "Tekst.\n\n<Script />", 6],
    ["raw HTML in JSX form", "Tekst.\n\n<img src=x onerror=alert(1) />", 6],
    ["an expression", "Tekst med {process.exit(1)}.", 4],
    ["an ESM line", 'import x from "node:fs";\n\nTekst.', 4],
    ["an unsafe link", "[klik](javascript:alert(1))", 4],
  ])(
    "refuses %s with the file, the line and the build's Danish message, and runs nothing",
    async (_name, body, line) => {
      const error = await render(body).then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(ContentError);
      const message = (error as Error).message;
      expect(message).toContain("Indholdet er ugyldigt og bliver ikke bygget");
      expect(message).toContain("proeve.mdx");
      expect(message).toMatch(new RegExp(`:${line}\\b`));
    },
  );
});
