import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent, contentTree, formatProblem } from "../../src/lib/check/index.ts";
import {
  buildEntry,
  checkAnswer,
  duplicateSlug,
  duplicateTitle,
  QUESTIONS,
  questionFor,
  renderEntry,
  resolveValue,
  type Answers,
} from "../../scripts/lib/new-entry.ts";
import { parse } from "yaml";
import { standaloneInterventionSchema } from "../../src/lib/schema/index.ts";
import { MUNICIPALITIES, RUBRIC, TARGET_GROUPS } from "../../src/lib/vocabulary/index.ts";

const work = mkdtempSync(join(tmpdir(), "lp-new-unit-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A content tree with the real links and one existing entry. */
function tree(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, "interventions"), { recursive: true });
  mkdirSync(join(dir, "phases"), { recursive: true });
  cpSync("content/links.toml", join(dir, "links.toml"));
  const skub = readFileSync("content/interventions/skub.mdx", "utf8").replace(/^related: .*\n/m, "");
  writeFileSync(join(dir, "interventions/skub.mdx"), skub);
  return dir;
}

const answers: Answers = {
  title: "Læringsværkstedet",
  summary: "En indsats, der kun findes i testen, og som viser, hvad skabelonen skriver.",
  municipalities: "randers",
  responsible: "Ungeenheden, Randers Kommune",
  contact: "mailto:ungeenheden@randers.dk",
  focus: "At vise skabelonen.",
  targetDescription: "Unge i testdata.",
  targetTags: "mistrivsel",
  anchoringTags: "uu-vejledning, jobcenter",
  phase: "fastholdelse",
  sourceKind: "publication",
  sourcePublication: "katalog-2022",
  sourceSection: 'Afsnit med "citat" og kolon: ja',
};

describe("answers", () => {
  it("accept names and labels for vocabulary slugs", () => {
    expect(resolveValue("Ringkøbing-Skjern", MUNICIPALITIES)).toBe("ringkoebing-skjern");
    expect(resolveValue("Unge i mistrivsel", TARGET_GROUPS)).toBe("mistrivsel");
    expect(resolveValue("psykisk saarbar", TARGET_GROUPS)).toBe("psykisk saarbar");
  });

  it("accept numbers from the printed list, but not for the unlisted municipalities", () => {
    expect(checkAnswer(questionFor("phase"), "3", {}).value).toBe("fastholdelse");
    expect(checkAnswer(questionFor("targetTags"), "1, 2", {}).value).toBe("psykisk-saarbare, mistrivsel");
    expect(checkAnswer(questionFor("municipalities"), "1", {}).error).toContain(
      '"1" er ikke en gyldig kommune',
    );
  });

  it("are validated with the schema's own messages", () => {
    expect(checkAnswer(questionFor("summary"), "For kort", {}).error).toBe(
      'summary skal være mindst 40 tegn, men er 8: "For kort".',
    );
    expect(checkAnswer(questionFor("anchoringTags"), "jobcentret", {}).error).toContain(
      'Mente du: "jobcenter"?',
    );
    expect(checkAnswer(questionFor("slug"), "Min Indsats", {}).error).toContain('"min-indsats"');
  });

  it("refuse a name or file name that already exists", () => {
    const existing = [{ id: "skub", title: "SKUB", path: "content/interventions/skub.mdx" }];
    expect(duplicateTitle("Skub", existing)).toContain("content/interventions/skub.mdx");
    expect(duplicateSlug("skub", existing)).toContain("findes allerede");
    expect(duplicateTitle("Skub 2", existing)).toBeUndefined();
  });

  it("each have a distinct flag", () => {
    const flags = QUESTIONS.map((question) => question.flag);
    expect(new Set(flags).size).toBe(flags.length);
  });
});

