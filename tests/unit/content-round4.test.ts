/**
 * Bad content round 4 (issue 26): small files with large costs, and every place where the check and
 * the rest disagreed. One planted input per rule in tests/fixtures/round4/ (written by generate.py);
 * file names no clone could hold are written to a temporary folder here instead. `npm run check`
 * (checkContent, with the site's page list as npm run check passes it) must refuse each with a Danish
 * message naming the file, the line, the field and the fix; rules the build applies before compiling
 * (the reader) or inside the compiler (the guard) must give the build the same message. The costly
 * inputs are refused within a bounded CPU time and memory, measured here.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { sitePathCheck } from "../../src/lib/catalogue/index.ts";
import {
  checkContent,
  contentGate,
  contentTree,
  formatProblem,
  lintCompiledSource,
  markdownProcessor,
  type Problem,
} from "../../src/lib/check/index.ts";
import {
  delimiterIssue,
  ENTRY_COLLECTIONS,
  MAX_DELIMITERS_PER_BLOCK,
  readEntryText,
} from "../../src/lib/content/index.ts";

const root = process.cwd();
const FIXTURES = "tests/fixtures/round4";
const VALID = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");
const work = mkdtempSync(join(tmpdir(), "lp-round4-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Collection = "interventions" | "phases" | "governance" | "links";

/** A content tree holding one planted file (or links.toml), and what `npm run check` says of it. */
function check(name: string, collection: Collection, text = readFileSync(join(FIXTURES, name), "utf8")) {
  const dir = join(work, `${collection}-${name}`);
  for (const folder of ["interventions", "phases", "governance"])
    mkdirSync(join(dir, folder), { recursive: true });
  cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
  const target =
    collection === "links"
      ? join(dir, "links.toml")
      : join(dir, collection, collection === "phases" ? "fastholdelse.md" : name);
  writeFileSync(target, text);
  const cpu = process.cpuUsage();
  const rss = process.memoryUsage().rss;
  const result = checkContent(contentTree(dir), root, { sitePathCheck });
  const used = process.cpuUsage(cpu);
  return {
    ...result,
    dir,
    file: target,
    cpuSeconds: (used.user + used.system) / 1e6,
    rssGrowth: process.memoryUsage().rss - rss,
  };
}

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  expect(index, `no line with ${needle}`).toBeGreaterThan(-1);
  return index + 1;
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

