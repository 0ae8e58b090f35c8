/**
 * Bad content round 3 (issue 22) and look-alike hosts (issue 26 §6): one planted input per rule, in
 * tests/fixtures/round3/. `npm run check` (checkContent) must reject each with exactly one Danish
 * message naming the file, the line, the field, the bad value and the fix; rules the build applies
 * before compiling (the reader) or inside the compiler (the guard) must give the build the same message.
 * Schema rules reach the build through the same schema (src/content.config.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  checkContent,
  contentGate,
  contentTree,
  formatProblem,
  markdownProcessor,
} from "../../src/lib/check/index.ts";
import { publishedBody } from "../../src/lib/content/index.ts";
import {
  hostProblem,
  interventionJsonSchema,
  rationaleProblem,
  linkJsonSchema,
  TEXT_LIMITS,
  urlProblem,
} from "../../src/lib/schema/index.ts";

const root = process.cwd();
const FIXTURES = "tests/fixtures/round3";
const work = mkdtempSync(join(tmpdir(), "lp-round3-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Collection = "interventions" | "phases" | "governance";

/** The problems `npm run check` reports for one file alone in a content tree. */
function check(name: string, collection: Collection) {
  const dir = join(work, name);
  for (const folder of ["interventions", "phases", "governance"])
    mkdirSync(join(dir, folder), { recursive: true });
  cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
  cpSync(join(FIXTURES, name), join(dir, collection, name));
  return checkContent(contentTree(dir), root).problems;
}