describe("the skeleton", () => {
  it("passes the check with a publication as source, quoting what YAML needs quoted", () => {
    const dir = tree("publication");
    const entry = buildEntry(answers, new Set(), "2026-11-22");
    const text = renderEntry(entry);
    writeFileSync(join(dir, "interventions", `${entry.slug}.mdx`), text);
    expect(checkContent(contentTree(dir), work).problems.map(formatProblem)).toEqual([]);
    expect(entry.slug).toBe("laeringsvaerkstedet");
    expect(text).toContain("reviewed: 2026-11-22");
    expect(text).toContain(`    section: 'Afsnit med "citat" og kolon: ja'`);
    expect(text).toContain("responsible: Ungeenheden, Randers Kommune");
    expect(text).toContain("contact: mailto:ungeenheden@randers.dk");
    // Headings to fill in, and no filler prose that could reach a page.
    const body = text.slice(text.lastIndexOf("---") + 3);
    expect(body).toContain("## Sådan arbejder indsatsen");
    expect(body).toContain("## Resultater");
    expect(
      body
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, "")
        .replace(/^#+ .*$/gm, "")
        .trim(),
    ).toBe("");
    expect(body).not.toMatch(/Kataloget beskriver/);
  });

  it("passes the check with an existing link as source and optional age and scope", () => {
    const dir = tree("link");
    const entry = buildEntry(
      {
        ...answers,
        sourceKind: "link",
        sourceLink: "hedensted-ungeenheden",
        age: "15-25",
        scope: "tvaerkommunal",
        municipalities: "randers, favrskov",
      },
      new Set(),
      "2026-11-22",
    );
    const text = renderEntry(entry);
    writeFileSync(join(dir, "interventions", `${entry.slug}.mdx`), text);
    expect(checkContent(contentTree(dir), work).problems.map(formatProblem)).toEqual([]);
    expect(text).toContain("  age: { min: 15, max: 25 }");
    expect(text).toContain("  scope: tvaerkommunal");
  });
});

