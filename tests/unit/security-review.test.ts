/**
 * The six findings of the independent security review of the content pipeline (issue 9), each
 * with the reviewer's input or its class: the check and the build must give the same verdict on the
 * same bytes, and every rejection names file, line, field, the value (hidden characters as \uXXXX)
 * and what is allowed, in Danish. tests/unit/hostile-content.test.ts holds the file fixtures.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, describe, expect, it } from "vitest";
import {
  checkContent,
  checkLinksText,
  contentTree,
  formatProblem,
  contentGate,
  readGatedFile,
} from "../../src/lib/check/index.ts";
import {
  readEntryFile,
  readEntryFolder,
  duplicateTitleProblems,
  readEntryText,
  MAX_LINK_PROBLEMS,
  MAX_LINKS,
  MAX_LINKS_CHARS,
  readLinksFile,
  slugify,
} from "../../src/lib/content/index.ts";
import {
  standaloneInterventionSchema,
  hasVisibleText,
  showHidden,
  urlProblem,
} from "../../src/lib/schema/index.ts";

const root = process.cwd();
const work = mkdtempSync(join(tmpdir(), "lp-review-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const VALID = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");
const BOM = "\uFEFF";

/** A content tree with the given interventions (name → bytes or text), ready for checkContent. */
function tree(name: string, files: Record<string, string | Uint8Array>): string {
  const dir = join(work, name);
  mkdirSync(join(dir, "interventions"), { recursive: true });
  mkdirSync(join(dir, "phases"), { recursive: true });
  cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
  for (const [file, content] of Object.entries(files))
    writeFileSync(join(dir, "interventions", file), content);
  return dir;
}

/** What the build's gate does with a file: the message it throws, or undefined. */
function gate(file: string, code = "(ignored)"): string | undefined {
  const transform = contentGate().transform as { handler: (code: string, id: string) => unknown };
  try {
    transform.handler(code, file);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe("finding 1: the check and the build's gate read the same bytes the same way", () => {
  const latin1 = Buffer.from(VALID.replace("Gyldig", "Gyldig \u00e6"), "latin1");
  const buffers: Record<string, Uint8Array> = {
    "no-bom": Buffer.from(VALID),
    "one-bom": Buffer.from(BOM + VALID),
    "two-boms": Buffer.from(BOM + BOM + VALID),
    "three-boms": Buffer.from(BOM.repeat(3) + VALID),
    "bom-after-delimiter": Buffer.from(VALID.replace("---\n", `---${BOM}\n`)),
    "bom-in-title": Buffer.from(VALID.replace("Gyldig ", `Gyldig${BOM} `)),
    crlf: Buffer.from(VALID.replaceAll("\n", "\r\n")),
    "bom-crlf": Buffer.from(BOM + VALID.replaceAll("\n", "\r\n")),
    latin1,
    "overlong-utf8": Buffer.concat([
      Buffer.from(VALID.slice(0, 10)),
      Buffer.from([0xc0, 0xaf]),
      Buffer.from(VALID.slice(10)),
    ]),
  };

  it.each(Object.entries(buffers))("%s: one verdict from both reading functions", (name, bytes) => {
    const file = join(tree(`same-${name}`, { [`${name}.mdx`]: bytes }), "interventions", `${name}.mdx`);
    const checked = readEntryFile(file, root, ".mdx");
    const gated = readGatedFile(file);
    expect(gated.problems).toEqual(checked.problems);
    expect(gated.data).toEqual(checked.data);
    expect(gated.body).toBe(checked.body);
  });

  it.each(Object.entries(buffers))("%s: npm run check and the build's gate agree", (name, bytes) => {
    const dir = tree(`agree-${name}`, { [`${name}.mdx`]: bytes });
    const problems = checkContent(contentTree(dir), root).problems;
    const built = gate(join(dir, "interventions", `${name}.mdx`));
    if (problems.length === 0) expect(built).toBeUndefined();
    else
      expect(built).toContain(
        `${name}.mdx:${problems[0]!.line}  ${problems[0]!.field}: ${problems[0]!.message}`,
      );
  });

  it("rejects the reviewer's file (two byte-order marks) with the marks shown, in both", () => {
    const dir = tree("reviewer-bom", { "skub.mdx": BOM + BOM + VALID });
    const [problem, ...rest] = checkContent(contentTree(dir), root).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 1, field: "tegn" });
    expect(problem!.message).toContain("(\\uFEFF\\uFEFF)");
    expect(gate(join(dir, "interventions", "skub.mdx"))).toContain(formatProblem(problem!));
  });

  it("judges the bytes on disk, never the text the bundler hands over", () => {
    const dir = tree("disk", { "skub.mdx": BOM + BOM + VALID });
    expect(gate(join(dir, "interventions", "skub.mdx"), VALID)).toContain("byte-order marks");
  });

  it("shows a hidden character in the first line instead of a line that looks like ---", () => {
    const read = readEntryText(`${BOM}\u200B---\n${VALID.slice(4)}`);
    expect(read.problems[0]!.message).toContain('men er "\\u200B---"');
  });
});

