/**
 * The living catalogue in the built site: three dates on every entry page, the aged status the same on pages,
 * cards, search filters and the search index, the stale-report action, and the editors' review list at
 * /gennemgang/ (noindex, outside navigation and search) in the same order as `npm run review`.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DATE_LABELS,
  EMAIL_NOT_SET_UP,
  FIX_LABEL,
  REQUEST_LABEL,
  routes,
  STALE_HEADING,
} from "../../src/lib/catalogue/index.ts";
import { editUrl } from "../../src/lib/site/index.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { DIST, readPage, requireBuild } from "../support/dist.ts";
import { runNode } from "../support/run-node.ts";
import { indexedPages } from "../support/search-index.ts";

const catalogue = loadCatalogue();
const documentOf = (path: string) => parseHTML(readPage(path)).document;
type TextNode = { nodeType: number; textContent: string | null; childNodes: ArrayLike<TextNode> };
/** The node's text with a space between elements, as a reader sees it (dt and dd are not glued). */
function text(node: TextNode | null | undefined): string {
  const parts: string[] = [];
  const walk = (current: TextNode) => {
    if (current.nodeType === 3) parts.push(current.textContent ?? "");
    else Array.from(current.childNodes).forEach(walk);
  };
  if (node) walk(node);
  return parts
    .join(" ")
    .replace(/\s+/g, " ")
    .replace(/ ([,.:])/g, "$1")
    .trim();
}

beforeAll(requireBuild);

/** Every built page's path, for site-wide checks. */
function allPages(dir = DIST, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((item) => {
    const path = prefix ? `${prefix}/${item.name}` : item.name;
    if (item.isDirectory()) return ["_astro", "pagefind", "admin"].includes(path) ? [] : allPages(dir, path);
    return item.name === "index.html" ? [prefix] : [];
  });
}

describe("every entry page", () => {
  it.each(catalogue.map((entry) => [entry.id]))(
    "%s shows the sources' date apart from the review date",
    (id) => {
      const document = documentOf(`indsatser/${id}`);
      const dates = text(document.querySelector("[data-entry-dates]"));
      expect(dates).toMatch(
        new RegExp(
          `^${DATE_LABELS.sources} (Oplysningerne stammer fra \\S+ \\d{4}\\.|Kilden er udateret|Kilderne er udaterede)`,
        ),
      );
      expect(dates).toContain(`${DATE_LABELS.reviewed} `);
      // The status in Fakta and the stale-report action, which needs no script.
      const status = text(document.querySelector("[data-status]"));
      if (document.querySelector('[data-status="igangvaerende"]')) expect(status).toMatch(/^I gang/);
      const stale = document.querySelector("[data-stale-report]")!;
      expect(text(stale.querySelector("h2"))).toBe(STALE_HEADING);
      expect(stale.querySelector("script")).toBeNull();
      expect(stale.querySelector("[data-stale-issue]")!.getAttribute("href")).toMatch(
        /\/issues\/new\?template=foraeldede-oplysninger\.yml&title=/,
      );
      const mail = stale.querySelector("[data-stale-mail]");
      if (process.env["EDITOR_EMAIL"]) {
        expect(mail!.getAttribute("href")).toMatch(
          new RegExp(`^mailto:${process.env["EDITOR_EMAIL"]}\\?subject=`),
        );
      } else {
        // Never a made-up address: the page says e-mail is not set up.
        expect(mail).toBeNull();
        expect(text(stale.querySelector("[data-stale-no-mail]"))).toBe(EMAIL_NOT_SET_UP);
      }
    },
  );

  it("no page presents the review date as »Sidst gennemgået«", () => {
    for (const path of allPages())
      expect(readPage(path), path).not.toMatch(/Sidst gennemgået|Senest gennemgået/);
  });
});