/** The build's path for a body: the gate's output, compiled by the site's processor. */
async function compile(file: string, format: "mdx" | "md"): Promise<string | undefined> {
  const transform = contentGate().transform as { handler: (code: string, id: string) => { code: string } };
  const code = transform.handler(readFileSync(file, "utf8"), resolve(file)).code;
  const content = code.replace(/^---\n[\s\S]*?\n---\n/, (match) => match.replace(/[^\n]/g, ""));
  const processor = markdownProcessor();
  const shared = { syntaxHighlight: false as const, gfm: true, smartypants: true };
  try {
    if (format === "mdx") {
      const renderer = await processor.createMdxRenderer!(shared, {
        optimize: false,
        srcDir: pathToFileURL(`${root}/src/`),
      });
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

type Expected = {
  collection?: Collection;
  /** Where the build refuses it besides the check: the gate (reader) or the compiler (guard). */
  stage?: "gate" | "compile";
  field: string;
  /** Text on the line the problem must point at; `line` when it is fixed (a file-level problem). */
  needle?: string;
  line?: number;
  contains: string[];
  /** For the costly ones: at most this much CPU time for the whole check. */
  cpuSeconds?: number;
};

const COST = "Så mange gør oversætteren meget langsom";
const RESERVED_KEY = "bruges af programmer til noget særligt";

const planted: Record<string, Expected> = {
  // 1. Costs bounded by construction
  "wide-table.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "|a|a|",
    contains: ["Tabellen har 2.000 kolonner", "højst 10", "Del tabellen op"],
    cpuSeconds: 3,
  },
  "table-cells.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "| a |",
    contains: ["61 rækker × 10 kolonner = 610 celler", "højst 500"],
  },
  "footnote-flood.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "Tekst[^a]",
    contains: ["101 fodnotehenvisninger", "højst 100"],
  },
  "link-reference-flood.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "[a] [a]",
    contains: ["150 links", "gentager adressen", "Højst 100 links og 20.000 tegn"],
  },
  "emphasis-run.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "a_a_",
    contains: [COST, `højst ${MAX_DELIMITERS_PER_BLOCK}`, "tomme linjer", "\\_"],
    cpuSeconds: 2,
  },
  "quote-run.mdx": { stage: "compile", field: "brødtekst", needle: 'a"a"', contains: [COST], cpuSeconds: 2 },
  "dash-run.mdx": { stage: "compile", field: "brødtekst", needle: "--a--a", contains: [COST], cpuSeconds: 2 },
  "long-body.mdx": {
    stage: "gate",
    field: "brødtekst",
    line: 25,
    contains: ["Brødteksten fylder 31.202 tegn", "højst 30.000"],
  },
  "long-fields.mdx": {
    stage: "gate",
    field: "frontmatter",
    line: 2,
    contains: ["Felterne (mellem linjerne med ---) fylder", "højst 20.000"],
  },
  "compact-nesting.mdx": {
    stage: "gate",
    field: "frontmatter",
    needle: "- - - -",
    contains: ["listetegn", "højst 60", "skriv dem fladere"],
  },
  "key-after-key.mdx": { stage: "gate", field: "frontmatter", needle: "x: - -", contains: ["højst 60"] },
  "value-flood.mdx": {
    field: "context.municipalities.0",
    needle: "municipalities:",
    contains: ['"xy" er ikke en gyldig kommune', "Se alle 98 tilladte værdier under »Ordforråd«"],
    cpuSeconds: 2,
  },
  "list-flood.mdx": {
    stage: "gate",
    field: "context.municipalities",
    needle: "municipalities:",
    contains: ["Listen har 6.000 punkter; højst 100"],
    cpuSeconds: 2,
  },
  // 4. Numbers as written
  "hex-value.mdx": {
    stage: "gate",
    field: "results.0.value",
    needle: "value: 0x41",
    contains: ["Tallet 0x41 er skrevet i sekstentalssystemet (hex)", "almindeligt tal: 65"],
  },
  "octal-age.mdx": {
    stage: "gate",
    field: "targetGroup.age.min",
    needle: "age:",
    contains: ["Tallet 0o17 er skrevet i ottetalssystemet (oktal)", "almindeligt tal: 15"],
  },
  "leading-zero-age.mdx": {
    stage: "gate",
    field: "targetGroup.age.min",
    needle: "age:",
    contains: ["Tallet 017 er skrevet med nul foran", "oktaltallet 15", "almindeligt tal: 17"],
  },
  "exponent-level.mdx": {
    stage: "gate",
    field: "scores.maal.level",
    needle: "level: 2e0",
    contains: ["eksponent", "almindeligt tal: 2"],
  },
  "binary-text.mdx": {
    stage: "gate",
    field: "responsible",
    needle: "responsible:",
    contains: ["0b101", "tallet 5", 'teksten "0b101"', "anførselstegn"],
  },
  "sexagesimal-period.mdx": {
    stage: "gate",
    field: "results.0.period",
    needle: "period: 1:20",
    contains: ["60-talssystemet", "tallet 80", '"1:20"'],
  },
  // 5. Keys that vanish
  "proto-under-scores.mdx": {
    stage: "gate",
    field: "scores.__proto__",
    needle: "__proto__",
    contains: ['Feltnavnet "__proto__"', RESERVED_KEY, "Slet feltet"],
  },
  "constructor-key.mdx": {
    stage: "gate",
    field: "constructor",
    needle: "constructor:",
    contains: ['Feltnavnet "constructor"', RESERVED_KEY],
  },
  "prototype-in-list.mdx": {
    stage: "gate",
    field: "sources.0.prototype",
    needle: "prototype:",
    contains: ['Feltnavnet "prototype"'],
  },
  // 8. What check passes, the build and the site tests accept
  "task-list.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "- [ ]",
    contains: ["Afkrydsningsfelter", "formularfelter uden navn"],
  },
  "heading-one.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "# Overskrift",
    contains: ["niveau 1", "Skriv ## Overskrift"],
  },
  "heading-setext.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "Overskrift",
    contains: ["understreget med ===", "Skriv ## Overskrift"],
  },
  "heading-skip.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "#### Detaljer",
    contains: ["niveau 4 (####) lige efter en overskrift på niveau 2", "Skriv ### Detaljer"],
  },
  "heading-first-three.mdx": {
    stage: "compile",
    field: "brødtekst",
    needle: "### Om",
    contains: ["uden en overskrift på niveau 2", "Skriv ## Om indsatsen"],
  },
  "site-path-missing.mdx": {
    field: "brødtekst",
    needle: "/etc/passwd",
    contains: ["ingen side på sitet med adressen /etc/passwd", "https://"],
  },
  "site-path-no-slash.mdx": {
    field: "brødtekst",
    needle: "(/om)",
    contains: ["Siden hedder /om/ med / til sidst"],
  },
  // 13. Messages with the fix
  "year-as-number.mdx": {
    field: "period.start",
    needle: "period:",
    contains: ["forventet tekst, men fik 2020", "anførselstegn", '"2020"'],
  },
  "yaml-bad-escape.mdx": {
    stage: "gate",
    field: "frontmatter",
    needle: "title:",
    contains: ["YAML-fejl: En \\ i tekst i dobbelte anførselstegn", "enkelte anførselstegn"],
  },
  // Other collections
  "phase-heading-one.md": {
    collection: "phases",
    stage: "compile",
    field: "brødtekst",
    needle: "# Om fasen",
    contains: ["niveau 1", "Skriv ## Om fasen"],
  },
  "governance-wide-table.md": {
    collection: "governance",
    stage: "compile",
    field: "brødtekst",
    needle: "|a|",
    contains: ["Tabellen har 12 kolonner"],
  },
  // links.toml
  "links-deep-key.toml": {
    collection: "links",
    field: "dyb.a.a.a.a.a.a.a.a.a.a.a",
    needle: "[dyb]",
    contains: ["indlejret mere end 12 niveauer", "a.b.c", "fladere"],
    cpuSeconds: 2,
  },
  "links-deep-array.toml": {
    collection: "links",
    field: "TOML",
    needle: "tags = [[[",
    contains: ["TOML-fejl: Lister eller tabeller ligger mere end 12 niveauer", "fladere"],
  },
  "links-proto.toml": {
    collection: "links",
    field: "andet.__proto__",
    needle: "__proto__ =",
    contains: ['Feltnavnet "__proto__"', RESERVED_KEY],
  },
  "links-unfinished-string.toml": {
    collection: "links",
    field: "TOML",
    needle: 'title = "Andet',
    contains: ["TOML-fejl:", "afsluttende anførselstegn"],
  },
  "links-long-id.toml": {
    collection: "links",
    field: "id",
    needle: "[aaaa",
    contains: ["Id'et er 90 tegn; højst 80", "Forkort det"],
  },
};

