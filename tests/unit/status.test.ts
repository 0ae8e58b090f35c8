/** A running status is dated from the sources on every real entry, wherever the compare page shows it. */
import { describe, expect, it } from "vitest";
import { compareRecord } from "../../src/lib/open-data/index.ts";
import { newestSourceYear, UNDATED_RUNNING } from "../../src/lib/catalogue/index.ts";
import { loadCatalogue } from "../support/catalogue.ts";

const catalogue = loadCatalogue();
const running = catalogue.filter((entry) => entry.data.status === "igangvaerende");

describe("running status on the real entries", () => {
  it("has running entries to check", () => {
    expect(running.length).toBeGreaterThan(0);
  });

  it.each(running.map((entry) => [entry.id, entry] as const))(
    "%s says which year the sources saw it running, or that they are undated",
    (id, entry) => {
      const year = newestSourceYear(entry.data.sources);
      const expected = year === undefined ? UNDATED_RUNNING : `I gang i ${year} ifølge kilderne`;
      expect(compareRecord(id, entry.data).rows.periode).toContain(`Status: ${expected}`);
    },
  );

  it("dates Ungeguides, funded until September 2022, as running in 2022", () => {
    const ungeguides = catalogue.find((entry) => entry.id === "ungeguides")!;
    expect(compareRecord("ungeguides", ungeguides.data).rows.periode).toContain(
      "Status: I gang i 2022 ifølge kilderne",
    );
  });
});
