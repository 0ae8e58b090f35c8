/** CONTRIBUTING.md and the GitHub templates are documentation that must not drift from the code. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import {
  CONTACT_QUESTIONS,
  NO_PERSONAL_DATA,
  sitePathCheck,
  STALE_NO_PERSONAL_DATA,
  STALE_QUESTIONS,
} from "../../src/lib/catalogue/index.ts";
import { ISSUE_FORMS, PAGE_FIELD } from "../../src/lib/site/index.ts";
import { checkContent, contentTree, formatProblem } from "../../src/lib/check/index.ts";
import { readLinks } from "../../scripts/lib/content-files.ts";
import { phaseField, standaloneScoreSchema } from "../../src/lib/schema/index.ts";
import { ELEMENT_KEYS, PUBLICATION_IDS, VOCABULARIES, PHASES } from "../../src/lib/vocabulary/index.ts";

const guide = readFileSync("CONTRIBUTING.md", "utf8");
const work = mkdtempSync(join(tmpdir(), "lp-contributing-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The text under a heading, up to the next heading of any level. */
function section(heading: string): string {
  const start = guide.indexOf(`\n${heading}\n`);
  expect(start, `CONTRIBUTING.md has no "${heading}"`).toBeGreaterThan(-1);
  const rest = guide.slice(start + heading.length + 2);
  const end = rest.search(/\n#{1,6} /);
  return end === -1 ? rest : rest.slice(0, end);
}

const codeBlocks = (language: string) =>
  [...guide.matchAll(new RegExp("```" + language + "\\n([\\s\\S]*?)```", "g"))].map((match) => match[1]!);

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\- ]/gu, "")
    .replaceAll(" ", "-");

describe("CONTRIBUTING.md", () => {
  it.each(VOCABULARIES.filter((vocabulary) => vocabulary.anchor !== "kommuner").map((v) => [v.title, v]))(
    "lists exactly the current %s with their names",
    (_title, vocabulary) => {
      const rows = [...section(`### ${vocabulary.title}`).matchAll(/^\| `([^`]+)` *\| (.+?) *\|$/gm)].map(
        (match) => ({
          value: match[1],
          label: match[2]!.trim(),
        }),
      );
      expect(rows).toEqual(vocabulary.values.map(({ value, label }) => ({ value, label })));
    },
  );

  it("has a template that passes npm run check as it stands", () => {
    const [template] = codeBlocks("mdx");
    expect(template).toBeDefined();
    const dir = join(work, "template");
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    writeFileSync(join(dir, "links.toml"), readFileSync("content/links.toml", "utf8"));
    writeFileSync(join(dir, "interventions", "navnet-paa-indsatsen.mdx"), template!);
    expect(checkContent(contentTree(dir), work).problems.map(formatProblem)).toEqual([]);
  });

  it("cites only link ids and publications that exist in its YAML examples", () => {
    const linkIds = new Set(Object.keys(readLinks("content/links.toml")));
    const yaml = codeBlocks("yaml").join("\n");
    for (const [, id] of yaml.matchAll(/link: ([\w-]+)/g)) expect(linkIds.has(id!), id).toBe(true);
    for (const [, id] of yaml.matchAll(/publication: ([\w-]+)/g)) expect(PUBLICATION_IDS).toContain(id);
  });

  it("has assessment examples that pass the schema, each with level, rationale and basis", () => {
    // The error catalogue's wrong examples are wrong on purpose; it has its own test below.
    const catalogue = guide.slice(guide.indexOf("\n## Fejlkatalog\n"));
    const examples = codeBlocks("yaml").filter(
      (block) => block.startsWith("scores:") && !catalogue.includes(block),
    );
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const block of examples) {
      const { scores } = parseYaml(block) as { scores: Record<string, unknown> };
      for (const [element, score] of Object.entries(scores)) {
        expect(ELEMENT_KEYS, element).toContain(element);
        const result = standaloneScoreSchema.safeParse(score);
        expect(result.success, `${element}: ${JSON.stringify(result.error?.issues)}`).toBe(true);
      }
    }
    expect(section("## Vurdér med rubrikken")).toContain("src/lib/vocabulary/rubric.ts");
  });

  it("quotes the check's real message in its example", () => {
    const result = phaseField.safeParse("efter-grundskole");
    expect(result.success).toBe(false);
    expect(guide).toContain(`  phase: ${result.error!.issues[0]!.message}`);
  });

  it("links only to anchors and files that exist", () => {
    const anchors = new Set([...guide.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchor(match[1]!)));
    // Links inside code blocks are examples of what editors write, not links of this guide.
    let inCode = false;
    const prose = guide
      .split("\n")
      .filter((line) => {
        if (line.startsWith("```")) inCode = !inCode;
        return !inCode && !line.startsWith("```");
      })
      .join("\n");
    for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (target!.startsWith("#")) expect(anchors, target).toContain(target!.slice(1));
      else if (!/^[a-z]+:/.test(target!)) expect(existsSync(target!.replace(/#.*$/, "")), target).toBe(true);
    }
  });
});

