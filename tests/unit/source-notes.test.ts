/**
 * Source notes through the site's own compilers (the Markdown processor and the MDX renderer that
 * inherits it): remark-gfm markup with Danish labels, ids prefixed per body, every aria-describedby
 * and back link pointing at an id of the same body, the note written as the source's name linked to
 * the page's source list, editors' notes in a visible block, and nothing for the search index.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { lintMdx, markdownProcessor } from "../../src/lib/check/index.ts";

const BODY = `Ungeguiderne følger den unge i cirka tre måneder efter uddannelsesstart.[^case]

- Et punkt.[^case]
- Et punkt med et link til kilden.[^link]

**Redaktionens note:** Det er vores egen vurdering.

[^case]: katalog-2022, afsnit »Case: Ung i uddannelse«
[^link]: link:herning-ung-paa-vej
`;

const shared = { syntaxHighlight: false, gfm: true, smartypants: true } as const;

async function renderMarkdown(body: string, file: string): Promise<string> {
  const renderer = await markdownProcessor().createRenderer(shared as never);
  const { code } = await renderer.render(body, {
    fileURL: pathToFileURL(resolve(file)),
    frontmatter: {},
  } as never);
  return code;
}

const fragment = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe("source notes in a Markdown body", () => {
  it("render as remark-gfm footnotes with a Danish heading and back links", async () => {
    const document = fragment(await renderMarkdown(BODY, "content/phases/fastholdelse.md"));
    const references = [...document.querySelectorAll("sup > a[data-footnote-ref]")];
    expect(references.map((a) => a.textContent)).toEqual(["1", "1", "2"]);
    const section = document.querySelector("section[data-footnotes]")!;
    expect(section.querySelector("h2")?.textContent).toBe("Kilder");
    expect(section.querySelectorAll("[data-footnote-backref]").length).toBe(2); // one back link per note
    expect(section.querySelector("[data-footnote-backref]")?.getAttribute("aria-label")).toBe(
      "Tilbage til teksten ved henvisning 1",
    );
    expect(document.body.innerHTML).not.toMatch(/Footnotes|Back to reference|user-content-|style=/);
  });

  it("give every id the body's prefix, and point aria-describedby and back links at ids that are there", async () => {
    const document = fragment(await renderMarkdown(BODY, "content/phases/fastholdelse.md"));
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(ids.every((id) => id.startsWith("fase-fastholdelse_"))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of document.querySelectorAll("[aria-describedby]")) {
      expect(ids).toContain(element.getAttribute("aria-describedby"));
    }
    for (const link of document.querySelectorAll("a[data-footnote-ref], a[data-footnote-backref]")) {
      expect(ids).toContain(link.getAttribute("href")!.slice(1));
    }
  });

  it("keep ids apart when two part introductions with the same labels share a page", async () => {
    const first = fragment(await renderMarkdown(BODY, "content/parts/koordinering.md"));
    const second = fragment(await renderMarkdown(BODY, "content/parts/politisk-fokus.md"));
    const ids = (document: Document) => [...document.querySelectorAll("[id]")].map((element) => element.id);
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
    // The same body heading in two part introductions gets two ids.
    const withHeading = `## Baggrund\n\n${BODY}`;
    const a = fragment(await renderMarkdown(withHeading, "content/parts/koordinering.md"));
    const b = fragment(await renderMarkdown(withHeading, "content/parts/politisk-fokus.md"));
    expect(a.querySelector("h2")?.id).toBe("del-koordinering_afsnit-baggrund");
    expect(b.querySelector("h2")?.id).toBe("del-politisk-fokus_afsnit-baggrund");
    // An intervention's headings keep the plain afsnit- prefix.
    const single = fragment(await renderMarkdown(withHeading, "content/phases/fastholdelse.md"));
    expect(single.querySelector("h2")?.id).toBe("afsnit-baggrund");
    // Several part introductions sit under their part's h2, so their notes' heading is an h3.
    expect(first.querySelector("section[data-footnotes] > h3")?.textContent).toBe("Kilder");
  });

  it("write each note as the source's name, linked to its line in the page's source list, and the locator", async () => {
    const document = fragment(await renderMarkdown(BODY, "content/phases/fastholdelse.md"));
    const notes = [...document.querySelectorAll("section[data-footnotes] li")];
    const first = notes[0]!.querySelector("a:not([data-footnote-backref])")!;
    expect(first.getAttribute("href")).toBe("#kilde-katalog-2022");
    expect(notes[0]!.textContent?.trim()).toMatch(
      /^Marselisborg-kataloget \(2022\), afsnit »Case: Ung i uddannelse«\./,
    );
    expect(notes[1]!.querySelector("a")?.getAttribute("href")).toBe("#kilde-link-herning-ung-paa-vej");
    expect(notes[1]!.textContent?.trim()).toMatch(/^Ung på vej\./);
  });

  it("keep the notes and the reference numbers out of the search index", async () => {
    const document = fragment(await renderMarkdown(BODY, "content/phases/fastholdelse.md"));
    expect(document.querySelector("section[data-footnotes]")?.hasAttribute("data-pagefind-ignore")).toBe(
      true,
    );
    for (const sup of document.querySelectorAll("sup"))
      expect(sup.hasAttribute("data-pagefind-ignore")).toBe(true);
  });

  it("put the editors' own words in a visible block with data-editors-note", async () => {
    const document = fragment(await renderMarkdown(BODY, "content/phases/fastholdelse.md"));
    const note = document.querySelector("[data-editors-note]")!;
    expect(note.tagName).toBe("DIV");
    expect(note.getAttribute("role")).toBe("note");
    expect(note.textContent).toMatch(/^Redaktionens note: Det er vores egen vurdering\.$/);
    expect(document.querySelectorAll("[data-editors-note]").length).toBe(1);
  });
});

describe("source notes in an MDX body", () => {
  it("get the same markup through the MDX compiler", async () => {
    const processor = markdownProcessor() as unknown as {
      createMdxRenderer: (
        shared: unknown,
        mdx: unknown,
      ) => Promise<{
        process: (body: string, file: string, frontmatter: object) => Promise<{ code: string }>;
      }>;
    };
    const renderer = await processor.createMdxRenderer(shared, {
      optimize: false,
      srcDir: pathToFileURL(resolve("src/")),
    });
    const { code } = await renderer.process(BODY, resolve("content/interventions/ungeguides.mdx"), {});
    expect(code).toContain('href: "#indsats-ungeguides_fn-1"');
    expect(code).toContain('"aria-describedby": "indsats-ungeguides_kilder"');
    expect(code).toContain('"data-editors-note": ""');
    expect(code).toContain('href: "#kilde-katalog-2022"');
    expect(code).not.toMatch(/user-content-|Back to reference/);
  });

  it("pass npm run check's compile", () => {
    expect(lintMdx(`---\ntitle: x\n---\n\n${BODY}`)).toEqual([]);
  });
});
