/**
 * An editor's path end to end, in a temp copy of content/: `npm run new` writes an entry that passes
 * `npm run check` and the build, shows up as a page with its edit link and in the JSON and CSV, and
 * a second run with the same name is refused.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMdxFiles } from "../../scripts/lib/content-files.ts";
import { editUrl } from "../../src/lib/site/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { parseCsv } from "../support/csv.ts";

const work = mkdtempSync(join(tmpdir(), "lp-new-"));
const content = join(work, "content");
const dist = join(work, "dist");
const env = { ...process.env, LP_CONTENT_DIR: content, NO_COLOR: "1", FORCE_COLOR: "0" };
const run = (script: string, args: string[] = []) =>
  spawnSync(process.execPath, [script, ...args], { encoding: "utf8", env, timeout: 240_000 });

const SLUG = "unge-i-gang-paa-aeroe";
const FLAGS = [
  ["--title", "Unge i gang på Ærø"],
  ["--summary", "En indsats, der kun findes i denne test, så npm run new kan prøves fra ende til anden."],
  ["--municipality", "Ærø, Svendborg"],
  ["--responsible", "Ungeenheden, Ærø Kommune"],
  ["--contact", "https://www.aeroekommune.dk/ungeenheden"],
  ["--focus", "At vise, at en ny indsats kan oprettes uden at kende filformatet."],
  ["--target-group", "Unge i testdata mellem 16 og 24 år."],
  ["--target-tags", "Psykisk sårbare, ledige-unge"],
  ["--anchoring", "jobcenter"],
  ["--phase", "Efter grundskolen"],
  ["--source", "url"],
  ["--source-url", "https://example.org/unge-i-gang"],
  ["--source-title", "Unge i gang"],
  ["--source-publisher", "Ærø Kommune"],
].flat();

let created: ReturnType<typeof run>;
let built: ReturnType<typeof run>;

beforeAll(() => {
  cpSync("content", content, { recursive: true });
  created = run("scripts/new-intervention.ts", [...FLAGS, "--yes"]);
  if (created.status === 0) built = run("scripts/build-with-content.ts", [content, dist]);
  // A whole build of the real catalogue; site test files run side by side, so allow for a busy machine.
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("npm run new", () => {
  it("writes a commented skeleton with the answers and a new link", () => {
    expect(created.status, created.stderr).toBe(0);
    const text = readFileSync(join(content, "interventions", `${SLUG}.mdx`), "utf8");
    expect(text).toContain("title: Unge i gang på Ærø");
    expect(text).toContain("municipalities: [aeroe, svendborg]");
    expect(text).toContain("tags: [psykisk-saarbare, ledige-unge]");
    expect(text).toContain("phase: efter-grundskolen");
    expect(text).toContain(`  - link: ${SLUG}`);
    expect(text).toContain("# results:");
    expect(text).toContain("responsible: Ungeenheden, Ærø Kommune");
    expect(text).toContain("contact: https://www.aeroekommune.dk/ungeenheden");
    expect(text).toMatch(/\{\/\*[\s\S]*Skriv med egne ord[\s\S]*\*\/\}/);
    expect(text).toContain("## Sådan arbejder indsatsen");
    const links = readFileSync(join(content, "links.toml"), "utf8");
    expect(links).toContain(
      `[${SLUG}]\ntitle = "Unge i gang"\npublisher = "Ærø Kommune"\nurl = "https://example.org/unge-i-gang"`,
    );
    expect(created.stdout).toContain(routes.intervention(SLUG));
  });

  it("passes npm run check", () => {
    const check = run("scripts/check-content.ts");
    expect(check.status, check.stderr).toBe(0);
    const count = listMdxFiles(join(content, "interventions")).length;
    expect(check.stdout).toContain(`${count} indsatser`);
  });

  it("refuses the same name again, and a misspelt vocabulary value with a suggestion", () => {
    const again = run("scripts/new-intervention.ts", [...FLAGS, "--yes"]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("En indsats med navnet »Unge i gang på Ærø« findes allerede");
    const sameSlug = run("scripts/new-intervention.ts", [
      ...FLAGS,
      "--title",
      "Unge i gang på Ærø!",
      "--yes",
    ]);
    expect(sameSlug.status).toBe(2);
    const typo = run("scripts/new-intervention.ts", [
      ...FLAGS,
      "--title",
      "Noget andet",
      "--phase",
      "fastholdelsen",
      "--yes",
    ]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('--phase: "fastholdelsen" er ikke en gyldig fase');
    expect(typo.stderr).toContain('Mente du: "fastholdelse"?');
    expect(existsSync(join(content, "interventions", "noget-andet.mdx"))).toBe(false);
  });

  it("builds, with a page that shows the entry, its source link and its edit link", () => {
    expect(built.status, `${built.stdout}\n${built.stderr}`).toBe(0);
    const html = readFileSync(join(dist, "indsatser", SLUG, "index.html"), "utf8");
    expect(html).toContain("<h1");
    expect(html).toContain("Unge i gang på Ærø");
    expect(html).toContain('href="https://example.org/unge-i-gang"');
    expect(html).toContain(`href="${editUrl(SLUG)}"`);
    expect(html).not.toContain("Skriv beskrivelsen");
  });

  it("is in the JSON and the CSV", () => {
    const json = JSON.parse(readFileSync(join(dist, "data", "indsatser.json"), "utf8")) as {
      count: number;
      entries: { id: string; data: { title: string } }[];
    };
    const count = listMdxFiles(join(content, "interventions")).length;
    expect(json.count).toBe(count);
    expect(json.entries.find((entry) => entry.id === SLUG)?.data.title).toBe("Unge i gang på Ærø");
    const [header, ...rows] = parseCsv(readFileSync(join(dist, "data", "indsatser.csv"), "utf8"));
    expect(rows).toHaveLength(count);
    const row = rows.find((cells) => cells[header!.indexOf("id")] === SLUG);
    expect(row?.[header!.indexOf("municipalityNames")]).toBe("Ærø Kommune|Svendborg Kommune");
  });
});
