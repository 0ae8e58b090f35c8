import { describe, expect, it } from "vitest";
import { PUBLICATIONS, PUBLICATION_IDS } from "../vocabulary/publications.ts";
import { newestSourceYear, statusText, UNDATED_RUNNING } from "./status.ts";
import { STATUSES } from "../vocabulary/statuses.ts";

describe("statusText", () => {
  it("dates a running intervention with the year of the catalogue it comes from", () => {
    expect(statusText("igangvaerende", [{ publication: "katalog-2022" }])).toBe(
      "I gang i 2022 ifølge kilderne",
    );
  });

  it("takes the newest dated source, and ignores links and undated publications", () => {
    const sources = [
      { link: "herning-ung-paa-vej" },
      { publication: "fra-anbringelse-til-uddannelse-projekt" },
      { publication: "katalog-2022" },
      { publication: "energi-til-hinanden-artikel" },
    ] as const;
    expect(newestSourceYear(sources)).toBe(2022);
    expect(statusText("igangvaerende", sources)).toBe("I gang i 2022 ifølge kilderne");
    expect(statusText("igangvaerende", [...sources, { publication: "alle-unge-skal-med-artikel" }])).toBe(
      "I gang i 2024 ifølge kilderne",
    );
  });

  it("says the status is undated when no source gives a year, rather than inventing one", () => {
    expect(newestSourceYear([{ publication: "mod-til-uddannelse-artikel" }, { link: "nextworks" }])).toBe(
      undefined,
    );
    expect(statusText("igangvaerende", [{ publication: "mod-til-uddannelse-artikel" }])).toBe(
      UNDATED_RUNNING,
    );
    expect(statusText("igangvaerende", [])).toBe("I gang ifølge kilderne (udateret)");
  });

  it("leaves the other statuses as the vocabulary labels them", () => {
    const sources = [{ publication: "katalog-2022" }] as const;
    expect(statusText("afsluttet", sources)).toBe(STATUSES.afsluttet.label);
    expect(statusText("ukendt", sources)).toBe(STATUSES.ukendt.label);
  });
});

describe("publication years", () => {
  it("give a year only where the publication's own date names it", () => {
    for (const id of PUBLICATION_IDS) {
      const { date, asOf } = PUBLICATIONS[id];
      if (asOf === null) expect(date, id).not.toMatch(/\b(19|20)\d\d\b/);
      else expect(date, id).toMatch(new RegExp(`\\b${asOf}\\b`));
    }
  });
});