describe("finding 2: a title in decomposed Unicode (NFD) is the same title", () => {
  const nfc = "Måltid i testdata";
  const nfd = nfc.normalize("NFD");

  it("gets the same slug", () => {
    expect(nfd).not.toBe(nfc);
    expect(slugify(nfd)).toBe("maaltid-i-testdata");
    expect(slugify(nfd)).toBe(slugify(nfc));
  });

  it("is a duplicate in npm run check and in the build's loader", () => {
    const dir = tree("nfd", {
      "a.mdx": VALID.replace("Gyldig testindsats", nfc),
      "b.mdx": VALID.replace("Gyldig testindsats", nfd),
    });
    const problems = checkContent(contentTree(dir), root).problems;
    expect(problems, problems.map(formatProblem).join("\n")).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, field: "title" });
    expect(problems[0]!.path).toMatch(/b\.mdx$/);
    expect(problems[0]!.message).toContain("bruges allerede af");
    expect(problems[0]!.message).toMatch(/a\.mdx/);
    // The collections' loader (src/lib/content/content-loader.ts) reads the folder and calls the same rule.
    const folder = readEntryFolder(join(dir, "interventions"), "interventions", root);
    expect(duplicateTitleProblems("interventions", folder.files)).toEqual(problems);
  });
});

describe("finding 3: an address is published only as a browser reads it", () => {
  it.each([
    ["https://evil.com\\@socialstyrelsen.dk/", "»\\«"],
    ["https://evil.com\\socialstyrelsen.dk/", "»\\«"],
    ["https://./", '"." er ikke et domænenavn'],
    ["https://../", '".." er ikke et domænenavn'],
    ["https://a..dk/", "ingen tomme led"],
    ["https://sоcialstyrelsen.dk/", "blander bogstaver fra flere skriftsystemer"],
    ["https://127.0.0.1/", "er en IP-adresse i maskinens egen adresse (loopback)"],
    ["https://[::1]/", "er en IP-adresse i maskinens egen adresse (loopback)"],
    ['https://example.org/"x"', "Skriv det som %22"],
    ["https://example.org/[x]", "Skriv det som %5B"],
    ["https://example.org/a|b", "Skriv det som %7C"],
    ["https://example.org/%zz", "to hex-cifre"],
    ["HTTPS://EXAMPLE.ORG/", 'som en browser læser den: "https://example.org/"'],
  ])("rejects %s", (url, words) => {
    const problem = urlProblem(url);
    expect(problem).toBeDefined();
    expect(problem).toContain(words);
    // A refused look-alike host is never given the spelling that would get it past the check.
    expect(problem).not.toContain("xn--");
    expect(problem).toContain("Tilladt: https://…");
  });

  it.each([
    "https://example.org/",
    "https://example.org",
    "https://www.example.org/a/b?c=1&d=2#e",
    "https://example.org/a%20b",
    "https://xn--rhus-poa.dk/",
  ])("accepts %s", (url) => {
    expect(urlProblem(url)).toBeUndefined();
  });

  it("accepts every address written today, in content and fixtures", () => {
    for (const file of ["content/links.toml", "tests/fixtures/scored-site/links.toml"]) {
      const read = readLinksFile(file, file);
      expect(read.problems.map(formatProblem)).toEqual([]);
      expect(Object.keys(read.links!).length).toBeGreaterThan(2);
    }
  });

  it("rejects the reviewer's links.toml entry, naming line and field", () => {
    const text = '[t]\ntitle = "Et link"\nurl = "https://evil.com\\\\@socialstyrelsen.dk/"\n';
    const { problems } = checkLinksText(text, "content/links.toml");
    expect(problems).toMatchObject([{ line: 3, field: "t.url" }]);
    expect(problems[0]!.message).toContain('"https://evil.com\\\\@socialstyrelsen.dk/"');
    expect(problems[0]!.message).toContain("Browsere læser \\ som /");
  });
});

