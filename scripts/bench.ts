/**
 * Scale benchmark: generates synthetic catalogues (scripts/bench/synthetic-catalogue.ts), builds each with
 * scripts/build-with-content.ts as a child process, and reports build time, CPU, peak memory, a per-phase profile
 * (scripts/bench/build-profile.ts), output sizes, the largest HTML page and, in headless Chromium, the time and
 * bytes until the first search results appear. Each size is also built as the bare floor
 * (scripts/bench/floor-project.ts: Astro + MDX + Pagefind, one page per entry), and our build is reported as a
 * ratio to it. The bench budget (BENCH_BUDGETS in scripts/bench/budgets.ts) is checked at its size; the command
 * fails when the build is over it.
 *
 * With `--starlight <dir>` (a folder with Starlight installed, see scripts/bench/starlight.ts) each size is also
 * built side by side with Astro Starlight from the same entries, alternating ours and Starlight's `--pairs` times
 * (default 2); the size `real` is the checkout's own catalogue against Starlight's defaults. After the last pair,
 * the first entry's page of each build is loaded in Chromium and its bytes compared (scripts/bench/page-weight.ts).
 *
 * Usage: npm run bench [-- --sizes 1000,3000] [--query unge] [--runs 3] [--no-floor] [--keep]
 *                      [--starlight /tmp/starlight --pairs 2 --sizes real,3000]
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "../tests/support/browser.ts";
import { benchTable, dirSize, floorTable, largestHtml, type BenchResult } from "./bench/bench-report.ts";
import { buildProfile, profileTable } from "./bench/build-profile.ts";
import { BENCH_BUDGETS, benchOverBudget, formatBytes } from "./bench/budgets.ts";
import { writeFloorProject } from "./bench/floor-project.ts";
import {
  measureFromHome,
  measureSharedLink,
  measureStarlightSearch,
  type SearchMeasurement,
} from "./bench/measure-search.ts";
import { pageTransfer } from "./bench/page-weight.ts";
import { runMeasured } from "./bench/process-stats.ts";
import { serveStatic } from "./lib/static-server.ts";
import { writeSyntheticCatalogue } from "./bench/synthetic-catalogue.ts";
import {
  searchTable,
  buildStarlight,
  entryPageTable,
  sideBySideTable,
  writeStarlightProject,
  type SideBySide,
} from "./bench/starlight.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,3000" },
    query: { type: "string", default: "unge" },
    runs: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
    "no-floor": { type: "boolean", default: false },
    starlight: { type: "string" },
    pairs: { type: "string", default: "2" },
  },
});
/** "real" is the checkout's own catalogue; it is only built side by side with Starlight. */
const REAL = "real";
const sizeNames = values.sizes.split(",").map((size) => size.trim());
const sizes = sizeNames.filter((size) => size !== REAL).map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  console.error(
    `--sizes must be whole numbers or "real", separated by commas, e.g. real,1000,10000 (got "${values.sizes}").`,
  );
  process.exit(2);
}
if (sizeNames.includes(REAL) && !values.starlight) {
  console.error(`--sizes real needs --starlight <dir>: the real catalogue is only built side by side.`);
  process.exit(2);
}
const runs = Number(values.runs);

/**
 * A copy of the project's build inputs under tmp/, so the benchmark builds never share the checkout's .astro/
 * folder with a build, test or `astro check` running at the same time (they would overwrite each other's
 * generated modules). Inside the checkout, so packages still resolve from its node_modules/.
 */
function isolatedProject(): string {
  mkdirSync("tmp", { recursive: true });
  const project = mkdtempSync(join("tmp", "bench-project-"));
  for (const item of ["astro.config.mjs", "tsconfig.json", "package.json", "src", "scripts", "public"]) {
    cpSync(item, join(project, item), { recursive: true });
  }
  return project;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

async function searchTiming(dist: string): Promise<BenchResult["search"]> {
  const site = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const timings = [];
    for (let run = 0; run < runs; run += 1)
      timings.push(await measureSharedLink(browser, site.url, values.query));
    return { ms: median(timings.map((t) => t.ms)), bytes: median(timings.map((t) => t.bytes)) };
  } finally {
    await browser.close();
    await site.close();
  }
}

