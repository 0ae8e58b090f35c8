import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "../schema/date-field.ts";
import {
  ageCutoff,
  freshnessOf,
  hasAged,
  linkDatesOf,
  sourceDating,
  sourceFloor,
  statusGroupLabels,
  statusView,
  yearsBefore,
  type FreshnessContext,
  type LinkDates,
  type SourceRef,
} from "./freshness.ts";
import { PUBLICATIONS, PUBLICATION_IDS } from "../vocabulary/publications.ts";
import { STATUSES } from "../vocabulary/statuses.ts";

const day = (iso: string) => parseCalendarDate(iso)!;
const noLinks: LinkDates = new Map<string, string>();
const context = (buildDate: string, linkDates: LinkDates = noLinks): FreshnessContext => ({
  buildDate: day(buildDate),
  linkDates,
});
const catalogue: SourceRef[] = [{ publication: "katalog-2022" }];

describe("hasAged: the one rule, on its boundary dates", () => {
  const build = day("2026-12-07");

  it("counts a source from exactly two years before the build date as recent, and the day before as aged", () => {
    expect(ageCutoff(build)).toEqual(day("2024-12-07"));
    expect(hasAged(day("2024-12-07"), undefined, build)).toBe(false);
    expect(hasAged(day("2024-12-06"), undefined, build)).toBe(true);
  });

  it("counts a confirmation the same way, and either one keeps the status fresh", () => {
    expect(hasAged(undefined, day("2024-12-07"), build)).toBe(false);
    expect(hasAged(undefined, day("2024-12-06"), build)).toBe(true);
    expect(hasAged(day("2020-01-01"), day("2026-12-07"), build)).toBe(false);
    expect(hasAged(day("2026-01-01"), day("2019-01-01"), build)).toBe(false);
  });

  it("ages a status with no date at all", () => {
    expect(hasAged(undefined, undefined, build)).toBe(true);
  });

  it("reads 29 February two years back as 28 February", () => {
    expect(yearsBefore(day("2028-02-29"), 2)).toEqual(day("2026-02-28"));
    expect(hasAged(day("2026-02-28"), undefined, day("2028-02-29"))).toBe(false);
    expect(hasAged(day("2026-02-27"), undefined, day("2028-02-29"))).toBe(true);
  });

  it("dates the catalogue of June 2022 from 1 June, so it ages on 2 June 2024", () => {
    const floor = sourceFloor(sourceDating(catalogue, noLinks))!;
    expect(floor).toEqual(day("2022-06-01"));
    expect(hasAged(floor, undefined, day("2024-06-01"))).toBe(false);
    expect(hasAged(floor, undefined, day("2024-06-02"))).toBe(true);
  });
});

describe("statusView", () => {
  const running = (sources: SourceRef[], buildDate: string, confirmed?: string) =>
    statusView(
      "igangvaerende",
      sourceDating(sources, noLinks),
      confirmed ? day(confirmed) : undefined,
      day(buildDate),
    );

  it("shows an aged »I gang« with the year of its newest source", () => {
    expect(running(catalogue, "2026-12-07")).toEqual({
      slug: "igangvaerende",
      aged: true,
      text: "I gang ifølge kilder fra 2022 – ikke bekræftet siden",
      group: "i-gang-ikke-bekraeftet",
    });
    expect(running(catalogue, "2024-06-02").text).toBe(
      "I gang ifølge kilder fra 2022 – ikke bekræftet siden",
    );
  });

  it("keeps »I gang« dated by its sources while they are recent", () => {
    expect(running(catalogue, "2024-06-01")).toMatchObject({
      aged: false,
      text: "I gang i 2022 ifølge kilderne",
      group: "i-gang",
    });
  });

  it("says a recent confirmation, and an old one with the year it was given", () => {
    expect(running(catalogue, "2026-12-07", "2026-03-15")).toMatchObject({
      aged: false,
      text: "I gang, bekræftet af den ansvarlige i marts 2026",
    });
    expect(running(catalogue, "2026-12-07", "2023-05-01")).toMatchObject({
      aged: true,
      text: "I gang ifølge bekræftelse fra 2023 – ikke bekræftet siden",
    });
  });

  it("takes an undated source's own year as a floor, and says when nothing is dated", () => {
    const odense: SourceRef[] = [{ publication: "alle-unge-skal-med-artikel" }];
    expect(running(odense, "2026-01-01").text).toBe("I gang i 2024 ifølge kilderne");
    expect(running(odense, "2026-01-02").text).toBe("I gang ifølge kilder fra 2024 – ikke bekræftet siden");
    expect(running([{ publication: "mod-til-uddannelse-artikel" }], "2026-12-07").text).toBe(
      "I gang ifølge udaterede kilder – ikke bekræftet",
    );
  });

  it("leaves the other statuses as the vocabulary labels them, never aged", () => {
    const dating = sourceDating(catalogue, noLinks);
    expect(statusView("afsluttet", dating, undefined, day("2030-01-01"))).toMatchObject({
      aged: false,
      text: STATUSES.afsluttet.label,
      group: "afsluttet",
    });
    expect(statusView("ukendt", dating, undefined, day("2030-01-01")).text).toBe(STATUSES.ukendt.label);
  });

  it("names the filter groups by the cutoff day of the build", () => {
    const labels = statusGroupLabels(day("2026-12-07"));
    expect(labels["i-gang-ikke-bekraeftet"].label).toBe(
      "I gang ifølge kilder fra før 7. december 2024 – ikke bekræftet siden",
    );
  });
});

