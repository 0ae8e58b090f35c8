/**
 * Bad content round 3 (issue 22), whole builds: text hidden in a body never reaches any output.
 *
 * - MDX comments are allowed and cut out: a site whose bodies hide planted strings in comments (inline,
 *   on lines of their own, in a heading, a list, a link, a table) builds, and no file the build writes
 *   (pages, /data/ JSON and CSV, feed.xml, the Pagefind index, scripts) carries any of them.
 * - Text no page would show otherwise (unused link definitions and footnotes, code-block text after the
 *   language) is refused: built without `npm run check`, the build stops by itself and writes nothing
 *   that carries the planted strings.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWithContent } from "../support/run-node.ts";

const work = mkdtempSync(join(tmpdir(), "lp-round3-build-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file under `dir` as text; gzipped files (the Pagefind index) unpacked first. */
function outputs(dir: string): { path: string; text: string }[] {
  if (!existsSync(dir)) return [];
  const files: { path: string; text: string }[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
        files.push({ path, text: raw.toString("utf8") });
      }
    }
  };
  walk(dir);
  return files;
}

const carrying = (dir: string, planted: RegExp) =>
  outputs(dir)
    .filter((file) => planted.test(file.text))
    .map((file) => file.path);

describe("MDX comments", () => {
  const site = "tests/fixtures/round3/comments-site";
  const dist = join(work, "comments", "dist");
  let status: number | null;
  let output: string;
  beforeAll(async () => {
    ({ status, output } = await buildWithContent(site, dist, { timeoutMs: 240_000 }));
  }, 260_000);

  it("build, with the visible text on the page and in the data", () => {
    expect(status, output).toBe(0);
    const page = readFileSync(join(dist, "indsatser", "kommentarer", "index.html"), "utf8");
    expect(page).toContain("SYNLIG-TEKST om indsatsen");
    expect(page).toContain("<code>{/* vist som kode */}</code>");
    const json = JSON.parse(readFileSync(join(dist, "data", "indsatser.json"), "utf8")) as {
      entries: { id: string; body?: string }[];
    };
    const body = json.entries.find((entry) => entry.id === "kommentarer")!.body!;
    expect(body).toContain("SYNLIG-TEKST om indsatsen");
    expect(body).toContain("`{/* vist som kode */}`");
    expect(body).not.toContain("{/*\n");
  });

  it("leave no planted string in any output: pages, JSON, CSV, feed, search index", () => {
    const files = outputs(dist);
    for (const path of ["data/indsatser.json", "data/indsatser.csv", "feed.xml", "pagefind"]) {
      expect(files.some((file) => file.path.startsWith(join(dist, path)))).toBe(true);
    }
    expect(carrying(dist, /PLANTET/)).toEqual([]);
  });

  it("show a mailto: contact by its address alone, with the subject only in the link", () => {
    const page = readFileSync(join(dist, "indsatser", "kommentarer", "index.html"), "utf8");
    expect(page).toContain('href="mailto:unge@randers.dk?subject=Henvisning%20af%20en%20ung"');
    expect(page).toMatch(/>unge@randers\.dk</);
  });
});

describe("text no page would show", () => {
  it("stops a build without the check, and nothing written carries it", async () => {
    const site = join(work, "hidden-site");
    cpSync("tests/fixtures/scored-site", site, { recursive: true });
    mkdirSync(join(site, "phases"), { recursive: true });
    for (const name of ["body-unused-definition", "body-unused-footnote", "body-code-meta"]) {
      // Each under its own title, so the build gets as far as compiling the bodies.
      const text = readFileSync(`tests/fixtures/round3/${name}.mdx`, "utf8");
      writeFileSync(join(site, "interventions", `${name}.mdx`), text.replace("Gyldig testindsats", name));
    }
    const dist = join(work, "hidden", "dist");
    const { status, output } = await buildWithContent(site, dist, {
      timeoutMs: 240_000,
      configFile: "tests/support/astro-without-check.config.mjs",
    });
    expect(status, output).not.toBe(0);
    expect(output).toMatch(/body-(?:unused-definition|unused-footnote|code-meta)\.mdx:\d+ {2}brødtekst: /);
    expect(output).toContain("ville blive offentliggjort med brødteksten i de åbne data");
    expect(carrying(dist, /PLANTET/)).toEqual([]);
  }, 260_000);
});
