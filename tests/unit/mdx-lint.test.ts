import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFiles, formatProblem } from "../../src/lib/check/index.ts";
import { listMdxFiles, readContentFile, readLinks } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";

const linkIds = new Set(Object.keys(readLinks(CONTENT_PATHS.links)));
const BODY_LINE = 26;

/** file → the words the message for its body line must contain. */
const invalid: Record<string, string[]> = {
  autolink: [
    "<https://example.org/indsats>",
    "[beskrivende tekst](https://example.org/indsats)",
    "links.toml",
  ],
  "stray-less-than": ["Tegnet <", "mindre end", "\\<"],
  "html-comment": ["HTML-kommentarer", "{/* … */}"],
  "unclosed-brace": ["Tegnet {", "\\{"],
  expression: ["{40 + 2}", "JavaScript-udtryk", "ikke tilladt"],
  import: ["import data from", "henter kode ind", "Slet linjen"],
  export: ["export const antal = 42", "definerer kode", "Slet linjen"],
  script: ["<script>", "ikke tilladt", "Slet elementet"],
  "event-handler": ["onClick", "JavaScript", "Slet den"],
  "unknown-tag": ["<div>", "ikke tilladt", "Markdown"],
  "unknown-component": ["<Faktaboks>", "src/lib/content/mdx-allow-list.ts", "Tilladte komponenter: ingen"],
  "javascript-url": ["javascript:alert(1)", "https://"],
  "entity-javascript": ["javascript:alert(1)", "»javascript:«"],
  "reference-definition": ["javascript:alert(1)"],
  "data-url": ["»data:«", "Tilladt: https://…"],
  "http-link": ["http:// er ikke krypteret", "http = true"],
  "protocol-relative": ["//example.org/side", "begynde med https://"],
  "www-autolink": ["http://www.example.org", "[tekst](https://www.…)"],
  image: ["Billeder er ikke en del af indsatserne"],
  "deep-nesting": ["mere end 6 niveauer"],
};

describe("MDX fixtures", () => {
  it.each(Object.entries(invalid))("%s is rejected at its line with a Danish explanation", (name, words) => {
    const path = join("tests/fixtures/invalid-mdx", `${name}.mdx`);
    const problems = checkFiles([readContentFile(path, process.cwd())], linkIds);
    expect(problems.length, problems.map(formatProblem).join("\n")).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toMatchObject({ path, line: BODY_LINE, field: "brødtekst" });
    }
    const messages = problems.map((problem) => problem.message).join("\n");
    for (const word of words) expect(messages).toContain(word);
  });

  it("covers every fixture file", () => {
    const names = listMdxFiles("tests/fixtures/invalid-mdx").map((file) =>
      file.split("/").pop()!.replace(".mdx", ""),
    );
    expect(names.sort()).toEqual(Object.keys(invalid).sort());
  });

  it("formats a problem as file:line, field and message", () => {
    const path = "tests/fixtures/invalid-mdx/autolink.mdx";
    const [problem] = checkFiles([readContentFile(path, process.cwd())], linkIds);
    expect(formatProblem(problem!)).toMatch(
      new RegExp(`^${path}:${BODY_LINE}  brødtekst: Linket <https://example.org/indsats>`),
    );
  });
});