describe("the aged status", () => {
  const statusOnPage = new Map(
    catalogue.map((entry) => [
      entry.id,
      text(documentOf(`indsatser/${entry.id}`).querySelector("[data-status]")),
    ]),
  );

  it("reads the same on the cards as on the entry pages", () => {
    const cards = [...documentOf("indsatser").querySelectorAll("[data-entry]")];
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const id = card.getAttribute("data-entry")!;
      const status = card.querySelector("[data-card-status]");
      if (status) expect(text(status).replace(/^Status: /, ""), id).toBe(statusOnPage.get(id));
      expect(text(card.querySelector("[data-card-dates]")), id).toContain(`${DATE_LABELS.sources}: `);
    }
  });

  it("is offered as a search filter whose label says it, and the search index files each entry under it", () => {
    const fieldset = documentOf("soeg").querySelector('fieldset[data-facet="status"]')!;
    expect(fieldset).not.toBeNull();
    expect(text(fieldset)).toMatch(/I gang ifølge kilder fra før \d+\. \S+ \d{4} – ikke bekræftet siden/);
    const pages = indexedPages().filter((page) => page.url.startsWith("/indsatser/"));
    for (const entry of catalogue) {
      const page = pages.find((p) => p.url === routes.intervention(entry.id))!;
      const aged = statusOnPage.get(entry.id)!.includes("– ikke bekræftet");
      expect(page.filters["status"], entry.id).toEqual([
        aged
          ? "i-gang-ikke-bekraeftet"
          : entry.data.status === "igangvaerende"
            ? "i-gang"
            : entry.data.status,
      ]);
      if (entry.data.status !== "ukendt")
        expect(page.meta["status"], entry.id).toBe(statusOnPage.get(entry.id));
    }
  });
});

describe("/gennemgang/", () => {
  const html = () => readPage("gennemgang");
  const document = () => parseHTML(html()).document;
  const items = () => [...document().querySelectorAll("[data-review-item]")];

  it("is kept out of search engines, the navigation and the search index", () => {
    expect(html()).toContain('<meta name="robots" content="noindex">');
    expect(html()).not.toContain('rel="canonical"');
    for (const path of allPages().filter((path) => path !== "gennemgang"))
      expect(readPage(path), path).not.toContain(`href="${routes.review()}"`);
    expect(html()).not.toContain("data-pagefind-body");
    expect(indexedPages().some((page) => page.url === routes.review())).toBe(false);
    expect(existsSync(join(DIST, "sitemap-index.xml")) || existsSync(join(DIST, "sitemap.xml"))).toBe(false);
  });

  it("lists every entry with its unit, a prefilled request for confirmation, a correction link and what is missing", () => {
    expect(
      items()
        .map((item) => item.getAttribute("data-review-item"))
        .sort(),
    ).toEqual(catalogue.map((entry) => entry.id).sort());
    for (const item of items()) {
      const id = item.getAttribute("data-review-item")!;
      const entry = catalogue.find((e) => e.id === id)!;
      const request = item.querySelector("[data-review-request]")!;
      expect(text(request)).toBe(REQUEST_LABEL);
      const url = new URL(request.getAttribute("href")!);
      expect(url.protocol).toBe("mailto:");
      expect(url.searchParams.get("subject"), id).toContain(entry.data.title);
      const body = url.searchParams.get("body")!;
      expect(body).toContain(`Målgruppe: ${entry.data.targetGroup.description}`);
      expect(body).toContain("Status: ");
      expect(body).toContain("Resultater:");
      const fix = item.querySelector("[data-review-fix]")!;
      expect(text(fix)).toBe(FIX_LABEL);
      expect(fix.getAttribute("href")).toBe(editUrl(id));
      if (!entry.data.contact)
        expect(text(item.querySelector("[data-review-missing]"))).toContain("Ingen kontakt");
    }
  });

  it("lists the same entries in the same order as npm run review, and --due shows only what is due", async () => {
    const buildDate = document().querySelector("[data-build-date]")!.getAttribute("data-build-date")!;
    const order = (output: string) =>
      [...output.matchAll(/^\s+\d+\. .+ \(([\w-]+)\)/gm)].map((match) => match[1]);
    const all = await runNode(["scripts/review.ts"], { env: { BUILD_DATE: buildDate } });
    expect(all.status, all.output).toBe(0);
    expect(order(all.output)).toEqual(items().map((item) => item.getAttribute("data-review-item")));
    const due = await runNode(["scripts/review.ts", "--due"], { env: { BUILD_DATE: buildDate } });
    expect(order(due.output)).toEqual(
      items()
        .filter((item) => item.getAttribute("data-due") === "ja")
        .map((item) => item.getAttribute("data-review-item")),
    );
  });
});
