/**
 * The docs-site generator the issue measures us against: Astro Starlight, built from the same entries.
 * Starlight is not a dependency of this project (it would cost every `npm install`); the bench writes a small
 * project into a folder where it is installed, prepared once with
 *
 *   mkdir /tmp/starlight && cd /tmp/starlight && npm init -y &&
 *   npm install @astrojs/starlight@0.42.4 astro@7.3.5 @astrojs/mdx@8.0.2 pagefind@1.6.0
 *
 * and passed as `npm run bench -- --starlight /tmp/starlight`. Only configuration is written here, as text;
 * none of Starlight's code is copied.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatBytes } from "./budgets.ts";
import { markdownTable } from "./markdown-table.ts";
import { runMeasured, type ProcessStats } from "./process-stats.ts";

/**
 * "defaults": Starlight's own sidebar, generated from every page (how the issue built the 39 real entries);
 * "two-link": a sidebar of two links, since a generated sidebar of thousands of pages is a cost no one would ship.
 */
export type StarlightSidebar = "defaults" | "two-link";

const CONTENT_CONFIG = `import { defineCollection } from "astro:content";
import { docsLoader } from "@astrojs/starlight/loaders";
import { docsSchema } from "@astrojs/starlight/schema";

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

function astroConfig(sidebar: StarlightSidebar, firstEntry: string): string {
  const links =
    sidebar === "two-link"
      ? `, sidebar: [{ label: "Forside", link: "/" }, { label: "Indsatser", link: "/indsatser/${firstEntry}/" }]`
      : "";
  return `import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";

export default defineConfig({ integrations: [starlight({ title: "Lovende praksis"${links} })] });
`;
}

/**
 * Points the Starlight project in `dir` at the interventions in `contentDir` (a symlink, so thousands of files
 * are not copied) and writes its configuration. Fails with a how-to when Starlight is not installed there.
 */
export function writeStarlightProject(
  dir: string,
  contentDir: string,
  sidebar: StarlightSidebar,
  firstEntry: string,
): void {
  if (!existsSync(join(dir, "node_modules", "@astrojs", "starlight", "package.json"))) {
    throw new Error(
      `No Starlight in ${dir}/node_modules. Prepare it once: mkdir ${dir} && cd ${dir} && npm init -y && ` +
        "npm install @astrojs/starlight@0.42.4 astro@7.3.5 @astrojs/mdx@8.0.2 pagefind@1.6.0",
    );
  }
  const docs = join(dir, "src", "content", "docs");
  rmSync(join(dir, "src"), { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  symlinkSync(resolve(contentDir, "interventions"), join(docs, "indsatser"));
  writeFileSync(join(docs, "index.mdx"), "---\ntitle: Lovende praksis\n---\n\nForside.\n");
  writeFileSync(join(dir, "src", "content.config.ts"), CONTENT_CONFIG);
  writeFileSync(join(dir, "astro.config.mjs"), astroConfig(sidebar, firstEntry));
}

/** A cold Starlight build: its caches and output are removed first, as ours are. */
export async function buildStarlight(dir: string): Promise<ProcessStats> {
  for (const cache of ["dist", ".astro", "node_modules/.astro", "node_modules/.vite"])
    rmSync(join(dir, cache), { recursive: true, force: true });
  const build = await runMeasured(
    process.execPath,
    [join(dir, "node_modules", "astro", "bin", "astro.mjs"), "build"],
    dir,
    { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
  );
  if (build.code !== 0) throw new Error(`The Starlight build failed:\n${build.output}`);
  return build;
}

export type SideBySide = {
  label: string;
  /** One-minute load average before each pair. */
  loads: number[];
  ours: ProcessStats[];
  starlight: ProcessStats[];
  /** The first entry's page in Chromium, every byte a first visit transfers (gzip), ours and Starlight's. */
  entryPage?: { path: string; ours: number; starlight: number };
  /** Search from the home page to the first results, bytes (median of the runs), ours and Starlight's. */
  search?: {
    query: string;
    ours: number;
    starlight: number;
    oursFragments: number;
    starlightFragments: number;
  };
};

/** Ours over Starlight's, as "0.94×", or "–" when there is nothing to divide by. */
const ratio = (ours: number, theirs: number, digits = 2) =>
  Number.isFinite(ours / theirs) ? `${(ours / theirs).toFixed(digits)}×` : "–";

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** Medians of alternated builds, ours against Starlight, with the ratios the issue sets goals for. */
export function sideBySideTable(rows: readonly SideBySide[]): string {
  const seconds = (list: ProcessStats[]) => median(list.map((build) => build.wallMs)) / 1000;
  const cpu = (list: ProcessStats[]) => median(list.map((build) => build.cpuSeconds ?? Number.NaN));
  const peak = (list: ProcessStats[]) => median(list.map((build) => build.peakRssBytes));
  return markdownTable(
    [
      "Catalogue",
      "Builds each",
      "Load",
      "Ours: wall s",
      "Starlight: wall s",
      "Ratio wall",
      "Ours: CPU s",
      "Starlight: CPU s",
      "Ratio CPU",
      "Ours: peak",
      "Starlight: peak",
      "Ratio peak",
    ],
    rows.map((row) => [
      row.label,
      String(row.ours.length),
      row.loads.map((load) => load.toFixed(1)).join(", "),
      seconds(row.ours).toFixed(1),
      seconds(row.starlight).toFixed(1),
      ratio(seconds(row.ours), seconds(row.starlight)),
      cpu(row.ours).toFixed(1),
      cpu(row.starlight).toFixed(1),
      ratio(cpu(row.ours), cpu(row.starlight)),
      formatBytes(peak(row.ours)),
      formatBytes(peak(row.starlight)),
      ratio(peak(row.ours), peak(row.starlight)),
    ]),
  );
}

/** Search from the home page to the first results, ours against Starlight (the goal: at most 1.0×). */
export function searchTable(rows: readonly SideBySide[]): string {
  return markdownTable(
    ["Catalogue", "Query", "Ours", "Fragments", "Starlight", "Fragments", "Ratio"],
    rows.flatMap((row) =>
      row.search
        ? [
            [
              row.label,
              row.search.query,
              formatBytes(row.search.ours),
              String(row.search.oursFragments),
              formatBytes(row.search.starlight),
              String(row.search.starlightFragments),
              ratio(row.search.ours, row.search.starlight),
            ],
          ]
        : [],
    ),
  );
}

/** The entry page of each catalogue in Chromium, ours against Starlight (the goal: at most 0.25×). */
export function entryPageTable(rows: readonly SideBySide[]): string {
  return markdownTable(
    ["Catalogue", "Entry page", "Ours", "Starlight", "Ratio"],
    rows.flatMap((row) =>
      row.entryPage
        ? [
            [
              row.label,
              row.entryPage.path,
              formatBytes(row.entryPage.ours),
              formatBytes(row.entryPage.starlight),
              ratio(row.entryPage.ours, row.entryPage.starlight, 3),
            ],
          ]
        : [],
    ),
  );
}
