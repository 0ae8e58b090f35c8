/**
 * Whole builds of hostile content with the early content check switched off
 * (tests/support/astro-without-check.config.mjs), as if someone skipped `npm run check`: the
 * collections' loader, the compile gate and the guard inside the compiler must stop the build by
 * themselves, before any code from content runs or any page is written. And a valid entry written
 * the awkward ways editors' tools write it must build and render safely.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWithContent } from "../support/run-node.ts";

const workDir = mkdtempSync(join(tmpdir(), "lp-hostile-build-"));
/** What the fixtures' code would write if it ran. */
const MARKER = "/tmp/lp-hostile-site-ran-code.txt";
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function build(contentDir: string, name: string, withoutCheck = true) {
  const dist = join(workDir, name, "dist");
  const configFile = withoutCheck ? "tests/support/astro-without-check.config.mjs" : undefined;
  const result = await buildWithContent(contentDir, dist, {
    timeoutMs: 220_000,
    ...(configFile ? { configFile } : {}),
  });
  return { ...result, dist };
}

describe("a build without the content check", () => {
  it("stops on every file it cannot read the one strict way, before anything compiles", async () => {
    const content = join(workDir, "hostile-site");
    cpSync("tests/fixtures/hostile-site", content, { recursive: true });
    symlinkSync("/etc/hostname", join(content, "interventions", "genvej.mdx"));
    // Collections load concurrently and the first that fails ends the build, so this run keeps the
    // hostile files in one collection; the phase variant is built on its own below.
    const phaseVariant = join(workDir, "hostile-phase.md");
    cpSync(join(content, "phases", "fastholdelse.md"), phaseVariant);
    rmSync(join(content, "phases", "fastholdelse.md"));
    rmSync(MARKER, { force: true });
    const { status, output, dist } = await build(content, "hostile");
    expect(status, output).not.toBe(0);
    const dir = `${content}/interventions`;
    for (const [file, line] of [
      ["fire-streger", '"----"'],
      ["streg-x", '"---x"'],
      ["tabulator", '"---\\t"'],
      ["streg-mellemrum-streg", '"--- -"'],
    ]) {
      expect(output).toContain(`${dir}/${file}.mdx:23  frontmatter: Linjen ${line} afslutter felterne`);
    }
    expect(output).toContain(`${dir}/forkert-endelse.md  filnavn: Filen ville ikke blive vist på sitet`);
    expect(output).toContain(`${dir}/genvej.mdx  fil: Er en genvej (symlink)`);
    expect(output).toContain(`${dir}/parenteser.mdx:25  brødtekst: Parenteser (, [ og { ligger mere end 64`);
    expect(existsSync(MARKER), "content ran code during the build").toBe(false);
    expect(existsSync(join(dist, "index.html"))).toBe(false);

    const phaseSite = join(workDir, "hostile-phase-site");
    cpSync("tests/fixtures/scored-site", phaseSite, { recursive: true });
    cpSync(phaseVariant, join(phaseSite, "phases", "fastholdelse.md"));
    const phase = await build(phaseSite, "hostile-phase");
    expect(phase.status, phase.output).not.toBe(0);
    expect(phase.output).toContain(
      `${phaseSite}/phases/fastholdelse.md:4  frontmatter: Linjen "----" afslutter felterne`,
    );
    expect(existsSync(MARKER), "a phase file ran code during the build").toBe(false);
  }, 480_000);

  it("stops on a symlinked links.toml and on files no collection reads", async () => {
    const content = join(workDir, "root-site");
    cpSync("tests/fixtures/scored-site", content, { recursive: true });
    rmSync(join(content, "links.toml"));
    symlinkSync(join(process.cwd(), "tests/fixtures/scored-site/links.toml"), join(content, "links.toml"));
    cpSync("tests/fixtures/valid-entry.mdx", join(content, "evil.mdx"));
    cpSync(join(content, "interventions"), join(content, "Interventions"), { recursive: true });
    const { status, output, dist } = await build(content, "root");
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      `${content}/links.toml  fil: Skal være en almindelig fil, ikke en genvej (symlink)`,
    );
    expect(output).toContain(`${content}/evil.mdx  fil: Filen bliver ikke læst`);
    expect(output).toContain(`${content}/Interventions  mappe: Mappen bliver ikke læst`);
    expect(existsSync(join(dist, "index.html"))).toBe(false);
  }, 240_000);

  it("stops code in a body with a correct frontmatter inside the MDX compiler", async () => {
    rmSync(MARKER, { force: true });
    const { status, output, dist } = await build("tests/fixtures/hostile-body-site", "body");
    expect(status, output).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/hostile-body-site/interventions/kode.mdx:26  brødtekst: Linjen »import { writeFileSync } from "node:fs";« henter kode ind',
    );
    expect(existsSync(MARKER), "content ran code during the build").toBe(false);
    expect(existsSync(join(dist, "index.html"))).toBe(false);
  }, 240_000);
});

describe("valid content written awkwardly", () => {
  let built: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    built = await build("tests/fixtures/tricky-site", "tricky", false);
  }, 240_000);
  const page = () => readFileSync(join(built.dist, "indsatser", "tricky", "index.html"), "utf8");

  it("builds with a byte-order mark and CRLF line endings", () => {
    expect(built.status, built.output).toBe(0);
    expect(page()).toContain("Testindhold med");
  });

  it("shows the title in one Unicode form (NFC)", () => {
    expect(page()).toContain("Gyldig testindsats med Ærø og café");
    expect(page()).not.toContain("cafe\u0301");
  });

  it("renders a code block as plain <pre><code> without inline styles, so the CSP allows it", () => {
    expect(page()).toMatch(/<pre[^>]*><code class="language-js">const unge = 42;/);
    expect(page()).not.toMatch(/<(?:pre|code|span)[^>]*\sstyle=/);
  });
});
