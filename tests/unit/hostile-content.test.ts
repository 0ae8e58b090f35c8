/**
 * Every class of hostile or broken content is rejected twice: by `npm run check` (checkContent) with
 * a Danish message naming file, line and field, and by the build's own pipeline (the compile gate,
 * and the guard inside the real Sätteri MDX and Markdown compilers) with the same message, so
 * skipping the check changes nothing. tests/site/hostile-build.test.ts runs whole builds.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent, contentTree, formatProblem } from "../../scripts/lib/check.ts";
import { contentGate, markdownProcessor } from "../../scripts/lib/content-guard.ts";

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), "lp-hostile-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const MARKER = "/tmp/lp-hostile-ran-code.txt";

/** The problems `npm run check` reports for one file alone in a content tree. */
function check(fixture: string, collection: "interventions" | "phases") {
  const name = fixture.split("/").pop()!;
  const dir = join(work, `${collection}-${name}`);
  mkdirSync(join(dir, "interventions"), { recursive: true });
  mkdirSync(join(dir, "phases"), { recursive: true });
  cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
  cpSync(fixture, join(dir, collection, name));
  return checkContent(contentTree(dir), root).problems;
}

/** What the build's gate does with the raw file: the message it throws, or undefined. */
function gate(file: string): string | undefined {
  const transform = contentGate().transform as { handler: (code: string, id: string) => unknown };
  try {
    transform.handler(readFileSync(file, "utf8"), resolve(file));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** What the build's compilers make of a file's text, after Astro's own frontmatter handling. */
async function compileText(text: string, file: string, format: "mdx" | "md"): Promise<string | undefined> {
  const { content } = parseFrontmatter(text, { frontmatter: "empty-with-spaces" });
  const processor = markdownProcessor();
  const shared = { syntaxHighlight: false as const, gfm: true, smartypants: true };
  try {
    if (format === "mdx") {
      const srcDir = pathToFileURL(`${root}/src/`);
      const renderer = await processor.createMdxRenderer!(shared, { optimize: false, srcDir });
      await renderer.process(content, resolve(file), {});
    } else {
      const renderer = await processor.createRenderer(shared);
      await renderer.render(content, { fileURL: pathToFileURL(resolve(file)), frontmatter: {} });
    }
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The build's path: the gate's output, compiled. */
async function compile(file: string, format: "mdx" | "md"): Promise<string | undefined> {
  const transform = contentGate().transform as { handler: (code: string, id: string) => { code: string } };
  return compileText(transform.handler(readFileSync(file, "utf8"), resolve(file)).code, file, format);
}

type Expected = { line?: number; field: string; contains: string[] };

/** How a file is read: the end of the frontmatter, YAML features, characters. Rejected before compiling. */
const frontmatter: Record<string, Expected> = {
  "close-four-dashes": { line: 23, field: "frontmatter", contains: ['Linjen "----"', "præcis ---"] },
  "close-trailing-x": { line: 23, field: "frontmatter", contains: ['Linjen "---x"', "præcis ---"] },
  "close-tab": { line: 23, field: "frontmatter", contains: ['Linjen "---\\t"', "heller ikke mellemrum"] },
  "close-space-dash": { line: 23, field: "frontmatter", contains: ['Linjen "--- -"'] },
  "close-trailing-space": { line: 23, field: "frontmatter", contains: ['Linjen "--- "'] },
  "close-dots": { line: 23, field: "frontmatter", contains: ['Linjen "..."'] },
  "close-plus": { line: 23, field: "frontmatter", contains: ['Linjen "+++"'] },
  "open-after-blank-line": { line: 1, field: "frontmatter", contains: ["Første linje skal være præcis ---"] },
  "open-with-suffix": { line: 1, field: "frontmatter", contains: ['"---js"'] },
  "never-closed": { line: 1, field: "frontmatter", contains: ["slutter aldrig"] },
  "doubled-delimiter": { line: 2, field: "frontmatter", contains: ["endnu en ---", "Slet den ekstra linje"] },
  "custom-tag": { line: 2, field: "frontmatter", contains: ["YAML-mærket !foo er ikke tilladt"] },
  "binary-tag": { line: 2, field: "frontmatter", contains: ["YAML-mærket !!binary"] },
  "alias-bomb": { line: 23, field: "frontmatter", contains: ["YAML-ankre og -henvisninger (her &a)"] },
  "duplicate-key": { line: 23, field: "frontmatter", contains: ["Det samme felt står to gange"] },
  "deep-nesting": { line: 9, field: "frontmatter", contains: ["indlejret mere end 8 niveauer"] },
  "bidi-override": { line: 2, field: "tegn", contains: ["bidi-styretegn", "U+202E"] },
  "control-character": { line: 2, field: "tegn", contains: ["styretegn", "U+0007"] },
  empty: { line: 1, field: "fil", contains: ["Filen er tom"] },
};

describe("content that is read wrongly or not at all", () => {
  it.each(Object.entries(frontmatter))(
    "%s.mdx is rejected by the check and by the build's gate",
    (name, expected) => {
      const file = `tests/fixtures/invalid-frontmatter/${name}.mdx`;
      const problems = check(file, "interventions");
      expect(problems, problems.map(formatProblem).join("\n")).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: expected.line, field: expected.field });
      expect(problems[0]!.path).toMatch(new RegExp(`interventions/${name}\\.mdx$`));
      for (const words of expected.contains) expect(problems[0]!.message).toContain(words);
      const built = gate(file);
      expect(built).toBeDefined();
      expect(built).toContain(`${name}.mdx:${expected.line}  ${expected.field}: ${problems[0]!.message}`);
    },
  );

  it("covers every fixture file", () => {
    const names = readdirSync("tests/fixtures/invalid-frontmatter").filter((name) => name.endsWith(".mdx"));
    expect(names.map((name) => name.replace(".mdx", "")).sort()).toEqual(Object.keys(frontmatter).sort());
  });

  it("would still stop the code after a disguised closing line inside the compiler, without the gate", async () => {
    const file = "tests/fixtures/invalid-frontmatter/close-four-dashes.mdx";
    const text = readFileSync(file, "utf8");
    expect(text).toContain(MARKER);
    rmSync(MARKER, { force: true });
    const built = await compileText(text, file, "mdx");
    expect(built).toContain("close-four-dashes.mdx:24  brødtekst: Linjen »import { writeFileSync }");
    expect(built).toContain("henter kode ind");
    expect(() => readFileSync(MARKER)).toThrow();
  });
});

/** Phase introductions: the same reading, and raw HTML, handlers and unsafe links in plain Markdown. */
const phases: Record<string, Expected & { stage: "gate" | "compile" }> = {
  "close-four-dashes": { stage: "gate", line: 4, field: "frontmatter", contains: ['Linjen "----"'] },
  "close-trailing-x": { stage: "gate", line: 4, field: "frontmatter", contains: ['Linjen "---x"'] },
  "close-tab": { stage: "gate", line: 4, field: "frontmatter", contains: ['Linjen "---\\t"'] },
  "close-space-dash": { stage: "gate", line: 4, field: "frontmatter", contains: ['Linjen "--- -"'] },
  "custom-tag": { stage: "gate", line: 2, field: "frontmatter", contains: ["YAML-mærket !foo"] },
  "raw-html": { stage: "compile", line: 6, field: "brødtekst", contains: ["HTML (<script>"] },
  "img-onerror": { stage: "compile", line: 6, field: "brødtekst", contains: ["HTML (<img src=x onerror"] },
  "javascript-link": { stage: "compile", line: 6, field: "brødtekst", contains: ["»javascript:«"] },
  "html-entity-link": { stage: "compile", line: 6, field: "brødtekst", contains: ["U+0009"] },
};

describe("phase introductions", () => {
  it.each(Object.entries(phases))(
    "%s.md is rejected by the check and by the build",
    async (name, expected) => {
      const file = `tests/fixtures/invalid-phases/${name}.md`;
      const problems = check(file, "phases");
      expect(problems, problems.map(formatProblem).join("\n")).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: expected.line, field: expected.field });
      for (const words of expected.contains) expect(problems[0]!.message).toContain(words);
      const built = expected.stage === "gate" ? gate(file) : await compile(file, "md");
      expect(built).toContain(`${name}.md:${expected.line}  ${expected.field}: ${problems[0]!.message}`);
    },
  );

  it("accepts the valid one through the same pipeline", async () => {
    expect(check("tests/fixtures/invalid-phases/valid.md", "phases")).toEqual([]);
    expect(await compile("tests/fixtures/invalid-phases/valid.md", "md")).toBeUndefined();
  });

  it("covers every fixture file", () => {
    const names = readdirSync("tests/fixtures/invalid-phases").filter(
      (name) => name.endsWith(".md") && name !== "README.md",
    );
    expect(names.sort()).toEqual([...Object.keys(phases), "valid"].map((name) => `${name}.md`).sort());
  });
});