describe("round 4: every planted input is refused by the check, at its line, with the fix", () => {
  it.each(Object.entries(planted))("%s", async (name, expected) => {
    const collection = expected.collection ?? "interventions";
    const text = readFileSync(join(FIXTURES, name), "utf8");
    const result = check(name, collection, text);
    const { problems } = result;
    expect(problems.length, problems.map(formatProblem).join("\n")).toBeGreaterThan(0);
    const [problem] = problems;
    const line = expected.line ?? lineOf(text, expected.needle!);
    expect(problem).toMatchObject({ field: expected.field, line });
    for (const words of expected.contains) expect(problem!.message).toContain(words);
    if (expected.cpuSeconds) expect(result.cpuSeconds).toBeLessThan(expected.cpuSeconds);
    // The build says the same: the gate (the shared reader) or the guard inside the compiler.
    const shown = `${problem!.line}  ${problem!.field}: ${problem!.message}`;
    if (expected.stage === "gate") expect(gate(result.file)).toContain(shown);
    if (expected.stage === "compile") {
      expect(await compile(result.file, collection === "interventions" ? "mdx" : "md")).toContain(shown);
    }
  });

  it("covers every fixture file", () => {
    const names = readdirSync(FIXTURES).filter((name) => /\.(mdx?|toml)$/.test(name) && name !== "README.md");
    expect(names.sort()).toEqual(Object.keys(planted).sort());
  });
});