describe("Kildernes dato", () => {
  it("says the month of the catalogue in words and counts undated sources once each", () => {
    const sources: SourceRef[] = [
      { publication: "katalog-2022" },
      { publication: "katalog-2022" },
      { link: "herning-ung-paa-vej" },
    ];
    const fresh = freshnessOf(
      { status: "ukendt", sources, reviewed: day("2026-11-29") },
      context("2026-12-07"),
    );
    expect(fresh.sourceDate).toEqual({
      iso: "2022-06",
      short: "juni 2022",
      sentence: "Oplysningerne stammer fra juni 2022.",
      note: "1 af kilderne er udateret.",
    });
    expect(fresh.reviewed.sentence).toBe("Gennemgået mod kilderne 29. november 2026.");
    expect(fresh.confirmed).toBeUndefined();
  });

  it("takes a link's own date from links.toml, and the newest source wins", () => {
    const links = linkDatesOf({ a: { published: "2025-03-14" }, b: {} });
    const dating = sourceDating([...catalogue, { link: { id: "a" } }, { link: "b" }], links);
    expect(dating.newest).toEqual({ year: 2025, month: 3, day: 14 });
    expect(
      freshnessOf(
        { status: "ukendt", sources: [{ link: "a" }], reviewed: day("2026-01-01") },
        context("2026-01-01", links),
      ).sourceDate.sentence,
    ).toBe("Oplysningerne stammer fra 14. marts 2025.");
  });

  it("says »udateret« where no source gives a date, with the year an undated source speaks of", () => {
    const undated = sourceDating([{ publication: "mod-til-uddannelse-artikel" }], noLinks);
    expect(undated).toEqual({ newest: undefined, undated: 1, total: 1, mentions: undefined });
    const odense = freshnessOf(
      {
        status: "igangvaerende",
        sources: [{ publication: "alle-unge-skal-med-artikel" }],
        reviewed: day("2026-01-01"),
      },
      context("2026-12-07"),
    );
    expect(odense.sourceDate).toMatchObject({
      iso: undefined,
      short: "udateret (omtaler 2024)",
      sentence: "Kilden er udateret, men den omtaler forhold fra 2024.",
    });
  });

  it("shows a confirmation with who and how", () => {
    const fresh = freshnessOf(
      {
        status: "igangvaerende",
        sources: catalogue,
        reviewed: day("2026-11-29"),
        confirmed: { date: day("2026-12-01"), by: "Ungeenheden, Horsens Kommune", how: "e-mail" },
      },
      context("2026-12-07"),
    );
    expect(fresh.confirmed?.sentence).toBe(
      "Bekræftet af Ungeenheden, Horsens Kommune den 1. december 2026 pr. e-mail.",
    );
    expect(fresh.status.text).toBe("I gang, bekræftet af den ansvarlige i december 2026");
  });
});

describe("publication dates", () => {
  it("give a published date only where the publication's own date names it, and a year only where it does", () => {
    for (const id of PUBLICATION_IDS) {
      const { date, asOf, published } = PUBLICATIONS[id];
      if (published === null) expect(date, id).toMatch(/^udateret/);
      else
        expect(date, id).toBe(
          freshnessOf(
            { status: "ukendt", sources: [{ publication: id }], reviewed: new Date() },
            context("2026-01-01"),
          ).sourceDate.short,
        );
      if (asOf === null) expect(date, id).not.toMatch(/\b(19|20)\d\d\b/);
      else expect(date, id).toMatch(new RegExp(`\\b${asOf}\\b`));
    }
  });

  it("date only the catalogue: the other seeds print no date of their own", () => {
    expect(PUBLICATION_IDS.filter((id) => PUBLICATIONS[id].published !== null)).toEqual(["katalog-2022"]);
  });
});

describe("freshnessOf and linkDatesOf, once per entry and context", () => {
  it("give the same answer for the same data and context, and a new one for another context", () => {
    const data = { status: "ukendt" as const, sources: catalogue, reviewed: day("2026-11-29") };
    const build = context("2026-12-07");
    const first = freshnessOf(data, build);
    expect(freshnessOf(data, build)).toBe(first);
    expect(freshnessOf({ ...data }, build)).toEqual(first);
    const later = freshnessOf(data, context("2030-12-07"));
    expect(later).not.toBe(first);
    expect(later.status).toEqual(statusView("ukendt", first.dating, undefined, day("2030-12-07")));
  });

  it("read a links table's dates once, and another table's on their own", () => {
    const links = { a: { published: "2025-03-14" }, b: {} };
    expect(linkDatesOf(links)).toBe(linkDatesOf(links));
    expect([...linkDatesOf(links)]).toEqual([["a", "2025-03-14"]]);
    expect([...linkDatesOf({ ...links, b: { published: "2024" } })]).toEqual([
      ["a", "2025-03-14"],
      ["b", "2024"],
    ]);
  });
});