describe("entry bodies inside the real MDX compiler", () => {
  const bodies = readdirSync("tests/fixtures/invalid-mdx").filter((name) => name.endsWith(".mdx"));

  it.each(bodies)("%s fails the compile itself with the check's message", async (name) => {
    const file = `tests/fixtures/invalid-mdx/${name}`;
    const [first] = check(file, "interventions");
    expect(first).toBeDefined();
    const built = await compile(file, "mdx");
    expect(built).toBeDefined();
    // Parser errors come from the compiler in English; every rule of ours comes with the check's words.
    if (!built!.includes("Indholdet er ugyldigt")) return;
    expect(built).toContain(`${name}:${first!.line}  brødtekst: ${first!.message}`);
  });

  it("compiles the valid entry, so the rejections above are about their one change", async () => {
    expect(await compile("tests/fixtures/valid-entry.mdx", "mdx")).toBeUndefined();
  });
});

describe("files that would be skipped", () => {
  const VALID = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");

  function folder(name: string, setup: (interventions: string) => void) {
    const dir = join(work, `folder-${name}`);
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
    setup(join(dir, "interventions"));
    return checkContent(contentTree(dir), root).problems;
  }

  it.each([
    ["ny.md", "må kun indeholde .mdx-filer"],
    ["ny.MDX", "Skriv endelsen med små bogstaver: ny.mdx"],
    ["ny.mdx.bak", "må kun indeholde .mdx-filer"],
  ])("names %s instead of dropping it", (name, words) => {
    const problems = folder(name, (dir) => writeFileSync(join(dir, name), VALID));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "filnavn" });
    expect(problems[0]!.message).toContain(words);
  });

  it("rejects a symlink, even to a valid entry", async () => {
    const { symlinkSync } = await import("node:fs");
    const problems = folder("symlink", (dir) =>
      symlinkSync(resolve("tests/fixtures/valid-entry.mdx"), join(dir, "link.mdx")),
    );
    expect(problems).toMatchObject([{ field: "fil" }]);
    expect(problems[0]!.message).toContain("genvej (symlink)");
  });

  it("rejects a subfolder, text that is not UTF-8, and a file over the size limit", () => {
    const problems = folder("misc", (dir) => {
      mkdirSync(join(dir, "arkiv"));
      writeFileSync(join(dir, "latin1.mdx"), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe6, 0x0a]));
      writeFileSync(join(dir, "stor.mdx"), VALID + "x".repeat(200_000));
    });
    const messages = problems.map(formatProblem).join("\n");
    expect(messages).toContain("arkiv  mappe: Undermapper bliver ikke læst");
    expect(messages).toContain("latin1.mdx:1  fil: Filen er ikke gemt som UTF-8");
    expect(messages).toContain("stor.mdx:1  fil: Filen er 200.");
  });

  it("reads a file with a byte-order mark like one without", () => {
    expect(folder("bom", (dir) => writeFileSync(join(dir, "gyldig.mdx"), `\uFEFF${VALID}`))).toEqual([]);
  });
});