describe("2. file names every clone can hold", () => {
  const named = (id: string) => {
    const dir = join(work, `names-${id.slice(0, 20)}-${id.length}`);
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
    writeFileSync(
      join(dir, "interventions", `${id}.mdx`),
      VALID.replace("Gyldig testindsats", "Nul tolerance"),
    );
    return checkContent(contentTree(dir), root).problems;
  };

  it.each(["con", "prn", "aux", "nul", "com0", "com9", "lpt1", "lpt9"])(
    "refuses %s.mdx, a name Windows reserves, and offers a name from the title",
    (id) => {
      const problems = named(id);
      expect(problems).toMatchObject([{ field: "filnavn" }]);
      expect(problems[0]!.message).toContain(`${id.toUpperCase()} er et reserveret navn i Windows`);
      expect(problems[0]!.message).toContain('"nul-tolerance.mdx"');
    },
  );

  it("refuses an id longer than 80 characters, before the bundler fails on the file name", () => {
    const problems = named("a".repeat(246));
    expect(problems).toMatchObject([{ field: "filnavn" }]);
    expect(problems[0]!.message).toContain("er 246 tegn uden endelse; højst 80 er tilladt");
    expect(problems[0]!.message).toContain('"nul-tolerance.mdx"');
  });

  it("accepts a name that only starts like a reserved one", () => {
    expect(named("con-indsats")).toEqual([]);
    expect(named("a".repeat(80))).toEqual([]);
  });
});

describe("1. the worst inputs under the limits cost seconds, not minutes", () => {
  it("refuses 120,000 dotted key segments (240 KB, under the file limit) in a linear walk", () => {
    const text = `[dyb]\n${Array(120_000).fill("a").join(".")} = 1\n`;
    const result = check("deep-key-120k.toml", "links", text);
    expect(result.problems).toMatchObject([{ field: "dyb.a.a.a.a.a.a.a.a.a.a.a" }]);
    expect(result.cpuSeconds).toBeLessThan(3);
  });

  it("refuses the widest table the body limit allows without padding it", () => {
    const table = `|${"a|".repeat(4000)}\n|${"-|".repeat(4000)}\n${"|x|\n".repeat(3000)}`;
    const text = VALID.replace("Testindhold.\n", table);
    const result = check("widest-table.mdx", "interventions", text);
    expect(result.problems[0]!.message).toContain("Tabellen har 4.000 kolonner");
    expect(result.cpuSeconds).toBeLessThan(3);
    expect(result.rssGrowth).toBeLessThan(512 * 1024 * 1024);
  });

  it("prints a flood of 100 bad values as four lines, with the allowed values pointed to once", () => {
    const text = VALID.replace(
      "municipalities: [randers]",
      `municipalities: [${Array(100).fill("xy").join(", ")}]`,
    );
    const result = check("value-flood.mdx", "interventions", text);
    expect(result.total).toBe(100);
    expect(result.problems).toHaveLength(4);
    expect(result.problems[3]!.message).toContain("… og 97 problemer mere af samme slags");
    expect(result.problems.map(formatProblem).join("\n").length).toBeLessThan(1_500);
    expect(result.cpuSeconds).toBeLessThan(2);
  });

  it("shows the list of a short vocabulary once per field, not on every line", () => {
    const text = VALID.replace("tags: [psykisk-saarbare]", `tags: [${Array(5).fill("zz").join(", ")}]`);
    const lines = check("tag-flood.mdx", "interventions", text).problems.map((p: Problem) => p.message);
    expect(lines.filter((line) => line.includes("Tilladte værdier:"))).toHaveLength(1);
  });

  // Each delimiter the compiler pairs up, repeated to the body limit in blocks at the per-block budget:
  // the slowest thing any body can make it do.
  const worst = [
    "a_",
    'a"',
    "a'",
    '"\n',
    "--a",
    "...a",
    "a*",
    "**a",
    "~~a",
    "a`",
    "` ",
    "[a]",
    "a<",
    "__a",
    "a_a.",
  ];
  it.each(worst)("compiles %j at the limits in bounded time", (unit) => {
    const limit = ENTRY_COLLECTIONS.interventions.limits.body;
    let body = "";
    let block = "";
    while (body.length + block.length + unit.length < limit - 2) {
      const next = block + unit;
      if (delimiterIssue(next)) {
        body += `${block}\n\n`;
        block = unit;
      } else block = next;
    }
    body += block;
    expect(body.length).toBeLessThanOrEqual(limit);
    const cpu = process.cpuUsage();
    for (const format of ["mdx", "md"] as const) lintCompiledSource(`---\n---\n${body}`, { format });
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1e6).toBeLessThan(4);
  });

  it("never hands the compiler the 124 KB of smart quotes that make it abort the process", () => {
    const read = readEntryText(VALID.replace("Testindhold.\n", "a' ".repeat(42_000)));
    expect(read.problems[0]!.message).toContain("Filen er 126.743 tegn; højst 50.000");
  });
});
