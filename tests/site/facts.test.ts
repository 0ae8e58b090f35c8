/** Fakta on entry pages built from tests/fixtures/facts-site: who runs it, the contact, and where to read on. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESPONSIBLE_UNKNOWN_TEXT } from "../../src/lib/schema/index.ts";
import { UNDATED_RUNNING, routes } from "../../src/lib/catalogue/index.ts";
import { STATUSES } from "../../src/lib/vocabulary/index.ts";
import { buildFixtureSite } from "../support/run-node.ts";

const workDir = mkdtempSync(join(tmpdir(), "lp-facts-"));
const dist = join(workDir, "dist");

beforeAll(() => buildFixtureSite("tests/fixtures/facts-site", dist));

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

  it("dates a running status with the newest source's year, and says when no source is dated", () => {
    expect(facts("ansvarlig-kendt").text).toContain("Status I gang i 2022 ifølge kilderne");
    expect(facts("landsdaekkende").text).toContain(`Status ${UNDATED_RUNNING}`);
    expect(facts("ansvarlig-ukendt").text).toContain(`Status ${STATUSES.ukendt.label}`);
    for (const slug of ["ansvarlig-kendt", "landsdaekkende"])
      expect(facts(slug).text).not.toMatch(/Status I gang ifølge kilderne(?! \(udateret\))/);
  });

  it("credits the catalogue with a link to its publisher in the sources", () => {
    const html = readFileSync(join(dist, routes.intervention("ansvarlig-ukendt"), "index.html"), "utf8");
    const credit = html.slice(html.indexOf("data-credit"), html.indexOf("</p>", html.indexOf("data-credit")));
    expect(credit).toContain('href="https://www.marselisborg.org/"');
    expect(credit.replace(/<[^>]+>/g, "")).toMatch(/egne ord\. Eksterne links/);
  });
});