describe("finding 4: links.toml has limits, and reporting stays linear", () => {
  const block = (index: number) =>
    `[bad-${index}]\ntitle = "x"\nurl = "javascript:alert(${index})"\nfoo = 1\n`;

  it("refuses a file over the size limit before parsing it", () => {
    const text = `# ${"x".repeat(MAX_LINKS_CHARS)}\n`;
    const { problems, ids } = checkLinksText(text, "content/links.toml");
    expect(ids).toBeUndefined();
    expect(problems).toMatchObject([{ line: 1, field: "fil" }]);
    expect(problems[0]!.message).toContain("højst 300.000 er tilladt");
  });

  it("refuses more links than the limit", () => {
    const text = Array.from({ length: MAX_LINKS + 1 }, (_, index) => `[l${index}]\n`).join("");
    const { problems } = checkLinksText(text, "content/links.toml");
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain(`${MAX_LINKS + 1}`.replace(/(\d)(\d{3})$/, "$1.$2"));
    expect(problems[0]!.message).toContain("højst 1.000 er tilladt");
  });

  it("reports at most MAX_LINK_PROBLEMS problems, with the right lines, and counts the rest", () => {
    const text = Array.from({ length: 900 }, (_, index) => block(index)).join("\n");
    const started = performance.now();
    const { problems } = checkLinksText(text, "content/links.toml");
    const elapsed = performance.now() - started;
    expect(problems).toHaveLength(MAX_LINK_PROBLEMS + 1);
    expect(problems.at(-1)!.message).toContain(
      `og ${(900 * 3 - MAX_LINK_PROBLEMS).toLocaleString("da-DK")} problemer mere`,
    );
    // Block n starts on line 5n + 1; its url is two lines further down, its unknown key three.
    const url = problems.find((problem) => problem.field === "bad-7.url")!;
    expect(url.line).toBe(5 * 7 + 3);
    const key = problems.find((problem) => problem.field === "bad-7" && problem.message.includes("foo"))!;
    expect(key.line).toBe(5 * 7 + 4);
    // Generous: the old quadratic reporting needed seconds for files this size.
    expect(elapsed).toBeLessThan(5_000);
  });

  it("finds lines for quoted ids and array tables", () => {
    const quoted = checkLinksText('["Et id"]\ntitle = "Et link"\nurl = "https://example.org/"\n', "l.toml");
    expect(quoted.problems).toMatchObject([{ line: 1, field: "id" }]);
    const array = checkLinksText('[[arr]]\nurl = "https://example.org/"\n', "l.toml");
    expect(array.problems[0]).toMatchObject({ line: 1, field: "arr" });
  });

  it("reads the file's bytes as entries are read: one byte-order mark, UTF-8 only", () => {
    const dir = join(work, "links-bytes");
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "links.toml");
    const valid = readFileSync("tests/fixtures/scored-site/links.toml", "utf8");
    writeFileSync(file, BOM + valid);
    expect(readLinksFile(file, "links.toml").problems).toEqual([]);
    writeFileSync(file, BOM + BOM + valid);
    expect(readLinksFile(file, "links.toml").problems).toMatchObject([{ line: 1, field: "tegn" }]);
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${valid}\n[x]\ntitle = "`), Buffer.from([0xe6]), Buffer.from('"\n')]),
    );
    const latin1 = readLinksFile(file, "links.toml").problems;
    expect(latin1).toMatchObject([{ field: "fil", line: valid.split("\n").length + 2 }]);
    expect(latin1[0]!.message).toContain("ikke gemt som UTF-8");
  });
});

