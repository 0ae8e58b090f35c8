import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_PATHS } from "../content/content-paths.ts";
import { MDX_COMPONENTS } from "../content/mdx-allow-list.ts";
import { listFiles } from "../../../scripts/lib/content-files.ts";
import { lintMdx } from "./mdx-lint.ts";

const FRONTMATTER = "---\ntitle: Test\n---\n\n";
const lint = (body: string, options?: Parameters<typeof lintMdx>[1]) => lintMdx(FRONTMATTER + body, options);

describe("lintMdx", () => {
  it("accepts Markdown: headings, lists, emphasis, links, tables and comparison signs in prose", () => {
    const body = [
      "## Om indsatsen",
      "",
      "- **Fed** og *kursiv* med [et link](https://example.org/) og [et andet](/indsatser/skub/).",
      "- Unge under 18 år: alder < 18 og a > b.",
      "",
      "| Tal | Enhed |",
      "| --- | ----- |",
      "| 65  | %     |",
      "",
      "{/* En redaktionel note, som ikke vises på siden. */}",
    ].join("\n");
    expect(lint(body)).toEqual([]);
  });

  it("accepts every entry and phase introduction in the catalogue", () => {
    for (const file of listFiles(CONTENT_PATHS.interventions.base, ".mdx")) {
      expect(lintMdx(readFileSync(file, "utf8")), file).toEqual([]);
    }
    for (const file of listFiles(CONTENT_PATHS.phases.base, ".md")) {
      expect(lintMdx(readFileSync(file, "utf8"), { format: "md" }), file).toEqual([]);
    }
  });

  it("reports lines of the whole file, frontmatter included", () => {
    const [issue] = lint("Første afsnit.\n\nAndet afsnit med {1 + 1}.");
    expect(issue).toMatchObject({ line: 7, column: 18, rule: "expression" });
  });

  it("rejects a comment that hides code between two comments", () => {
    expect(lint("{/* a */ alert(1) /* b */}")).toMatchObject([{ rule: "expression" }]);
  });

  it("turns an e-mail autolink into a mailto: suggestion", () => {
    const [issue] = lint("Skriv til <navn@example.org>.");
    expect(issue?.message).toContain("[beskrivende tekst](mailto:navn@example.org)");
  });

  it("explains a closing tag without an opening tag", () => {
    const [issue] = lint("Tekst </div>");
    expect(issue).toMatchObject({ rule: "syntax" });
    expect(issue?.message).toContain("Sluttagget </div> har intet starttag");
  });

  it("allows nothing but Markdown today: the allow-list is empty", () => {
    expect(MDX_COMPONENTS).toEqual({});
  });

  describe("with a component on the allow-list", () => {
    const components = { Faktaboks: { props: ["titel"], description: "En boks med fakta." } };

    it("accepts the component with its own attributes as plain text", () => {
      expect(lint('<Faktaboks titel="Tal">65 %</Faktaboks>', { components })).toEqual([]);
    });

    it("rejects unknown attributes, expression values and event handlers on it", () => {
      const issues = lint('<Faktaboks title="Tal" titel={x} onClick="y" />', { components });
      const messages = issues.map((issue) => issue.message).join("\n");
      expect(issues.map((issue) => issue.rule).sort()).toEqual(["attribute", "attribute", "event-handler"]);
      expect(messages).toContain('kender ikke attributten title. Tilladte: titel. Mente du: "titel"?');
      expect(messages).toContain('titel="tekst"');
    });

    it("suggests the allowed component for a misspelt one", () => {
      const [issue] = lint("<Faktaboxs />", { components });
      expect(issue).toMatchObject({ rule: "component" });
      expect(issue?.message).toContain('Mente du: "Faktaboks"?');
    });
  });

  describe("plain Markdown (phase introductions)", () => {
    it("keeps autolinks but rejects raw HTML", () => {
      expect(lint("Se <https://example.org/>.", { format: "md" })).toEqual([]);
      const issues = lint("Tekst\n\n<script>alert(1)</script>", { format: "md" });
      expect(issues).toMatchObject([{ line: 7, rule: "raw-html" }]);
    });
  });
});
