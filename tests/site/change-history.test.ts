/**
 * "Ændringer" on every entry page, from git at build time, and the fallback: a build without git history
 * (here a content folder outside any repository, as from a tarball) succeeds and says the history is
 * unavailable. The hostile-subject and shallow-clone cases are unit-tested in src/lib/open-data/change-history.test.ts.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { afterAll, describe, expect, it } from "vitest";
import { CHANGES_SHOWN } from "../../src/lib/open-data/index.ts";
import { historyUrl, interventionFile } from "../../src/lib/site/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { DIST, readPage, requireBuild } from "../support/dist.ts";
import { buildWithContent } from "../support/run-node.ts";

const catalogue = loadCatalogue();
const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
const shallow = (() => {
  try {
    return git("rev-parse", "--is-shallow-repository") === "true";
  } catch {
    return true;
  }
})();

const work = mkdtempSync(join(tmpdir(), "lp-history-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("change history on entry pages", () => {
  requireBuild();
  const pages = catalogue.map((entry) => ({
    entry,
    document: parseHTML(readPage(`indsatser/${entry.id}`)).document,
  }));

  it.skipIf(shallow)(
    "lists each committed entry's newest changes with dates and a link to the full history",
    () => {
      let checked = 0;
      for (const { entry, document } of pages) {
        const section = document.querySelector("[data-change-history]")!;
        expect(section.getAttribute("data-change-history"), entry.id).toBe("available");
        const log = git("log", "--no-merges", "--follow", "--format=%H", "--", interventionFile(entry.id));
        const hashes = log ? log.split("\n") : [];
        if (hashes.length === 0) continue;
        const shown = [...section.querySelectorAll("[data-change]")].map((li) =>
          li.getAttribute("data-change"),
        );
        expect(shown, entry.id).toEqual(hashes.slice(0, CHANGES_SHOWN));
        expect(section.querySelector("time")!.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(section.querySelector(`a[href="${historyUrl(entry.id)}"]`), entry.id).not.toBeNull();
        checked++;
      }
      expect(checked).toBeGreaterThan(catalogue.length / 2);
    },
  );

  it.skipIf(shallow)(
    "describes each change in Danish, never by the developers' English commit subject",
    () => {
      const subjects = new Map(
        git("log", "--no-merges", "--format=%H%x09%s", "--", "content/interventions")
          .split("\n")
          .map((line) => line.split("\t") as [string, string]),
      );
      const shown = pages.flatMap(({ document }) => [...document.querySelectorAll("[data-change]")]);
      expect(shown.length).toBeGreaterThan(0);
      for (const item of shown) {
        const subject = subjects.get(item.getAttribute("data-change")!);
        expect(subject, item.getAttribute("data-change")!).toBeDefined();
        expect(item.textContent).not.toContain(subject);
        expect(item.querySelector("[data-change-summary]")!.textContent!.trim()).not.toBe("");
      }
    },
  );

  it.runIf(shallow)("says the history is unavailable in a shallow clone", () => {
    for (const { document } of pages) {
      expect(document.querySelector("[data-change-history]")!.getAttribute("data-change-history")).toBe(
        "unavailable",
      );
    }
  });

  it.skipIf(shallow)(
    "dates each feed entry by its last content change when that is newer than the review",
    () => {
      const feed = readFileSync(join(DIST, routes.feed()), "utf8");
      for (const entry of catalogue.slice(0, 5)) {
        const last = git("log", "-1", "--no-merges", "--format=%cI", "--", interventionFile(entry.id));
        const changed = last ? new Date(last) : undefined;
        const expected = changed && changed > entry.data.reviewed ? changed : entry.data.reviewed;
        const block = feed.split("<entry>").find((part) => part.includes(routes.intervention(entry.id)))!;
        const updated = /<updated>([^<]+)<\/updated>/.exec(block)![1]!;
        expect(new Date(updated).getTime(), entry.id).toBe(Math.floor(expected.getTime() / 1000) * 1000);
      }
    },
  );
});

describe("a build without git history", () => {
  it("succeeds and says on the entry page that the history is unavailable", async () => {
    const content = join(work, "content");
    cpSync("tests/fixtures/scored-site", content, { recursive: true });
    const dist = join(work, "dist");
    const result = await buildWithContent(content, dist, { timeoutMs: 180_000 });
    expect(result.status, result.output).toBe(0);
    const html = readFileSync(join(dist, "indsatser", "vurderet", "index.html"), "utf8");
    const { document } = parseHTML(html);
    const section = document.querySelector("[data-change-history]")!;
    expect(section.getAttribute("data-change-history")).toBe("unavailable");
    expect(section.textContent).toMatch(/ikke tilgængelig/);
    expect(section.querySelector("[data-change]")).toBeNull();
  }, 200_000);
});
