import { describe, expect, it } from "vitest";
import { buildProfile, profileTable, routeFamily } from "./build-profile.ts";

const LOG = [
  [500, "12:00:00 [content] Syncing content"],
  [1500, "12:00:01 [content] Synced content"],
  [1700, "12:00:01 [build] Building static entrypoints..."],
  [5700, " generating static routes "],
  [5800, "12:00:05   ├─ /indsatser/a/index.html (+300ms) "],
  [6100, "12:00:06   ├─ /indsatser/b/index.html (+1.2s) "],
  [6200, "12:00:06   ├─ /data/indsatser/a.json (+100ms) "],
  [6300, "12:00:06   ├─ /kommune/aarhus/index.html (+50ms) "],
  [8000, "12:00:08 ✓ Completed in 2.3s."],
  [9000, "12:00:09 [lovende-praksis:pagefind] Indexed 2 of 9 pages for search in 0.8 s."],
].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

describe("buildProfile", () => {
  it("splits a build log into phases and rendering into route families", () => {
    const profile = buildProfile(LOG, 10_000);
    const ms = Object.fromEntries(profile.phases.map((phase) => [phase.name, phase.ms]));
    expect(profile.pages).toBe(4);
    expect(ms["start-up, config and content check"]).toBe(500);
    expect(ms["content loading and validation"]).toBe(1000);
    expect(ms["Vite compile (server and client)"]).toBe(4000);
    expect(ms["render: entry pages /indsatser/<id>/"]).toBe(1500);
    expect(ms["render: per-entry JSON /data/indsatser/<id>.json"]).toBe(100);
    expect(ms["render: overhead between pages"]).toBe(2300 - 1650);
    expect(ms["Pagefind indexing"]).toBe(800);
    const sum = profile.phases.reduce((total, phase) => total + phase.ms, 0);
    expect(sum).toBe(10_000);
    expect(profileTable([{ label: "4 entries", profile }])).toContain("| Pagefind indexing");
  });

  it("shares the render step among the families when pages rendered at the same time", () => {
    // Four pages at a time: their own times (4,200 ms) add up to more than the step took (2,300 ms).
    const overlapping = LOG.map((line) =>
      line.text.includes("/indsatser/b/") ? { ...line, text: line.text.replace("+1.2s", "+3.75s") } : line,
    );
    const profile = buildProfile(overlapping, 10_000);
    const ms = Object.fromEntries(profile.phases.map((phase) => [phase.name, phase.ms]));
    expect(ms["render: entry pages /indsatser/<id>/"]).toBeCloseTo((4050 / 4200) * 2300);
    expect(ms["render: overhead between pages"]).toBeCloseTo(0);
    const sum = profile.phases.reduce((total, phase) => total + phase.ms, 0);
    expect(sum).toBeCloseTo(10_000);
  });

  it("says how to get a log it can read", () => {
    expect(() => buildProfile([{ ms: 1, text: "Complete!" }], 1)).toThrow(/LP_BUILD_LOG_LEVEL=info/);
  });

  it("tells entry pages from listings and filter pages", () => {
    expect(routeFamily("/indsatser/x/index.html")).toMatch(/^entry pages/);
    expect(routeFamily("/indsatser/side/2/index.html")).toMatch(/^listings/);
    expect(routeFamily("/maalgruppe/ledige-unge/index.html")).toMatch(/^filter pages/);
    expect(routeFamily("/data/indsatser.csv")).toMatch(/^open data/);
    expect(routeFamily("/om/index.html")).toBe("other pages");
  });
});
