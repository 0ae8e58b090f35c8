/**
 * Issue 21 let the build generate files differently at scale, on one condition: every URL the site published
 * before still answers, or redirects. This reads the list of those URLs (tests/fixtures/published-urls.txt) and
 * checks each against the built site.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DIST, requireBuild } from "../support/dist.ts";

requireBuild();

const published = readFileSync(new URL("../fixtures/published-urls.txt", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.startsWith("/"));

/** The file a static host serves for a URL path. */
const fileFor = (path: string) => join(DIST, path.endsWith("/") ? `${path}index.html` : path);

/** A page that only forwards: Astro's redirect pages carry a meta refresh and a canonical link. */
const redirectTarget = (html: string) => /<meta http-equiv="refresh" content="0;url=([^"]+)"/.exec(html)?.[1];

describe("every URL published before issue 21", () => {
  it("is a list of the site's pages, data files and feeds", () => {
    expect(published.length).toBeGreaterThan(200);
    expect(published).toContain("/indsatser/energi-til-hinanden/");
    expect(published).toContain("/data/indsatser/energi-til-hinanden.json");
  });

  it("still answers, as the same kind of file or as a redirect to a page that exists", () => {
    const missing = published.filter((path) => {
      const file = fileFor(path);
      if (!existsSync(file)) return true;
      if (!path.endsWith("/")) return false;
      const target = redirectTarget(readFileSync(file, "utf8"));
      return target !== undefined && !existsSync(fileFor(new URL(target, "https://x.invalid").pathname));
    });
    expect(missing, `URLs that no longer answer:\n${missing.join("\n")}`).toEqual([]);
  });
});