/** The bare floor build of the same content, in a throwaway project inside the checkout (for node_modules). */
async function floorBuild(content: string, entries: number) {
  mkdirSync("tmp", { recursive: true });
  const floor = resolve(mkdtempSync(join("tmp", "bench-floor-")));
  try {
    writeFloorProject(floor);
    const astro = resolve("node_modules/astro/bin/astro.mjs");
    const build = await runMeasured(process.execPath, [astro, "build", "--root", floor], floor, {
      ...process.env,
      FLOOR_CONTENT_DIR: content,
      ASTRO_TELEMETRY_DISABLED: "1",
    });
    const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1] ?? 0);
    if (build.code !== 0 || pages < entries) {
      throw new Error(`The floor build failed or built ${pages} of ${entries} pages:\n${build.output}`);
    }
    return { ms: build.wallMs, cpuSeconds: build.cpuSeconds, peakRssBytes: build.peakRssBytes };
  } finally {
    rmSync(floor, { recursive: true, force: true });
  }
}

async function benchOne(entries: number, project: string): Promise<BenchResult> {
  const work = mkdtempSync(join(tmpdir(), `lp-bench-${entries}-`));
  try {
    const content = join(work, "content");
    const dist = join(work, "dist");
    const generated = writeSyntheticCatalogue(content, entries);
    console.log(
      `${entries} entries: generated ${generated.words.toLocaleString("en")} words of body text; building …`,
    );
    const load = loadavg()[0]!;
    const build = await runMeasured(
      process.execPath,
      ["scripts/build-with-content.ts", content, dist],
      project,
      { ...process.env, LP_BUILD_LOG_LEVEL: "info" },
    );
    if (build.code !== 0) throw new Error(`The build of ${entries} entries failed:\n${build.output}`);
    const html = largestHtml(dist);
    const floor = values["no-floor"] ? undefined : await floorBuild(content, entries);
    const result: BenchResult = {
      entries,
      pages: html.pages,
      buildMs: build.wallMs,
      cpuSeconds: build.cpuSeconds,
      load,
      profile: buildProfile(build.lines, build.wallMs),
      floor,
      peakRssBytes: build.peakRssBytes,
      distBytes: dirSize(dist),
      pagefindBytes: dirSize(join(dist, "pagefind")),
      largestHtml: html,
      search: await searchTiming(dist),
    };
    console.log(
      `${entries} entries: ${(build.wallMs / 1000).toFixed(1)} s, peak ${formatBytes(build.peakRssBytes)}` +
        (floor ? `; floor ${(floor.ms / 1000).toFixed(1)} s, peak ${formatBytes(floor.peakRssBytes)}.` : "."),
    );
    return result;
  } finally {
    if (values.keep) console.log(`Kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** `runs` cold visits to a served build; the one with the median bytes. */
async function searchRuns(
  dist: string,
  visit: (siteUrl: string) => Promise<SearchMeasurement>,
): Promise<SearchMeasurement> {
  const site = await serveStatic(dist);
  try {
    const measured: SearchMeasurement[] = [];
    for (let run = 0; run < runs; run += 1) measured.push(await visit(site.url));
    return [...measured].sort((a, b) => a.bytes - b.bytes)[Math.floor(measured.length / 2)]!;
  } finally {
    await site.close();
  }
}

/**
 * Ours and Starlight's builds of the same entries, alternated so both see the same machine: cold each time
 * (build-with-content.ts gives ours a fresh root and cache; buildStarlight() clears Starlight's).
 */
async function sideBySide(size: string, project: string, starlight: string): Promise<SideBySide> {
  const work = mkdtempSync(join(tmpdir(), `lp-side-${size}-`));
  try {
    const content = size === REAL ? resolve("content") : join(work, "content");
    if (size !== REAL) writeSyntheticCatalogue(content, Number(size));
    const first = readdirSync(join(content, "interventions"))
      .sort()[0]!
      .replace(/\.mdx$/, "");
    writeStarlightProject(starlight, content, size === REAL ? "defaults" : "two-link", first);
    const row: SideBySide = {
      label: size === REAL ? "real catalogue (Starlight defaults)" : `${size} synthetic (two-link sidebar)`,
      loads: [],
      ours: [],
      starlight: [],
    };
    for (let pair = 0; pair < Number(values.pairs); pair += 1) {
      row.loads.push(loadavg()[0]!);
      // The last pair's output goes before the clock starts, as buildStarlight() clears Starlight's.
      rmSync(join(work, "dist"), { recursive: true, force: true });
      const ours = await runMeasured(
        process.execPath,
        ["scripts/build-with-content.ts", content, join(work, "dist")],
        project,
      );
      if (ours.code !== 0) throw new Error(`Our build of ${size} failed:\n${ours.output}`);
      row.ours.push(ours);
      row.starlight.push(await buildStarlight(starlight));
      console.log(
        `${row.label}, pair ${pair + 1}: ours ${(ours.wallMs / 1000).toFixed(1)} s, ` +
          `Starlight ${(row.starlight.at(-1)!.wallMs / 1000).toFixed(1)} s`,
      );
    }
    // Both builds of the last pair are still on disk: weigh the same entry's page in each.
    const browser = await launchChromium();
    try {
      const path = `/indsatser/${first}/`;
      row.entryPage = {
        path,
        ours: (await pageTransfer(browser, join(work, "dist"), path)).bytes,
        starlight: (await pageTransfer(browser, join(starlight, "dist"), path)).bytes,
      };
      const ours = await searchRuns(join(work, "dist"), (url) => measureFromHome(browser, url, values.query));
      const theirs = await searchRuns(join(starlight, "dist"), (url) =>
        measureStarlightSearch(browser, url, values.query),
      );
      row.search = {
        query: values.query,
        ours: ours.bytes,
        starlight: theirs.bytes,
        oursFragments: ours.files["pagefind fragment"] ?? 0,
        starlightFragments: theirs.files["pagefind fragment"] ?? 0,
      };
    } finally {
      await browser.close();
    }
    return row;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const results: BenchResult[] = [];
const sideBySideRows: SideBySide[] = [];
const project = isolatedProject();
try {
  for (const size of sizes) results.push(await benchOne(size, project));
  if (values.starlight)
    for (const size of sizeNames)
      sideBySideRows.push(await sideBySide(size, project, resolve(values.starlight)));
} finally {
  rmSync(project, { recursive: true, force: true });
}
console.log(
  `\nMachine: ${cpus().length} cores, ${formatBytes(totalmem())} RAM, Node ${process.version}. ` +
    (results.length > 0 ? `Search: /soeg/?q=${values.query}, median of ${runs} cold loads.\n` : ""),
);
if (results.length > 0) console.log(benchTable(results));
if (sideBySideRows.length > 0)
  console.log(
    `\nOurs against Astro Starlight (medians of alternated cold builds):\n\n${sideBySideTable(sideBySideRows)}`,
  );
if (sideBySideRows.some((row) => row.entryPage))
  console.log(
    `\nAn entry page in Chromium, every byte a first visit transfers (gzip as scripts/lib/static-server.ts sends it):\n\n${entryPageTable(sideBySideRows)}`,
  );
if (sideBySideRows.some((row) => row.search))
  console.log(
    `\nSearch from the home page to the first results, every byte (median of ${runs} cold visits):\n\n${searchTable(sideBySideRows)}`,
  );
if (results.some((result) => result.floor)) console.log(`\n${floorTable(results)}`);
if (results.length > 0)
  console.log(
    `\nWhere the build's time goes (wall time per phase, share of the build):\n\n${profileTable(
      results.map((result) => ({
        label: `${result.entries.toLocaleString("en")} entries`,
        profile: result.profile!,
      })),
    )}`,
  );
const over = benchOverBudget(results);
if (over.length > 0) {
  console.error(`\nOver the bench budget (scripts/bench/budgets.ts):\n${over.join("\n")}`);
  process.exitCode = 1;
} else if (results.some((result) => result.entries === BENCH_BUDGETS.entries)) {
  console.log(`\nWithin the bench budget at ${BENCH_BUDGETS.entries.toLocaleString("en")} entries.`);
}
