/**
 * Every class of hostile or broken content is rejected twice: by `npm run check` (checkContent) with
 * a Danish message naming file, line and field, and by the build's own pipeline (the compile gate,
 * and the guard inside the real Sätteri MDX and Markdown compilers) with the same message, so
 * skipping the check changes nothing. tests/site/hostile-build.test.ts runs whole builds.
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseFrontmatter } from "@astrojs/internal-helpers/frontmatter";
import { afterAll, describe, expect, it } from "vitest";
import {
  checkContent,
  contentTree,
  formatProblem,
  contentGate,
  markdownProcessor,
} from "../../src/lib/check/index.ts";

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
  // Forbidden characters written as YAML escapes: judged on the decoded values, with the field's line.
  "escaped-bidi": {
    line: 2,
    field: "title",
    contains: ["bidi-styretegn", "U+202E", '"Gyldig \\u202Etestindsats"'],
  },
  "escaped-nul": { line: 3, field: "summary", contains: ["styretegn", "U+0000"] },
  "escaped-escape": { line: 8, field: "targetGroup.description", contains: ["styretegn", "U+001B"] },
  "escaped-noncharacter": { line: 12, field: "anchoring.tags.1", contains: ["ikke er tekst", "U+FFFF"] },
  "escaped-surrogate": {
    line: 17,
    field: "scores.maal.rationale",
    contains: ["enlig surrogat", "U+D800"],
  },
  "escaped-key": { line: 6, field: "fo\\u202Ecus", contains: ['Feltnavnet "fo\\u202Ecus"', "U+202E"] },
  "invisible-value": { line: 6, field: "focus", contains: ['"\\u200B" består kun af usynlige tegn'] },
  "empty-list-item": {
    line: 5,
    field: "context.municipalities.1",
    contains: ['Listen indeholder en tom tekst ("")'],
  },
  // Security review (issue 9, findings 1, 5 and 6): hidden characters, numbers that are not numbers,
  // field names that are not text.
  "double-bom": {
    line: 1,
    field: "tegn",
    contains: ["2 usynlige byte-order marks (\\uFEFF\\uFEFF)", "Højst ét er tilladt"],
  },
  "bom-inside": { line: 2, field: "tegn", contains: ["U+FEFF", '"title: Gyldig\\uFEFF testindsats"'] },
  "blank-title": {
    line: 2,
    field: "title",
    contains: ['"\\u2800\\u3164\\uFFA0\\u115F\\u2800" består kun af usynlige tegn'],
  },
  "tag-characters": { line: 2, field: "tegn", contains: ["mærketegn (tag-tegn)", "U+E0069", "\\u{E0067}"] },
  "escaped-tag-characters": {
    line: 2,
    field: "title",
    contains: ['"Gyldig testindsats\\u{E0069}\\u{E0067}"', "mærketegn (tag-tegn)"],
  },
  "nan-age": { line: 11, field: "targetGroup.age.min", contains: ['Tallet ".nan" er ikke et tal'] },
  "infinite-age": {
    line: 11,
    field: "targetGroup.age.max",
    contains: ['Tallet "-1e309" er uendeligt', "fx 15"],
  },
  "complex-key": { line: 12, field: "frontmatter", contains: ['Feltnavnet "[a]"', "almindelig tekst"] },
  // ~10,000 nested brackets crash the MDX compiler: refused before any parser runs.
  "deep-brackets": { line: 25, field: "brødtekst", contains: ["mere end 64 niveauer"] },
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

describe("deeply nested brackets", () => {
  it("are refused inside the compiler too, without the gate, instead of crashing it", async () => {
    const file = "tests/fixtures/invalid-frontmatter/deep-brackets.mdx";
    const built = await compileText(readFileSync(file, "utf8"), file, "mdx");
    expect(built).toContain(
      "deep-brackets.mdx:25  brødtekst: Parenteser (, [ og { ligger mere end 64 niveauer",
    );
  });

  it("are fine up to the limit", () => {
    const dir = join(work, "brackets-ok");
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
    const valid = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");
    writeFileSync(
      join(dir, "interventions", "ok.mdx"),
      valid.replace("Testindhold.", `Testindhold ${"(".repeat(64)}x${")".repeat(64)}.`),
    );
    expect(checkContent(contentTree(dir), root).problems).toEqual([]);
  });
});

describe("body headings", () => {
  it("get ids prefixed afsnit-, so they never take an id the page layout uses", async () => {
    const renderer = await markdownProcessor().createRenderer({
      syntaxHighlight: false,
      gfm: true,
      smartypants: true,
    });
    const { code } = await renderer.render("## Indhold\n\n## Fakta\n\n## Fakta\n", {
      fileURL: pathToFileURL(resolve("tests/fixtures/invalid-phases/valid.md")),
      frontmatter: {},
    });
    expect(code).toContain('<h2 id="afsnit-indhold">Indhold</h2>');
    expect(code).toContain('<h2 id="afsnit-fakta">Fakta</h2>');
    expect(code).toContain('<h2 id="afsnit-fakta-1">Fakta</h2>');
    expect(code).not.toMatch(/id="(?:indhold|fakta)"/);
  });
});

/** Phase introductions: the same reading, and raw HTML, handlers and unsafe links in plain Markdown. */
const phases: Record<string, Expected & { stage: "gate" | "compile" }> = {
  "close-four-dashes": { stage: "gate", line: 4, field: "frontmatter", contains: ['Linjen "----"'] },
  "close-trailing-x": { stage: "gate", line: 4, field: "frontmatter", contains: ['Linjen "---x"'] },
  "close-tab": { stage: "gate", line: 4, field: "frontmatter", contains: ['Linjen "---\\t"'] },
  "close-space-dash": { stage: "gate", line: 4, field: "frontmatter", contains: ['Linjen "--- -"'] },
  "custom-tag": { stage: "gate", line: 2, field: "frontmatter", contains: ["YAML-mærket !foo"] },
  "escaped-bidi": { stage: "gate", line: 3, field: "lead", contains: ["U+202E", "bidi-styretegn"] },
  "deep-brackets": { stage: "gate", line: 8, field: "brødtekst", contains: ["mere end 64 niveauer"] },
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

describe("frontmatter the compiler would act on", () => {
  it("never reaches the compiler: a layout: field cannot make the MDX module import a file", async () => {
    const valid = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");
    const hostile = valid.replace(
      "reviewed: 2026-11-22",
      "reviewed: 2026-11-22\nlayout: ../../scripts/bench.ts",
    );
    expect(hostile).toContain("\nlayout: ");
    const file = join(work, "layout.mdx");
    writeFileSync(file, hostile);
    const transform = contentGate().transform as { handler: (code: string, id: string) => { code: string } };
    const gated = transform.handler(hostile, file).code;
    expect(gated).not.toContain("layout");
    const { frontmatter, content } = parseFrontmatter(gated, { frontmatter: "empty-with-spaces" });
    expect(frontmatter).toEqual({});
    const renderer = await markdownProcessor().createMdxRenderer!(
      { syntaxHighlight: false, gfm: true, smartypants: true },
      { optimize: false, srcDir: pathToFileURL(`${root}/src/`) },
    );
    const { code } = await renderer.process(content, resolve("tests/fixtures/valid-entry.mdx"), frontmatter);
    expect(code).not.toContain("__astro_layout_component__");
    const problems = check("tests/fixtures/valid-entry.mdx", "interventions");
    expect(problems).toEqual([]);
  });
});

describe("link ids", () => {
  it("must be slugs, since they end up in pages and data", () => {
    const dir = join(work, "link-id");
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    writeFileSync(join(dir, "links.toml"), '["a b<i>"]\ntitle = "Et link"\nurl = "https://example.org/"\n');
    const problems = checkContent(contentTree(dir), root).problems;
    expect(problems).toMatchObject([{ field: "id", line: 1 }]);
    expect(problems[0]!.message).toContain('"a b<i>" er ikke et gyldigt id');
  });
});

describe("links.toml", () => {
  function links(name: string, setup: (dir: string) => void) {
    const dir = join(work, `links-${name}`);
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    setup(dir);
    return checkContent(contentTree(dir), root).problems;
  }

  it.each([
    ["bidi", 'title = "Et \\u202Elink"', "t.title", "U+202E"],
    ["nul", 'title = "Et \\u0000link"', "t.title", "U+0000"],
    ["escape", 'publisher = "\\u001b[31m"', "t.publisher", "U+001B"],
    ["noncharacter", 'title = "\\uFFFE"', "t.title", "U+FFFE"],
    ["invisible", 'title = "\\u200b"', "t.title", "består kun af usynlige tegn"],
  ])("rejects a forbidden character written as a TOML escape (%s)", (name, line, field, words) => {
    const problems = links(name, (dir) =>
      writeFileSync(
        join(dir, "links.toml"),
        `[t]\n${line}\nurl = "https://example.org/"\n${line.startsWith("title") ? "" : 'title = "Et link"\n'}`,
      ),
    );
    expect(problems, problems.map(formatProblem).join("\n")).toMatchObject([{ field, line: 2 }]);
    expect(problems[0]!.message).toContain(words);
  });

  it("refuses a symlink, in the check and in the build's loader", async () => {
    const problems = links("symlink", (dir) =>
      symlinkSync(resolve("tests/fixtures/scored-site/links.toml"), join(dir, "links.toml")),
    );
    expect(problems).toMatchObject([{ field: "fil" }]);
    expect(problems[0]!.message).toContain("ikke en genvej (symlink)");
    const { readLinksFile } = await import("../../src/lib/content/index.ts");
    expect(readLinksFile(join(work, "links-symlink", "links.toml"), "links.toml").links).toBeUndefined();
  });
});

describe("the content root", () => {
  function rooted(name: string, setup: (dir: string) => void) {
    const dir = join(work, `root-${name}`);
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
    setup(dir);
    return checkContent(contentTree(dir), root).problems;
  }
  const VALID = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");

  it.each([
    ["evil.mdx", "fil", "Læg filen i den rigtige mappe"],
    ["phases.md", "fil", "bliver ikke læst"],
    ["Interventions", "mappe", "Mente du interventions?"],
    ["ukendt", "mappe", "Indholdsmappen må kun indeholde interventions, phases"],
  ])("names %s instead of dropping it", (name, field, words) => {
    const problems = rooted(name.replace(".", "-"), (dir) => {
      if (field === "mappe") {
        mkdirSync(join(dir, name));
        writeFileSync(join(dir, name, "x.mdx"), VALID);
      } else writeFileSync(join(dir, name), VALID);
    });
    expect(problems, problems.map(formatProblem).join("\n")).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field });
    expect(problems[0]!.path).toMatch(new RegExp(`${name.replace(".", "\\.")}$`));
    expect(problems[0]!.message).toContain(words);
  });

  it("refuses an entry folder that is a symlink to a folder elsewhere", () => {
    const problems = rooted("folder-symlink", (dir) => {
      rmSync(join(dir, "phases"), { recursive: true });
      symlinkSync(resolve("tests/fixtures/scored-site/phases"), join(dir, "phases"));
    });
    expect(problems).toMatchObject([{ field: "mappe" }]);
    expect(problems[0]!.message).toContain("ikke en genvej (symlink)");
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
    expect(messages).toContain("latin1.mdx:2  fil: Filen er ikke gemt som UTF-8");
    expect(messages).toContain("stor.mdx:1  fil: Filen er 200.");
  });

  it("reads a file with a byte-order mark like one without", () => {
    expect(folder("bom", (dir) => writeFileSync(join(dir, "gyldig.mdx"), `\uFEFF${VALID}`))).toEqual([]);
  });
});