// Each test starts the command as a process; on a busy machine that takes seconds.
describe("npm run new on the command line", { timeout: 60_000 }, () => {
  const run = (dir: string, args: string[], input?: string) =>
    spawnSync(process.execPath, ["scripts/new-intervention.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, LP_CONTENT_DIR: dir },
      ...(input === undefined ? {} : { input }),
      timeout: 30_000,
    });

  it("lists every flag in --help", () => {
    const help = run(tree("help"), ["--help"]);
    expect(help.status).toBe(0);
    for (const question of QUESTIONS) expect(help.stdout).toContain(`--${question.flag}`);
  });

  it("names every missing flag with --yes and writes nothing", () => {
    const dir = tree("missing");
    const result = run(dir, ["--title", "Ny indsats", "--yes"]);
    expect(result.status).toBe(2);
    for (const flag of [
      "--summary",
      "--municipality",
      "--focus",
      "--target-tags",
      "--anchoring",
      "--phase",
      "--source",
      "--responsible",
    ]) {
      expect(result.stderr).toContain(`${flag}: mangler`);
    }
  });

  it("asks for each answer, explains a bad one and asks again", () => {
    const dir = tree("interactive");
    const input = [
      "SKUB", // taken
      "Læringsværkstedet",
      "", // suggested file name
      "For kort",
      answers.summary,
      "", // scope: kommunal
      "Randeers",
      "Randers",
      "x", // too short
      "ukendt",
      "http://randers.dk", // not https
      "", // no contact
      answers.focus,
      answers.targetDescription,
      "2",
      "", // no age
      "jobcenter",
      "fastholdelsen",
      "3",
      "2", // an existing link
      "hedensted-ungeenhed",
      "hedensted-ungeenheden",
      "",
    ].join("\n");
    const result = run(dir, [], input);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("En indsats med navnet »SKUB« findes allerede");
    expect(result.stdout).toContain("summary skal være mindst 40 tegn, men er");
    expect(result.stdout).toContain('Mente du: "randers"?');
    expect(result.stdout).toContain('Mente du: "fastholdelse"?');
    expect(result.stdout).toContain('Mente du: "hedensted-ungeenheden"?');
    const text = readFileSync(join(dir, "interventions", "laeringsvaerkstedet.mdx"), "utf8");
    expect(text).toContain("phase: fastholdelse");
    expect(text).toContain("responsible: ukendt");
    expect(text).toContain("# contact:");
    expect(result.stdout).toContain("http:// er ikke krypteret");
    expect(text).toContain("  - link: hedensted-ungeenheden");
    expect(checkContent(contentTree(dir), work).problems.map(formatProblem)).toEqual([]);
  });

  it("assesses element by element when asked, showing the rubric, and writes valid scores", () => {
    const dir = tree("assessed");
    const flags = [
      ["--title", "Vurderet værksted"],
      ["--responsible", "ukendt"],
      ["--summary", answers.summary!],
      ["--municipality", "randers"],
      ["--focus", answers.focus!],
      ["--target-group", answers.targetDescription!],
      ["--target-tags", "2"],
      ["--anchoring", "jobcenter"],
      ["--phase", "fastholdelse"],
      ["--source", "publication"],
      ["--source-publication", "katalog-2022"],
      ["--source-section", "Oversigt over indsatser"],
    ].flat();
    const input = [
      "", // file name
      "j", // assess
      "", // teori-og-viden: not assessed
      "5", // virkning: out of range, asked again
      "2",
      "kort", // too short, asked again
      "Kilden giver resultattal for 40 unge over to år.",
      "1", // beskrivelse
      "Tabelrækken nævner målgruppe og formål, ikke aktiviteterne.",
      ...Array(8).fill(""), // the rest not assessed
    ]
      .map((line) => `${line}\n`)
      .join("");
    const result = run(dir, flags, input);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(RUBRIC.virkning.levels[2]);
    expect(result.stdout).toContain(RUBRIC.opfoelgning.notAssessed);
    expect(result.stdout).toContain('"5" er ikke et niveau');
    expect(result.stdout).toContain("mindst 20 tegn");
    const text = readFileSync(join(dir, "interventions", "vurderet-vaerksted.mdx"), "utf8");
    expect(checkContent(contentTree(dir), work).problems.map(formatProblem)).toEqual([]);
    const { scores } = standaloneInterventionSchema.parse(parse(text.split("---")[1]!));
    expect(Object.keys(scores)).toEqual(["virkning", "beskrivelse"]);
    expect(scores.virkning).toEqual({
      level: 2,
      rationale: "Kilden giver resultattal for 40 unge over to år.",
      basis: [{ publication: "katalog-2022", section: "Oversigt over indsatser" }],
    });
  }, 60_000);

  it.each([
    [["--title=ab"], "--title: title skal være mindst 3 tegn"],
    [["--organisation", "Foo\nbar: x"], "--organisation: Svaret skal stå på én linje"],
    [["--source-url", "javascript:alert(1)"], "»javascript:«"],
    [["--source-url", "http://example.org/"], "http:// er ikke krypteret"],
    [["--source-url", "https://example.org/a b"], "indeholder et mellemrum"],
    [["--source-title", "Titel \u202e"], "bidi-styretegn"],
    [["--reviewed", "2023-02-30"], "2023-02-30 er ikke en dato, der findes i kalenderen"],
  ])("refuses %j before writing anything", (bad, message) => {
    const dir = tree(`refused-${bad.join("-").replace(/[^a-z0-9]+/gi, "-")}`);
    const flags: Record<string, string> = {
      "--title": "Unge i gang",
      "--municipality": "Randers",
      "--phase": "efter-grundskolen",
      "--summary": answers.summary!,
      "--focus": "At prøve kommandoen af.",
      "--target-group": "Unge i testdata, 15–25 år.",
      "--target-tags": "mistrivsel",
      "--anchoring": "jobcenter",
      "--source": "url",
      "--source-url": "https://example.org/kilde",
      "--source-title": "En kilde",
    };
    const [flag, value] = bad[0]!.includes("=") ? bad[0]!.split("=") : [bad[0]!, bad[1]!];
    flags[flag!] = value!;
    const result = run(dir, [...Object.entries(flags).map(([name, text]) => `${name}=${text}`), "--yes"]);
    expect(result.status, result.stdout).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readdirSync(join(dir, "interventions"))).toEqual(["skub.mdx"]);
    expect(readFileSync(join(dir, "links.toml"), "utf8")).toBe(readFileSync("content/links.toml", "utf8"));
  });

  it("stops without writing when the input ends early", () => {
    const dir = tree("aborted");
    const result = run(dir, [], "Halvfærdig indsats\n");
    expect(result.status).toBe(130);
    expect(result.stderr).toContain("Afbrudt");
    expect(readFileSync(join(dir, "links.toml"), "utf8")).toBe(readFileSync("content/links.toml", "utf8"));
  });
});