/** The 1-based line of the first line of the fixture that contains `needle`. */
function lineOf(name: string, needle: string): number {
  const index = readFileSync(join(FIXTURES, name), "utf8")
    .split("\n")
    .findIndex((line) => line.includes(needle));
  expect(index, `${name} has no line with ${needle}`).toBeGreaterThan(-1);
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

/** Where the message is judged: the check only (schema), also the gate (reader), also the compiler (guard). */
type Stage = "schema" | "gate" | "compile";
type Expected = { field: string; needle: string; contains: string[]; stage?: Stage };

const FIX_CR = "Gem filen med almindelige linjeskift (LF eller CRLF)";
const ONE_LINE = "skal stå på én linje";
const INVISIBLE = "Usynlige tegn er ikke tilladt i navne og titler";
const RATIONALE_FIX = "Skriv med egne ord, hvad i kilderne niveauet bygger på";
const NEG_ZERO = "kan ikke være minus nul; skriv 0";
const SPECIAL_USE = "reserveret til test, lokale netværk eller interne navne";
const LOOK_ALIKE = "Sådanne navne bruges til at efterligne kendte adresser";
const IN_DATA = "ville blive offentliggjort med brødteksten i de åbne data";

const entries: Record<string, Expected> = {
  // Line endings and characters
  "lone-cr-frontmatter": {
    stage: "gate",
    field: "tegn",
    needle: "summary:",
    contains: ["enligt CR-tegn", FIX_CR, '"summary:"'],
  },
  "lone-cr-body": {
    stage: "gate",
    field: "tegn",
    needle: "Første linje",
    contains: ["enligt CR-tegn", FIX_CR, '"Første linje."'],
  },
  "title-newline": {
    field: "title",
    needle: "title:",
    contains: [ONE_LINE, "et linjeskift, U+000A", 'efter "Gyldig"'],
  },
  "title-tab": { field: "title", needle: "title:", contains: [ONE_LINE, "en tabulator, U+0009"] },
  "title-block-scalar": { field: "title", needle: "title:", contains: [ONE_LINE, "uden | eller >"] },
  "responsible-cr": { field: "responsible", needle: "responsible:", contains: [ONE_LINE, "U+000D"] },
  "focus-cr": {
    field: "focus",
    needle: "focus:",
    contains: ["U+000D", 'efter "At vise,"', "Brug almindelige linjeskift (LF)"],
  },
  "title-word-joiner": {
    field: "title",
    needle: "title:",
    contains: ["word joiner", "U+2060", INVISIBLE, "Slet tegnet"],
  },
  "title-soft-hyphen": {
    field: "title",
    needle: "title:",
    contains: ["blød bindestreg", "U+00AD", INVISIBLE],
  },
  "organisation-zero-width": {
    field: "context.organisation",
    needle: "organisation:",
    contains: ["zero-width space", "U+200B", INVISIBLE],
  },
  "publisher-variation-selector": {
    field: "responsible",
    needle: "responsible:",
    contains: ["U+FE0F", INVISIBLE],
  },
  // Lengths
  "long-title": {
    field: "title",
    needle: "title:",
    contains: ["title er 5.099 tegn; højst 120 er tilladt", '"Meget lang titel', "Skriv indsatsens navn"],
  },
  "long-summary": {
    field: "summary",
    needle: "summary:",
    contains: ["højst 320 er tilladt", "Skriv en til to sætninger"],
  },
  "long-rationale": {
    field: "scores.maal.rationale",
    needle: "rationale:",
    contains: ["højst 1.000 er tilladt", "Skriv kort"],
  },
  "long-organisation": {
    field: "anchoring.organisations.0",
    needle: "organisations:",
    contains: ["højst 150 er tilladt", "Forkort"],
  },
  // Basis and rationale
  "section-dots": {
    field: "scores.maal.basis.0.section",
    needle: "basis:",
    contains: ['section er "..."', "ikke nævner noget sted", '"s. 12"'],
  },
  "section-empty": {
    field: "scores.maal.basis.0.section",
    needle: "basis:",
    contains: ["mindst 3 tegn", '""'],
  },
  "level3-no-locator": {
    field: "scores.maal.basis",
    needle: "basis:",
    contains: ["Niveau 3 kræver", "section", "sæt niveauet ned"],
  },
  "rationale-dots": {
    field: "scores.maal.rationale",
    needle: "rationale:",
    contains: ["har kun 0 bogstaver", RATIONALE_FIX],
  },
  "rationale-filler": {
    field: "scores.maal.rationale",
    needle: "rationale:",
    contains: ["fyldtekst", '"Lorem"', RATIONALE_FIX],
  },
  "rationale-repeated": {
    field: "scores.maal.rationale",
    needle: "rationale:",
    contains: ["gentager de samme få ord", RATIONALE_FIX],
  },
  "rationale-one-letter": {
    field: "scores.maal.rationale",
    needle: "rationale:",
    contains: ["har kun 1 ord", RATIONALE_FIX],
  },
  "rationale-digits": {
    field: "scores.maal.rationale",
    needle: "rationale:",
    contains: ["har kun 6 bogstaver", RATIONALE_FIX],
  },
  // Numbers
  "percent-negative": {
    field: "results.0.value",
    needle: "value:",
    contains: ["value er -50", "kan ikke være negativt", "procent fra 0 til 100"],
  },
  "percent-over-100": {
    field: "results.0.value",
    needle: "value:",
    contains: ["value er 5000 med enheden procent", "fra 0 til 100", "højst være 100"],
  },
  "kroner-huge": {
    field: "results.0.value",
    needle: "value:",
    // Refused first by the numbers-as-written rule (issue 26): an exponent is not how a source writes kroner.
    contains: ["Tallet 1e308 er skrevet med eksponent (e)", "309 cifre", "almindelige cifre"],
  },
  "days-negative-zero": { field: "results.0.value", needle: "value:", contains: ["value er -0", NEG_ZERO] },
  "days-zero": {
    field: "results.0.value",
    needle: "value:",
    contains: ["value er 0 med enheden dage", "over 0"],
  },
  "count-fraction": {
    field: "results.0.value",
    needle: "value:",
    contains: ["value er 2.5 med enheden antal", "et helt tal"],
  },
  "kind-unit-mismatch": {
    field: "results.0.unit",
    needle: "value:",
    contains: ["typen varighed", "enheden procent", "Brug dage"],
  },
  "participants-zero": {
    field: "results.0.participants",
    needle: "value:",
    contains: ["participants er 0", "Udelad feltet"],
  },
  "age-negative-zero": {
    field: "targetGroup.age.min",
    needle: "age:",
    contains: ["age.min er -0", NEG_ZERO],
  },
  "level-negative-zero": {
    field: "scores.maal.level",
    needle: "level:",
    contains: ["level er -0", NEG_ZERO],
  },
  // Contacts
  "mailto-quotes": {
    field: "contact",
    needle: "contact:",
    contains: ["ikke én e-mailadresse", "anførselstegn", "mailto:ungeenheden@kommune.dk"],
  },
  "mailto-comma": {
    field: "contact",
    needle: "contact:",
    contains: ["ikke én e-mailadresse", "kommaer", "flere modtagere"],
  },
  "mailto-encoded-newline": {
    field: "contact",
    needle: "contact:",
    contains: ["%0A (U+000A", "slet %0A", "én linje"],
  },
  "mailto-double-encoded": { field: "contact", needle: "contact:", contains: ["%25", "uden %-tegn"] },
  "mailto-other-header": { field: "contact", needle: "contact:", contains: ["kun stå ?subject=", "bcc"] },
  "mailto-lookalike-domain": {
    field: "contact",
    needle: "contact:",
    contains: ["blander bogstaver", '"rаnders"', LOOK_ALIKE],
  },
  "tel-letters": {
    field: "contact",
    needle: "contact:",
    contains: ["ikke et telefonnummer", "tel:+4512345678"],
  },
  // Hosts
  "link-localhost": { field: "contact", needle: "contact:", contains: [".localhost", SPECIAL_USE] },
  "link-home-arpa": { field: "contact", needle: "contact:", contains: [".arpa", SPECIAL_USE] },
  "link-metadata": { field: "contact", needle: "contact:", contains: [".internal", SPECIAL_USE] },
  "link-ip-hex": {
    field: "contact",
    needle: "contact:",
    contains: ['"0x7f.1" er en IP-adresse', "loopback"],
  },
  "link-ip-decimal": {
    field: "contact",
    needle: "contact:",
    contains: ['"2130706433" er en IP-adresse', "loopback"],
  },
  "link-ipv6-mapped": { field: "contact", needle: "contact:", contains: ["link-local", "169.254.169.254"] },
  "link-unknown-tld": {
    field: "contact",
    needle: "contact:",
    contains: ["ender på .svc", "ikke er et topdomæne"],
  },
  "link-punycode-lookalike": {
    field: "contact",
    needle: "contact:",
    contains: ['"xn--rndrs-4ve1b" ("rаndеrs")', "blander bogstaver", LOOK_ALIKE],
  },
  "link-mixed-script": {
    field: "contact",
    needle: "contact:",
    contains: ['leddet "rаnders" blander', LOOK_ALIKE],
  },
  // Bodies: text no page shows
  "body-unused-definition": {
    stage: "compile",
    field: "brødtekst",
    needle: "[//]:",
    contains: ["Linkdefinitionen [//]:", IN_DATA, "Slet linjen"],
  },
  "body-unused-footnote": {
    stage: "compile",
    field: "brødtekst",
    needle: "[^skjult]:",
    contains: ["Fodnoten [^skjult]", IN_DATA],
  },
  "body-code-meta": {
    stage: "compile",
    field: "brødtekst",
    needle: "```js",
    contains: ["»js PLANTET-KODE skjult«", IN_DATA, "fx ```js"],
  },
};

const others: Record<string, Expected & { collection: Collection }> = {
  "phase-html-comment": {
    collection: "phases",
    stage: "compile",
    field: "brødtekst",
    needle: "<!--",
    contains: ["HTML-kommentaren", IN_DATA, "Slet den"],
  },
  "phase-lead-cr": {
    collection: "phases",
    field: "lead",
    needle: "lead:",
    contains: ["U+000D", "Brug almindelige linjeskift (LF)"],
  },
  "governance-long-title": {
    collection: "governance",
    field: "title",
    needle: "title:",
    contains: ["højst 120 er tilladt", "Skriv eksemplets navn"],
  },
  "governance-title-zero-width": {
    collection: "governance",
    field: "title",
    needle: "title:",
    contains: ["U+200B", INVISIBLE],
  },
  "governance-section-dashes": {
    collection: "governance",
    field: "sources.0.section",
    needle: "section:",
    contains: ['section er "---"', "ikke nævner noget sted"],
  },
};

function expectOne(name: string, collection: Collection, expected: Expected) {
  const problems = check(name, collection);
  expect(problems, problems.map(formatProblem).join("\n")).toHaveLength(1);
  const [problem] = problems;
  expect(problem!.path).toMatch(new RegExp(`${collection}/${name.replace(".", "\\.")}$`));
  expect(problem).toMatchObject({ field: expected.field, line: lineOf(name, expected.needle) });
  for (const words of expected.contains) expect(problem!.message).toContain(words);
  return problem!;
}

describe("round 3: every planted input is rejected once, at its line, with the fix", () => {
  it.each(Object.entries(entries))("%s.mdx", async (name, expected) => {
    const problem = expectOne(`${name}.mdx`, "interventions", expected);
    const file = join(FIXTURES, `${name}.mdx`);
    const line = `${name}.mdx:${problem.line}  ${problem.field}: ${problem.message}`;
    if (expected.stage === "gate") expect(gate(file)).toContain(line);
    if (expected.stage === "compile") expect(await compile(file, "mdx")).toContain(line);
  });

  it.each(Object.entries(others))("%s in another collection", async (name, expected) => {
    const problem = expectOne(`${name}.md`, expected.collection, expected);
    if (expected.stage === "compile") {
      const built = await compile(join(FIXTURES, `${name}.md`), "md");
      expect(built).toContain(`${name}.md:${problem.line}  ${problem.field}: ${problem.message}`);
    }
  });

  it("covers every fixture file", () => {
    const names = readdirSync(FIXTURES)
      .filter((name) => /\.(mdx?|toml)$/.test(name) && name !== "README.md")
      .map((name) => name.replace(/\.(mdx?|toml)$/, ""));
    expect(names.sort()).toEqual(
      [...Object.keys(entries), ...Object.keys(others), ...Object.keys(linkFiles)].sort(),
    );
  });
});

const linkFiles: Record<string, { field: string; line: number; contains: string[] }> = {
  "links-title-newline": { field: "t.title", line: 2, contains: [ONE_LINE, "U+000A"] },
  "links-publisher-zero-width": { field: "t.publisher", line: 3, contains: ["U+200B", INVISIBLE] },
  "links-title-long": { field: "t.title", line: 2, contains: ["højst 160 er tilladt"] },
  "links-url-localhost": { field: "t.url", line: 3, contains: [".localhost", SPECIAL_USE] },
  "links-url-metadata-ip": {
    field: "t.url",
    line: 3,
    contains: ['"169.254.169.254" er en IP-adresse', "link-local"],
  },
  "links-url-octal-ip": { field: "t.url", line: 3, contains: ['"0177.0.0.1" er en IP-adresse', "loopback"] },
  "links-url-lookalike-punycode": {
    field: "t.url",
    line: 4,
    contains: ['"xn--kbenhavn-nbh" ("kоbenhavn")', LOOK_ALIKE],
  },
  "links-lone-cr": { field: "tegn", line: 2, contains: ["enligt CR-tegn", FIX_CR] },
};

describe("round 3 in content/links.toml", () => {
  it.each(Object.entries(linkFiles))("%s.toml", (name, expected) => {
    const dir = join(work, name);
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    cpSync(join(FIXTURES, `${name}.toml`), join(dir, "links.toml"));
    const problems = checkContent(contentTree(dir), root).problems;
    expect(problems, problems.map(formatProblem).join("\n")).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: expected.field, line: expected.line });
    for (const words of expected.contains) expect(problems[0]!.message).toContain(words);
  });
});

