/** Fakta on entry pages built from tests/fixtures/facts-site: who runs it, the contact, and where to read on. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESPONSIBLE_UNKNOWN_TEXT } from "../../src/lib/schema/index.ts";
import { routes } from "../../src/lib/catalogue/index.ts";
import { STATUSES } from "../../src/lib/vocabulary/index.ts";
import { buildFixtureSite } from "../support/run-node.ts";

const workDir = mkdtempSync(join(tmpdir(), "lp-facts-"));
const dist = join(workDir, "dist");

const EDITOR_EMAIL = "redaktionen@example.dk";
beforeAll(() =>
  buildFixtureSite("tests/fixtures/facts-site", dist, { env: { BUILD_DATE: "2026-12-07", EDITOR_EMAIL } }),
);

const page = (slug: string) => readFileSync(join(dist, routes.intervention(slug), "index.html"), "utf8");
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .replace(/ ([,.:])/g, "$1")
    .trim();
/** The text of the element that carries `attribute`, up to its closing tag `tag`. */
function part(html: string, attribute: string, tag: string): string {
  const start = html.lastIndexOf("<", html.indexOf(attribute));
  return html.slice(start, html.indexOf(`</${tag}>`, start));
}

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** The text of the Fakta box, tags removed, with the hrefs it links to. */
function facts(slug: string): { text: string; hrefs: string[] } {
  const html = readFileSync(join(dist, routes.intervention(slug), "index.html"), "utf8");
  const box = html.slice(html.indexOf('id="fakta"'), html.indexOf("</section>", html.indexOf('id="fakta"')));
  return {
    text: box
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
    hrefs: [...box.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!),
  };
}

describe("Fakta", () => {
  it("names the unit that runs the intervention, its contact and the onward link", () => {
    const { text, hrefs } = facts("ansvarlig-kendt");
    expect(text).toContain("Ansvarlig Ungeenheden, Randers Kommune");
    expect(text).toContain("E-mail: ungeenheden@randers.dk");
    expect(hrefs).toContain("mailto:ungeenheden@randers.dk");
    expect(text).toContain("Læs mere Eksempel");
    expect(hrefs).toContain("https://example.org/");
    expect(text).not.toContain("Kilderne giver ikke et link videre");
  });

  it("drops a source wording that only repeats the tag above it", () => {
    expect(facts("ansvarlig-kendt").text).not.toContain("Ifølge kilderne: Jobcenter");
    expect(facts("ansvarlig-ukendt").text).toContain(
      "Ifølge kilderne: Jobcenter og erhvervslivet (Ree Park)",
    );
    expect(facts("landsdaekkende").text).not.toContain("Ifølge kilderne: nationalt");
  });

  it("says plainly when the sources do not name the unit, and points to the municipalities without an onward link", () => {
    const { text, hrefs } = facts("ansvarlig-ukendt");
    expect(text).toContain(`Ansvarlig ${RESPONSIBLE_UNKNOWN_TEXT}`);
    expect(text).not.toContain("E-mail");
    expect(text).toContain(
      "Kilderne giver ikke et link videre til indsatsen. Se andre indsatser i Favrskov og Randers",
    );
    expect(hrefs).toEqual(
      expect.arrayContaining([routes.municipality("favrskov"), routes.municipality("randers")]),
    );
  });

  it("shows scope under its own heading, and the named unit as it is written", () => {
    const { text } = facts("landsdaekkende");
    expect(text).toContain("Rækkevidde National indsats");
    expect(text).toContain("Ansvarlig Ungdomsskoleforeningen");
    expect(text).toContain("Kilderne giver ikke et link videre til indsatsen.");
  });

  it("shows an aged running status as aged, and a confirmed one as confirmed", () => {
    expect(facts("ansvarlig-kendt").text).toContain(
      "Status I gang ifølge kilder fra 2022 – ikke bekræftet siden",
    );
    expect(facts("landsdaekkende").text).toContain("Status I gang ifølge udaterede kilder – ikke bekræftet");
    expect(facts("ansvarlig-ukendt").text).toContain(`Status ${STATUSES.ukendt.label}`);
    expect(facts("bekraeftet").text).toContain("Status I gang, bekræftet af den ansvarlige i november 2026");
    expect(page("ansvarlig-kendt")).toContain('data-status-aged="true"');
    expect(page("bekraeftet")).not.toContain("data-status-aged");
  });
  it("credits the catalogue with a link to its publisher in the sources", () => {
    const html = readFileSync(join(dist, routes.intervention("ansvarlig-ukendt"), "index.html"), "utf8");
    const credit = html.slice(html.indexOf("data-credit"), html.indexOf("</p>", html.indexOf("data-credit")));
    expect(credit).toContain('href="https://www.marselisborg.org/"');
    expect(credit.replace(/<[^>]+>/g, "")).toMatch(/egne ord\. Eksterne links/);
  });
});

