/** Status and dates on every real entry, as the compare page shows them, against a fixed build date. */
import { describe, expect, it } from "vitest";
import { readLinks } from "../../scripts/lib/content-files.ts";
import { compareRecord } from "../../src/lib/open-data/index.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import { parseCalendarDate } from "../../src/lib/schema/index.ts";
import { freshnessOf, linkDatesOf, type FreshnessContext } from "../../src/lib/catalogue/index.ts";
import { loadCatalogue } from "../support/catalogue.ts";

const catalogue = loadCatalogue();
const running = catalogue.filter((entry) => entry.data.status === "igangvaerende");
const linkDates = linkDatesOf(readLinks(CONTENT_PATHS.links) as Record<string, { published?: string }>);
const at = (iso: string): FreshnessContext => ({ buildDate: parseCalendarDate(iso)!, linkDates });

describe("running status on the real entries", () => {
  it("has running entries to check", () => {
    expect(running.length).toBeGreaterThan(0);
  });

  it.each(running.map((entry) => [entry.id, entry] as const))(
    "%s shows its status aged in December 2026 unless confirmed since, on the compare page too",
    (id, entry) => {
      const freshness = freshnessOf(entry.data, at("2026-12-07"));
      expect(compareRecord(id, entry.data, at("2026-12-07")).rows.periode).toContain(
        `Status: ${freshness.status.text}`,
      );
      if (!entry.data.confirmed) expect(freshness.status.text).toMatch(/– ikke bekræftet/);
    },
  );

  it("dates Ungeguides, from the catalogue of June 2022, as running in 2022 until June 2024, then as aged", () => {
    const ungeguides = catalogue.find((entry) => entry.id === "ungeguides")!;
    expect(compareRecord("ungeguides", ungeguides.data, at("2024-06-01")).rows.periode).toContain(
      "Status: I gang i 2022 ifølge kilderne",
    );
    const later = compareRecord("ungeguides", ungeguides.data, at("2024-06-02")).rows;
    expect(later.periode).toContain("Status: I gang ifølge kilder fra 2022 – ikke bekræftet siden");
    expect(later.datoer).toContain("Oplysningerne stammer fra juni 2022.");
  });
});