describe("limits live in the schema", () => {
  it("shows them in the JSON Schema (and so in the CMS, which is generated from it)", () => {
    const schema = interventionJsonSchema();
    const props = schema.properties!;
    expect(props["title"]).toMatchObject({ minLength: 3, maxLength: TEXT_LIMITS.title });
    expect(props["summary"]).toMatchObject({ minLength: 40, maxLength: TEXT_LIMITS.summary });
    expect(props["responsible"]).toMatchObject({ maxLength: TEXT_LIMITS.responsible });
    const score = (props["scores"]!.additionalProperties ??
      Object.values(props["scores"]!.properties ?? {})[0]) as {
      properties: Record<string, { minLength?: number; maxLength?: number }>;
    };
    expect(score.properties["rationale"]).toMatchObject({ minLength: 20, maxLength: TEXT_LIMITS.rationale });
    const result = props["results"]!.items!.properties!;
    expect(result["value"]).toMatchObject({ minimum: 0 });
    expect(result["participants"]).toMatchObject({ minimum: 1, maximum: 1_000_000 });
    expect(linkJsonSchema().properties!["title"]).toMatchObject({ maxLength: TEXT_LIMITS.linkTitle });
  });
});

describe("duplicates by look-alike skeleton (UTS #39 after NFKC and case folding)", () => {
  const VALID = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");
  function pair(name: string, first: string, second: string, ids: [string, string] = ["a", "b"]) {
    const dir = join(work, `dup-${name}`);
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
    const entry = (title: string) =>
      VALID.replace("title: Gyldig testindsats", `title: ${JSON.stringify(title)}`);
    writeFileSync(join(dir, "interventions", `${ids[0]}.mdx`), entry(first));
    writeFileSync(join(dir, "interventions", `${ids[1]}.mdx`), entry(second));
    return checkContent(contentTree(dir), root).problems.filter(
      (p) => p.field === "title" || p.field === "filnavn",
    );
  }

  it.each([
    ["cyrillic", "Energi til hinanden", "Еnеrgi til hinandеn"],
    ["greek", "Ung i Odense", "Ung i Οdense"],
    ["fullwidth", "Ung i job", "Ｕｎｇ ｉ ｊｏｂ"],
    ["case", "ENERGI TIL HINANDEN", "energi til hinanden"],
    ["rn-for-m", "Mod til uddannelse", "Rnod til uddannelse"],
    ["sharp-s", "Großes Projekt", "Grosses Projekt"],
    ["no-break-space", "Ung på vej", "Ung\u00a0på vej"],
    ["dotless-i", "Ung i job", "Ung ı job"],
    ["digit-one", "Ung l Esbjerg", "Ung 1 Esbjerg"],
  ])("counts a %s look-alike as the same title", (_name, first, second) => {
    const problems = pair(_name, first, second);
    expect(problems, problems.map(formatProblem).join("\n")).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/bruges allerede af|ligner .* så meget, at de kan forveksles/);
    expect(problems[0]!.message).toContain("a.mdx");
  });

  it("counts an invisible character inside a word as the same title (and refuses the character)", () => {
    const dir = join(work, "dup-joiner");
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    cpSync("tests/fixtures/scored-site/links.toml", join(dir, "links.toml"));
    writeFileSync(join(dir, "interventions", "a.mdx"), VALID);
    writeFileSync(
      join(dir, "interventions", "b.mdx"),
      VALID.replace("title: Gyldig testindsats", 'title: "Gyldig test\\u2060indsats"'),
    );
    const messages = checkContent(contentTree(dir), root).problems.map(formatProblem).join("\n");
    expect(messages).toContain('b.mdx:2  title: "Gyldig test\\u2060indsats" ligner "Gyldig testindsats"');
    expect(messages).toContain("word joiner");
  });

  it("counts file names that look alike", () => {
    const problems = pair("ids", "Noget", "Noget helt andet", ["modul", "rnodul"]);
    expect(problems).toMatchObject([{ field: "filnavn" }]);
    expect(problems[0]!.message).toContain('"rnodul" ligner "modul"');
  });

  it.each([
    ["Ung på vej", "Ung pa vej"],
    ["Ung i Ærø", "Ung i Århus"],
    ["Energi til hinanden", "Energi til hinanden 2"],
  ])("keeps %s and %s apart", (first, second) => {
    expect(pair(`apart-${first}`, first, second)).toEqual([]);
  });
});