describe("the three dates", () => {
  const dates = (slug: string) => text(part(page(slug), "data-entry-dates", "dl"));

  it("say how old the sources are, in words, apart from the review date, which says against what", () => {
    expect(dates("ansvarlig-kendt")).toContain(
      "Kildernes dato Oplysningerne stammer fra juni 2022. 1 af kilderne er udateret.",
    );
    expect(dates("ansvarlig-kendt")).toContain(
      "Gennemgået mod kilderne 22. november 2026 – redaktionen har læst teksten mod kilderne",
    );
    expect(dates("landsdaekkende")).toContain("Kildernes dato Kilden er udateret.");
    expect(page("ansvarlig-kendt")).not.toMatch(/Sidst gennemgået/);
  });

  it("date an entry by a link's own date from links.toml when it is the newest source", () => {
    expect(dates("bekraeftet")).toContain("Oplysningerne stammer fra marts 2025.");
  });

  it("show who confirmed and how only when there is a confirmation", () => {
    expect(dates("bekraeftet")).toContain(
      "Bekræftet af den ansvarlige Ungeenheden, Randers Kommune, 25. november 2026, på enhedens egen side: Enhedens side",
    );
    expect(part(page("bekraeftet"), "data-entry-dates", "dl")).toContain(
      'href="https://example.org/enheden"',
    );
    expect(dates("ansvarlig-kendt")).not.toContain("Bekræftet af den ansvarlige");
  });

  it("list the confirmation in the entry's history", () => {
    expect(text(part(page("bekraeftet"), "data-history-events", "ol"))).toContain(
      "Bekræftet af Ungeenheden, Randers Kommune den 25. november 2026 på enhedens egen side",
    );
  });
});

describe("Er oplysningerne forældede?", () => {
  it("offers a prefilled e-mail to the configured editors and a prefilled GitHub issue, as plain links", () => {
    const html = page("ansvarlig-kendt");
    const section = part(html, "data-stale-report", "section");
    expect(text(section)).toContain("Er oplysningerne forældede?");
    const mail = /href="(mailto:[^"]+)"[^>]*data-stale-mail/.exec(section)?.[1];
    expect(mail).toBeDefined();
    const url = new URL(mail!.replaceAll("&amp;", "&"));
    expect(url.pathname).toBe(EDITOR_EMAIL);
    expect(url.searchParams.get("subject")).toBe("Forældede oplysninger: Kendt ansvarlig");
    expect(url.searchParams.get("body")).toContain("Oplysningerne stammer fra juni 2022.");
    const issue = /href="([^"]+)"[^>]*data-stale-issue/.exec(section)?.[1];
    expect(issue).toMatch(/\/issues\/new\?template=foraeldede-oplysninger\.yml&amp;title=/);
    expect(section).not.toContain("<script");
    expect(html).toContain('href="#foraeldet"');
  });
});

describe("Kontakt and the e-mail routes, with EDITOR_EMAIL set", () => {
  const mailtoOf = (html: string, attribute: string) => {
    const href = new RegExp(`href="(mailto:[^"]+)"[^>]*${attribute}`).exec(html)?.[1];
    return href ? new URL(href.replaceAll("&amp;", "&")) : undefined;
  };
  const fromRoot = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");

  it("shows the contact when there is one, with no request for one", () => {
    const { text: box } = facts("ansvarlig-kendt");
    expect(box).toContain("Kontakt E-mail: ungeenheden@randers.dk");
    expect(box).not.toContain("Kender du den rette kontakt?");
  });

  it("shows the unit's own page from its confirmation, and asks for a contact by e-mail or on GitHub", () => {
    const { text: box, hrefs } = facts("bekraeftet");
    expect(box).toContain("Kontakt Ingen kontakt oplyst. Enhedens egen side: Enhedens side");
    expect(hrefs).toContain("https://example.org/enheden");
    expect(box).toContain("Kender du den rette kontakt? Foreslå den med e-mail eller på GitHub");
    const mail = mailtoOf(page("bekraeftet"), "data-suggest-contact-mail")!;
    expect(mail.pathname).toBe(EDITOR_EMAIL);
    expect(mail.searchParams.get("subject")).toBe("Kontakt til »Bekræftet indsats« i Lovende praksis");
    expect(mail.searchParams.get("body")).toContain("Ansvarlig ifølge siden: Ungeenheden, Randers Kommune");
  });

  it("says plainly when there is no contact and no page of the unit", () => {
    const { text: box } = facts("ansvarlig-ukendt");
    expect(box).toContain(
      "Kontakt Ingen kontakt oplyst i kilderne. Kender du den rette kontakt? Foreslå den",
    );
  });

  it("offers »Foreslå en rettelse« as an e-mail, with the GitHub editor beside it", () => {
    const html = page("ansvarlig-kendt");
    const mail = mailtoOf(html, "data-correction-mail")!;
    expect(mail.pathname).toBe(EDITOR_EMAIL);
    expect(mail.searchParams.get("subject")).toBe("Rettelse til »Kendt ansvarlig« i Lovende praksis");
    expect(html).toMatch(/data-edit-link[^>]*>\s*ret siden på GitHub/);
  });

  it("offers »Foreslå en indsats« on /bidrag/ as an e-mail, keeps the GitHub form, and says nothing about e-mail missing", () => {
    const html = fromRoot(routes.contribute());
    const mail = mailtoOf(html, "data-propose-mail")!;
    expect(mail.pathname).toBe(EDITOR_EMAIL);
    expect(mail.searchParams.get("body")).toMatch(/^Indsatsens navn:/);
    expect(html).toContain("data-propose-link");
    expect(html).not.toContain("data-email-not-set-up");
  });

  it("names the editors' address on /om/", () => {
    const editors = part(fromRoot(routes.about()), "data-editors", "p");
    expect(editors).toContain(`href="mailto:${EDITOR_EMAIL}"`);
  });
});
