/**
 * A per-phase profile of one `astro build`, read from its log at level "info" (scripts/build-with-content.ts with
 * LP_BUILD_LOG_LEVEL=info) with the time each line arrived. Astro prints a line when it starts and ends each
 * step, and one line per written page with the time that page took, so the phases need no hooks in Astro:
 *
 * - start-up and the content check: from the start until content loading begins;
 * - content loading and validation: the collections' loaders (read, parse, schema);
 * - Vite compile: the server and client bundles (MDX compile of every entry, components, CSS, islands);
 * - page rendering, split by route family from the per-page times;
 * - Pagefind indexing, from the integration's own line;
 * - the rest: writing types, the other integrations' build:done work, and shutting down.
 */
import { markdownTable } from "./markdown-table.ts";
import type { TimedLine } from "./process-stats.ts";

export type Phase = { name: string; ms: number };
export type BuildProfile = { totalMs: number; phases: Phase[]; pages: number };

/** Route families, first match wins; `path` is the written file, e.g. /indsatser/x/index.html. */
const FAMILIES: [string, RegExp][] = [
  ["entry pages /indsatser/<id>/", /^\/indsatser\/(?!side\/)[^/]+\/index\.html$/],
  ["per-entry JSON /data/indsatser/<id>.json", /^\/data\/indsatser\/[^/]+\.json$/],
  ["open data (JSON, CSV, feed)", /^\/(data\/[^/]+\.(json|csv)|feed\.xml)$/],
  ["listings /indsatser/, /fase/", /^\/(indsatser|fase)\//],
  [
    "filter pages /kommune/, /maalgruppe/, /forankring/, /region/",
    /^\/(kommune|maalgruppe|forankring|region)\//,
  ],
  ["approach pages /tilgang/", /^\/tilgang\//],
  ["element pages /element/", /^\/element\//],
  ["governance /styring/", /^\/styring\//],
  ["search page /soeg/", /^\/soeg\//],
];
const OTHER_PAGES = "other pages";

export function routeFamily(path: string): string {
  return FAMILIES.find(([, pattern]) => pattern.test(path))?.[0] ?? OTHER_PAGES;
}

/** "12:00:05   ├─ /indsatser/x/index.html (+12ms)" → path and ms. */
const PAGE_LINE = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/;

function at(lines: readonly TimedLine[], pattern: RegExp, from = 0): number | undefined {
  const index = lines.findIndex((line, i) => i >= from && pattern.test(line.text));
  return index === -1 ? undefined : index;
}

export function buildProfile(lines: readonly TimedLine[], totalMs: number): BuildProfile {
  const syncing = at(lines, /\[content\] Syncing content/);
  const synced = at(lines, /\[content\] Synced content/);
  const compiling = at(lines, /Building static entrypoints/);
  const rendering = at(lines, /generating static routes/);
  const rendered = rendering === undefined ? undefined : at(lines, /✓ Completed in/, rendering);
  const pagefindLine = at(lines, /Indexed .* for search in [\d.]+ s/);
  const missing = [syncing, synced, compiling, rendering, rendered].some((index) => index === undefined);
  if (missing) {
    throw new Error("The build log lacks Astro's step lines; build with LP_BUILD_LOG_LEVEL=info.");
  }
  const ms = (index: number) => lines[index]!.ms;
  const phases: Phase[] = [
    { name: "start-up, config and content check", ms: ms(syncing!) },
    { name: "content loading and validation", ms: ms(synced!) - ms(syncing!) },
    { name: "types and build set-up", ms: ms(compiling!) - ms(synced!) },
    { name: "Vite compile (server and client)", ms: ms(rendering!) - ms(compiling!) },
  ];
  // Page times by family; what the per-page times do not cover is rendering overhead.
  const families = new Map<string, number>();
  let pages = 0;
  for (const line of lines.slice(rendering!, rendered!)) {
    const match = PAGE_LINE.exec(line.text);
    if (!match) continue;
    pages += 1;
    const pageMs = Number(match[2]) * (match[3] === "s" ? 1000 : 1);
    const family = routeFamily(match[1]!);
    families.set(family, (families.get(family) ?? 0) + pageMs);
  }
  const renderMs = ms(rendered!) - ms(rendering!);
  const familyMs = [...families.values()].reduce((sum, value) => sum + value, 0);
  // Astro renders several pages at a time (build.concurrency), so page times overlap and can add up to more
  // than the render step took: the families then share the step's wall time in proportion to their page times.
  const scale = familyMs > renderMs ? renderMs / familyMs : 1;
  for (const [name, value] of [...families].sort((a, b) => b[1] - a[1])) {
    phases.push({ name: `render: ${name}`, ms: value * scale });
  }
  phases.push({ name: "render: overhead between pages", ms: Math.max(0, renderMs - familyMs * scale) });
  let pagefindMs = 0;
  if (pagefindLine !== undefined) {
    pagefindMs = Number(/in ([\d.]+) s/.exec(lines[pagefindLine]!.text)![1]) * 1000;
    phases.push({ name: "Pagefind indexing", ms: pagefindMs });
  }
  const accounted = phases.reduce((sum, phase) => sum + phase.ms, 0);
  phases.push({ name: "rest (other build:done hooks, exit)", ms: Math.max(0, totalMs - accounted) });
  return { totalMs, phases, pages };
}

/** One column per build: ms and share of that build's total. */
export function profileTable(columns: { label: string; profile: BuildProfile }[]): string {
  const names: string[] = [];
  for (const { profile } of columns) {
    for (const phase of profile.phases) if (!names.includes(phase.name)) names.push(phase.name);
  }
  const cell = (profile: BuildProfile, name: string) => {
    const phase = profile.phases.find((p) => p.name === name);
    if (!phase) return "–";
    return `${(phase.ms / 1000).toFixed(1)} s (${((phase.ms / profile.totalMs) * 100).toFixed(0)} %)`;
  };
  return markdownTable(
    ["Phase", ...columns.map((column) => column.label)],
    [
      ...names.map((name) => [name, ...columns.map(({ profile }) => cell(profile, name))]),
      ["total", ...columns.map(({ profile }) => `${(profile.totalMs / 1000).toFixed(1)} s`)],
    ],
  );
}
