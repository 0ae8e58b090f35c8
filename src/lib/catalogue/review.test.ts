import { describe, expect, it } from "vitest";
import { parseCalendarDate } from "../schema/date-field.ts";
import type { FreshnessContext } from "./freshness.ts";
import {
  confirmationRequest,
  reviewList,
  reviewText,
  type ReviewEntry,
  type ReviewSource,
} from "./review.ts";
import { freshnessOf } from "./freshness.ts";

const day = (iso: string) => parseCalendarDate(iso)!;
const context: FreshnessContext = { buildDate: day("2026-12-07"), linkDates: new Map([["ny", "2025-05"]]) };

const data = (title: string, extra: Partial<ReviewSource> = {}): ReviewSource => ({
  title,
  responsible: "Ungeenheden, Testkommune",
  targetGroup: { description: "Unge på 16–24 år uden uddannelse." },
  status: "igangvaerende",
  sources: [{ publication: "katalog-2022" }],
  reviewed: day("2026-11-22"),
  results: [],
  scores: {},
  ...extra,
});
const entry = (id: string, source: ReviewSource): ReviewEntry => ({
  id,
  url: `https://example.org/indsatser/${id}/`,
  editUrl: `https://github.com/x/y/edit/main/content/interventions/${id}.mdx`,
  data: source,
});

const entries = [
  entry(
    "bekraeftet-nu",
    data("Bekræftet i år", { confirmed: { date: day("2026-06-01"), by: "Ungeenheden", how: "e-mail" } }),
  ),
  entry(
    "bekraeftet-gammel",
    data("Bekræftet for længe siden", {
      confirmed: { date: day("2025-01-10"), by: "Ungeenheden", how: "telefon" },
    }),
  ),
  entry("ny-kilde", data("Ny kilde", { sources: [{ link: "ny" }] })),
  entry("udateret", data("Udateret", { sources: [{ publication: "mod-til-uddannelse-artikel" }] })),
  entry("katalog-b", data("Katalog B")),
  entry("katalog-a", data("Katalog A")),
];

describe("reviewList", () => {
  const items = reviewList(entries, context);

  it("puts never-confirmed entries first (oldest source first, undated oldest), then the oldest confirmation", () => {
    expect(items.map((item) => item.id)).toEqual([
      "udateret",
      "katalog-a",
      "katalog-b",
      "ny-kilde",
      "bekraeftet-gammel",
      "bekraeftet-nu",
    ]);
  });

  it("marks as due what was never confirmed or confirmed more than a year ago", () => {
    const due = Object.fromEntries(items.map((item) => [item.id, [item.due, item.dueText]]));
    expect(due["katalog-a"]).toEqual([true, "Aldrig bekræftet af den ansvarlige"]);
    expect(due["bekraeftet-gammel"]).toEqual([
      true,
      "Sidst bekræftet 10. januar 2025 – skulle bekræftes igen senest 10. januar 2026",
    ]);
    expect(due["bekraeftet-nu"]).toEqual([false, "Bekræftet 1. juni 2026 – næste gang senest 1. juni 2027"]);
  });

  it("says what is missing", () => {
    const missing = items.find((item) => item.id === "udateret")!.missing;
    expect(missing).toEqual([
      "Ingen kontakt",
      "Ingen resultattal",
      expect.stringMatching(/^11 af 11 elementer er ikke vurderet: Teori og viden, /),
      "Ingen dateret kilde",
    ]);
  });

  it("prints the same list in the terminal, and only what is due with --due", () => {
    const all = reviewText(items, context.buildDate);
    const due = reviewText(items, context.buildDate, { dueOnly: true });
    expect(all).toContain("Gennemgang 7. december 2026: 6 indsatser, 5 skal bekræftes af den ansvarlige.");
    const order = (text: string) =>
      [...text.matchAll(/^\s+\d+\. .+ \(([\w-]+)\)/gm)].map((match) => match[1]);
    expect(order(all)).toEqual(items.map((item) => item.id));
    expect(order(due)).toEqual(items.filter((item) => item.due).map((item) => item.id));
  });
});

describe("Bed om bekræftelse", () => {
  const withFacts = entry(
    "med-fakta",
    data("Med fakta", {
      contact: "mailto:ungeenheden@testkommune.dk",
      results: [
        {
          value: 65,
          unit: "procent",
          measure: "afsluttet til job eller uddannelse",
          period: "2020–2021",
          source: "katalog-2022",
        },
        { value: 12, unit: "antal", measure: "unge i et forløb", source: "katalog-2022" },
      ],
    }),
  );
  const request = confirmationRequest(withFacts, freshnessOf(withFacts.data, context));

  it("is addressed to the entry's functional mailbox, and lists the key facts with the results' years", () => {
    expect(request.to).toBe("ungeenheden@testkommune.dk");
    expect(request.subject).toBe("Er oplysningerne om »Med fakta« i Lovende praksis stadig rigtige?");
    for (const line of [
      "Målgruppe: Unge på 16–24 år uden uddannelse.",
      "Status: I gang ifølge kilder fra 2022 – ikke bekræftet siden",
      "Kontakt: ungeenheden@testkommune.dk",
      "- 65 % afsluttet til job eller uddannelse (2020–2021; kilde: Marselisborg-kataloget (2022))",
      "- 12 unge i et forløb (periode ikke oplyst; kilde: Marselisborg-kataloget (2022))",
      "Siden: https://example.org/indsatser/med-fakta/",
      "1. Passer oplysningerne, eller hvad skal rettes?",
    ])
      expect(request.body).toContain(line);
    expect(request.body).toContain("Oplysningerne stammer fra juni 2022.");
    const url = new URL(request.href);
    expect(url.pathname).toBe("ungeenheden@testkommune.dk");
    expect(url.searchParams.get("body")).toBe(request.body.replaceAll("\n", "\r\n"));
  });

  it("leaves the recipient empty when the entry has no e-mail contact", () => {
    const plain = entry("uden", data("Uden kontakt", { contact: "https://testkommune.dk/unge" }));
    const { to, href, body } = confirmationRequest(plain, freshnessOf(plain.data, context));
    expect(to).toBeUndefined();
    expect(href.startsWith("mailto:?subject=")).toBe(true);
    expect(body).toContain("Kontakt: testkommune.dk/unge");
    expect(body).toContain("Resultater:\n- ingen resultattal oplyst");
  });
});