describe("comments are cut out of the published body", () => {
  it.each([
    ["inline", "Før {/* PLANTET */} efter.", "Før  efter."],
    ["own lines", "Før.\n\n{/* PLANTET\nover to linjer */}\n\nEfter.", "Før.\n\nEfter."],
    ["in a heading", "## Titel {/* PLANTET */}\n\nTekst.", "## Titel\n\nTekst."],
    ["in a list", "- punkt {/* PLANTET */}\n- andet", "- punkt\n- andet"],
    ["in link text", "[tekst {/* PLANTET */}](https://example.org/)", "[tekst ](https://example.org/)"],
    [
      "in a table cell",
      "| a | b |\n| - | - |\n| x {/* PLANTET */} | y |",
      "| a | b |\n| - | - |\n| x  | y |",
    ],
    ["with a script inside", "{/* <script>PLANTET</script> */}\n\nTekst.", "Tekst."],
    ["with a fake end", "{/* a *\\/ PLANTET */}\n\nTekst.", "Tekst."],
  ])("%s", async (_name, body, expected) => {
    const published = await publishedBody(body);
    expect(published).not.toContain("PLANTET");
    expect(published.trim()).toBe(expected);
  });

  it("keeps what only looks like a comment in code, where the page shows it", async () => {
    const body = "Skriv `{/* note */}` i koden:\n\n```\n{/* vises */}\n```\n";
    expect(await publishedBody(body)).toBe(body);
  });
});