describe("GitHub", () => {
  const workflow = parseYaml(readFileSync(".github/workflows/test.yml", "utf8")) as {
    on: { pull_request: unknown; push: { branches: string[] } };
    jobs: { test: { steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] } };
  };
  const steps = workflow.jobs.test.steps;

  it("runs npm test on pull requests and pushes to main, with Node 20+ and Debian's Chromium", () => {
    expect(workflow.on).toHaveProperty("pull_request");
    expect(workflow.on.push.branches).toContain("main");
    const node = steps.find((step) => step.uses?.startsWith("actions/setup-node"));
    expect(Number(node?.with?.["node-version"])).toBeGreaterThanOrEqual(20);
    expect(steps.some((step) => step.run?.includes("apt-get install") && step.run.includes("chromium"))).toBe(
      true,
    );
    expect(steps.some((step) => step.run === "npm test")).toBe(true);
  });

  it("builds pull requests with least privilege: read-only token, no secrets for the project's code, no kept credentials", () => {
    const raw = readFileSync(".github/workflows/test.yml", "utf8");
    const full = parseYaml(raw) as {
      on: Record<string, unknown>;
      permissions: unknown;
      jobs: Record<string, unknown>;
    };
    expect(Object.keys(full.on)).not.toContain("pull_request_target");
    expect(full.permissions).toEqual({ contents: "read" });
    expect((workflow.jobs.test as { permissions?: unknown }).permissions).toEqual({ contents: "read" });
    for (const step of steps.filter((step) => step.uses?.startsWith("actions/checkout"))) {
      expect(step.with?.["persist-credentials"], JSON.stringify(step)).toBe(false);
    }
    for (const step of steps.filter((step) => step.run)) {
      expect(JSON.stringify(step), "a step that runs project code sees a secret").not.toMatch(
        /secrets\.|github\.token/,
      );
    }
    expect(guide).toContain("## Hvorfor indhold behandles som utroværdigt");
  });

  it("checks the project and ../shared out side by side, so copycheck finds ../shared", () => {
    const paths = steps
      .filter((step) => step.uses?.startsWith("actions/checkout"))
      .map((step) => step.with?.["path"]);
    expect(paths).toEqual(["lovende-praksis", "shared"]);
  });

  it("offers the catalogue's phases in the issue form for suggesting an intervention", () => {
    const form = parseYaml(readFileSync(".github/ISSUE_TEMPLATE/foreslaa-en-indsats.yml", "utf8")) as {
      body: { id?: string; attributes: { options?: string[] } }[];
    };
    const phase = form.body.find((field) => field.id === "fase");
    expect(phase?.attributes.options).toEqual([...Object.values(PHASES).map((p) => p.label), "Ved ikke"]);
  });

  it.each([
    ["stale", STALE_QUESTIONS, STALE_NO_PERSONAL_DATA],
    ["contact", CONTACT_QUESTIONS, NO_PERSONAL_DATA],
  ] as const)(
    "asks in the %s issue form what the e-mail asks, with the page field a link fills in",
    (form, questions, warning) => {
      const { body } = parseYaml(readFileSync(`.github/ISSUE_TEMPLATE/${ISSUE_FORMS[form]}`, "utf8")) as {
        body: { type: string; id?: string; attributes: { label?: string; value?: string } }[];
      };
      const fields = body.filter((field) => field.type !== "markdown");
      expect(fields[0]?.id).toBe(PAGE_FIELD);
      expect(fields.slice(1).map((field) => field.attributes.label)).toEqual([...questions]);
      expect(body.find((field) => field.type === "markdown")?.attributes.value).toContain(warning);
    },
  );

  it("gives every pull request the review checklist", () => {
    const template = readFileSync(".github/PULL_REQUEST_TEMPLATE.md", "utf8");
    expect(template.match(/^- \[ \] /gm)?.length).toBeGreaterThanOrEqual(8);
    expect(template).toContain("CONTRIBUTING.md");
  });
});