describe("finding 5: blank look-alikes and tag characters", () => {
  it.each([
    ["Braille blank", "\u2800\u2800\u2800"],
    ["Hangul filler", "\u3164\u3164\u3164"],
    ["Hangul choseong filler", "\u115F\u115F\u115F"],
    ["Hangul jungseong filler", "\u1160\u1160\u1160"],
    ["halfwidth Hangul filler", "\uFFA0\uFFA0\uFFA0"],
    ["mixed with spaces", " \u2800 \u3164 "],
  ])("a text of %s only has nothing visible", (_name, text) => {
    expect(hasVisibleText(text)).toBe(false);
  });

  it("keeps text with a visible letter", () => {
    expect(hasVisibleText("\u2800a")).toBe(true);
  });

  it("shows the characters as \\uXXXX in messages", () => {
    expect(showHidden("a\u2800\u{E0041}\uFEFF b")).toBe("a\\u2800\\u{E0041}\\uFEFF b");
  });

  it("rejects tag characters in links.toml too", () => {
    const text = '[t]\ntitle = "Et link\\U000E0041"\nurl = "https://example.org/"\n';
    const { problems } = checkLinksText(text, "content/links.toml");
    expect(problems).toMatchObject([{ line: 2, field: "t.title" }]);
    expect(problems[0]!.message).toContain("\\u{E0041}");
  });
});

describe("finding 6: messages that show the value and what is allowed, in Danish", () => {
  const data = () => {
    const read = readEntryText(VALID);
    return structuredClone(read.data) as { targetGroup: { age: { min: number; max: number } } };
  };

  it.each([
    [Number.NaN, "men er .nan (ikke et tal)"],
    [Number.NEGATIVE_INFINITY, "men er -.inf (uendeligt)"],
    [15.5, "men er 15.5"],
    [100, "men er 100"],
  ])("age.min %s is named as written, with the range", (value, words) => {
    const entry = data();
    entry.targetGroup.age.min = value;
    const result = standaloneInterventionSchema.safeParse(entry);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((item) => item.path.join(".") === "targetGroup.age.min")!;
    expect(issue.message).toContain("helt tal fra 0 til 99");
    expect(issue.message).toContain(words);
    expect(issue.message).not.toMatch(/null|expected|int\b/);
  });

  it("gives an unknown field under a complex key's map a line", () => {
    const read = readEntryText(VALID.replace("anchoring:\n", "? [a]\n: 1\nanchoring:\n"));
    expect(read.problems).toMatchObject([{ line: 12, field: "frontmatter" }]);
  });

  it("stops a real bundler build with the gate's message and no stack trace", async () => {
    const dir = tree("bundle", { "skub.mdx": BOM + BOM + VALID });
    const limit = Error.stackTraceLimit;
    let failure: Error | undefined;
    try {
      await build({
        configFile: false,
        logLevel: "silent",
        plugins: [contentGate()],
        build: { write: false, rollupOptions: { input: join(dir, "interventions", "skub.mdx") } },
      });
    } catch (error) {
      failure = error as Error;
    } finally {
      Error.stackTraceLimit = limit;
    }
    expect(failure).toBeDefined();
    expect(failure!.message).toContain("skub.mdx:1  tegn: Filen begynder med 2 usynlige byte-order marks");
    expect(failure!.stack ?? "").not.toMatch(/\n\s+at /);
  });
});