describe("hosts (issue 26 §6): raw and xn-- forms get one verdict, and no way past is suggested", () => {
  it.each([
    ["https://xn--rdhus-mra.dk/", undefined],
    ["https://www.xn--r-3fa9c.dk/", undefined],
    ["https://www.xn--kbenhavn-54a.dk/", undefined],
    ["https://xn--mnchen-3ya.de/", undefined],
    ["https://xn--d1acufc.xn--p1ai/", undefined],
    ["https://www.horsens.dk/", undefined],
  ])("allows the IDN %s (Latin script, or another script that does not imitate Latin)", (url, expected) => {
    expect(urlProblem(url)).toBe(expected);
  });

  it.each([
    "https://раураl.com/",
    "https://xn--80ak6aa92e.com/",
    "https://www.kоbenhavn.dk/",
    "https://www.xn--kbenhavn-nbh.dk/",
    "https://ɡoogle.dk/",
    "https://xn--oogle-qmc.dk/",
    "https://bıt.dk/",
    "https://ʀaɴdᴇrs.dk/",
    "https://www.ȯdense.dk/",
    "https://xn--ls8h.dk/",
    "https://аpple.com/",
    "https://randeґs.dk/",
    "https://017700000001/",
    "https://0x7f000001/",
    "https://[0:0:0:0:0:ffff:7f00:1]/",
    "https://metadata.goog/",
    "https://rådhus.local/",
    "https://foo.test/",
    "https://foo.example/",
    "https://foo.invalid/",
    "https://foo.onion/",
    "https://foo.lan/",
    "https://foo.corp/",
    "https://localtest.me/",
    "https://10.0.0.1.nip.io/",
    "https://0/",
    "https://127.1/",
    "https://[::]/",
    "https://[fd00::1]/",
    "https://192.168.0.1/",
    "https://172.16.0.1/",
    "https://100.64.0.1/",
  ])("refuses %s without suggesting another spelling", (url) => {
    const problem = urlProblem(url, { allowMailto: true });
    expect(problem).toBeDefined();
    expect(problem).not.toMatch(/Skriv det, som browseren skriver det|skriv domænet, som det staves/);
  });

  it("judges the host the same way in mailto: as in links", () => {
    for (const host of ["xn--80ak6aa92e.com", "foo.localhost", "metadata.google.internal"]) {
      expect(urlProblem(`mailto:unge@${host}`, { allowMailto: true })).toContain(hostProblem(host)!);
    }
  });
});

describe("rationales: filler in other words", () => {
  it.each([
    "Ja ja ja nej nej nej ok ok",
    "a b c d e f g h i j k l m n o p",
    "TODO: skriv begrundelse her senere",
    "Begrundelse følger senere, når vi har læst.",
    "Indsæt begrundelse for niveauet her",
    "N/A – ikke relevant for denne indsats",
    "🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂",
    "xxxxxxxxxxxxxxxxxxxxxxxx",
    "asdfasdfasdfasdfasdf",
    "1.1.1.1.1.1.1.1.1.1.1.1 ok",
    "——————————————————————",
  ])("refuses %j", (rationale) => {
    expect(rationaleProblem(rationale)).toContain("Skriv med egne ord");
  });

  it.each(["Kataloget beskriver målet i casen.", "Det står i kilden, se side 4 og 5."])(
    "accepts %j",
    (rationale) => {
      expect(rationaleProblem(rationale)).toBeUndefined();
    },
  );
});