describe("the error catalogue (Fejlkatalog)", () => {
  const catalogue = guide.slice(
    guide.indexOf("\n## Fejlkatalog\n"),
    guide.indexOf("\n## Tjekliste til gennemgang\n"),
  );
  const entries = catalogue
    .split(/\n### /)
    .slice(1)
    .map((part) => {
      const title = part.split("\n")[0]!;
      const message = /\nBesked: `([^`]+)`/.exec(part)?.[1];
      const example = (label: string) => {
        const match = new RegExp(`\\n${label}:\\n\\n\`\`\`(yaml|mdx|toml)\\n([\\s\\S]*?)\`\`\``).exec(part);
        return match ? { kind: match[1] as "yaml" | "mdx" | "toml", text: match[2]! } : undefined;
      };
      return { title, message, wrong: example("Forkert"), right: example("Rigtigt") };
    });
  const VALID = readFileSync("tests/fixtures/valid-entry.mdx", "utf8");
  const LINKS = readFileSync("tests/fixtures/scored-site/links.toml", "utf8");

  /** The problems `npm run check` gives the valid entry with the example planted in it. */
  function plant(name: string, example: { kind: "yaml" | "mdx" | "toml"; text: string }) {
    const dir = join(work, `catalogue-${name}`);
    mkdirSync(join(dir, "interventions"), { recursive: true });
    mkdirSync(join(dir, "phases"), { recursive: true });
    let entry = VALID;
    let links = LINKS;
    if (example.kind === "yaml") {
      // The example's top-level fields replace the valid entry's, as written: a number such as 0x41
      // or 017 must reach the check in the form the example shows, not re-serialised by a YAML library.
      const [, fields, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(VALID)!;
      const keys = new Set(Object.keys(parseYaml(example.text, { version: "1.2" }) as object));
      const kept: string[] = [];
      let skipping = false;
      for (const line of fields!.split("\n")) {
        const key = /^([A-Za-z_][\w-]*):/.exec(line)?.[1];
        if (key !== undefined) skipping = keys.has(key);
        if (!skipping) kept.push(line);
      }
      entry = `---\n${[...kept, example.text.trimEnd()].join("\n")}\n---\n${body}`;
    } else if (example.kind === "mdx") entry = VALID.replace("Testindhold.", example.text);
    else links = `${LINKS}\n${example.text}`;
    writeFileSync(join(dir, "interventions", "eksempel.mdx"), entry);
    writeFileSync(join(dir, "links.toml"), links);
    return checkContent(contentTree(dir), work, { sitePathCheck }).problems;
  }

  it("has an entry for every round-3 rule, each with the start of its message", () => {
    expect(entries.length).toBeGreaterThanOrEqual(20);
    for (const entry of entries) expect(entry.message, entry.title).toBeDefined();
  });

  it.each(entries.filter((entry) => entry.wrong && entry.right).map((entry) => [entry.title, entry]))(
    "%s: the wrong example gets the message, the right one passes",
    (title, entry) => {
      const name = title.toLowerCase().replace(/[^a-zæøå0-9]+/g, "-");
      const wrong = plant(`${name}-wrong`, entry.wrong!);
      expect(wrong.map((problem) => problem.message).join("\n")).toContain(entry.message);
      expect(plant(`${name}-right`, entry.right!).map(formatProblem)).toEqual([]);
    },
  );
});
