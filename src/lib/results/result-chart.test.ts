import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { axisScale, resultChartSvg } from "./result-chart.ts";
import { groupResults, type ResultSource } from "./result-groups.ts";

const hostile = 'Ond" onload="alert(1)" <script>alert(2)</script> & co';
const entries: ResultSource[] = [
  {
    id: "a",
    data: {
      title: "Alfa",
      results: [
        {
          value: 65,
          unit: "procent",
          measure: "i job eller uddannelse",
          kind: "job-eller-uddannelse",
          source: "katalog-2022",
        },
        { value: 137, unit: "antal", measure: "unge tilknyttet", kind: "deltagere", source: "katalog-2022" },
        { value: 12, unit: "antal", measure: "noget andet", source: "katalog-2022" },
      ],
    },
  },
  {
    id: "b",
    data: {
      title: hostile,
      results: [
        {
          value: 80,
          unit: "procent",
          measure: "i job eller uddannelse",
          kind: "job-eller-uddannelse",
          source: "katalog-2022",
        },
        {
          value: 786,
          unit: "antal",
          measure: "videre i job",
          kind: "job-eller-uddannelse",
          source: "katalog-2022",
        },
      ],
    },
  },
  { id: "c", data: { title: "Uden tal", results: [] } },
];

describe("result groups", () => {
  it("groups every figure by kind in vocabulary order, then by unit, with unkinded figures last", () => {
    const groups = groupResults(entries);
    expect(groups.map((g) => g.key)).toEqual(["job-eller-uddannelse", "deltagere", "andre"]);
    const first = groups[0]!;
    expect(first.charts.map((c) => c.unit)).toEqual(["procent", "antal"]);
    expect(first.charts[0]!.rows.map((r) => r.formatted)).toEqual(["80 %", "65 %"]);
    expect(groups.flatMap((g) => g.charts.flatMap((c) => c.rows))).toHaveLength(5);
    expect(groups.at(-1)!.label).toBe("Andre tal");
  });
});

describe("result chart", () => {
  const chart = groupResults(entries)[0]!.charts[0]!;
  const svg = resultChartSvg(chart, "Videre i job eller uddannelse");
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector("svg")!;

  it("draws one bar per figure, with a text alternative naming each value", () => {
    expect(root.querySelectorAll(".bar rect")).toHaveLength(chart.rows.length);
    expect(root.getAttribute("role")).toBe("img");
    expect(root.getAttribute("aria-label")).toContain("Alfa: 65 %");
  });

  it("carries no style element or attribute, which the CSP would block", () => {
    expect(svg).not.toMatch(/<style|\sstyle=/i);
  });

  it("has one text alternative on the chart and no aria-label on its parts (not allowed on <g>)", () => {
    expect(root.querySelectorAll("[aria-label]")).toHaveLength(0);
  });

  it("keeps hostile titles as text: no new elements or attributes", () => {
    expect(root.querySelectorAll("script")).toHaveLength(0);
    const attributes = [root, ...root.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].map((a: Attr) => a.name),
    );
    expect(attributes.filter((name) => name.startsWith("on"))).toEqual([]);
    expect(root.getAttribute("aria-label")).toContain(hostile);
  });
});

describe("result chart legibility", () => {
  const money = (value: number, title = "Mod til Uddannelse") => ({
    id: "m",
    title,
    entries: [{ id: "m", title }],
    label: title,
    value,
    unit: "kr" as const,
    formatted: `${value} kr.`,
    measure: "sparet",
    source: "Artikel",
  });
  const parse = (svg: string) =>
    parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document.querySelector("svg")!;
  const texts = (root: Element) => [...root.querySelectorAll("text")].map((t) => t.textContent!.trim());

  it("writes millions of kroner as »mio. kr.« with short Danish tick labels that cannot run together", () => {
    const chart = { unit: "kr" as const, rows: [money(6_500_000)] };
    expect(axisScale(chart)).toEqual({ label: "mio. kr.", divisor: 1_000_000 });
    const root = parse(resultChartSvg(chart, "Økonomi"));
    const ticks = texts(root).filter((text) => /^[\d.,]+$/.test(text));
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(6);
    expect(ticks.every((tick) => tick.length <= 3)).toBe(true);
    expect(texts(root)).toContain("mio. kr.");
    expect(axisScale({ unit: "kr", rows: [money(45_000)] }).label).toBe("1.000 kr.");
    expect(axisScale({ unit: "kr", rows: [money(4_500)] }).label).toBe("kr.");
  });

  it("is drawn about as wide as a phone's column, so its 13-unit text stays at least 12 px on a 375 px screen", () => {
    const chart = groupResults(entries)[0]!.charts[0]!;
    const root = parse(resultChartSvg(chart, "Videre i job eller uddannelse"));
    const width = Number(root.getAttribute("viewBox")!.split(" ")[2]);
    const column = 375 - 2 * 16;
    expect((13 * column) / width).toBeGreaterThanOrEqual(12);
  });

  it("puts each entry's name and value above its bar, shortening a long name to leave room for the value", () => {
    const long =
      "En meget lang indsatstitel der aldrig ville kunne stå på en telefon uden at blive forkortet";
    const chart = { unit: "kr" as const, rows: [money(6_500_000, long), money(1_200_000)] };
    const all = texts(parse(resultChartSvg(chart, "Økonomi")));
    expect(all).toContain("Mod til Uddannelse");
    expect(all).toContain("6500000 kr.");
    const shortened = all.find((text) => text.startsWith("En meget lang"))!;
    expect(shortened.endsWith("…")).toBe(true);
    expect((shortened.length + "6500000 kr.".length + 2) * 7.6).toBeLessThanOrEqual(340);
  });
});

describe("values out of scale (issue 22: a 5000 % bar was 16,100 units wide in a 340-unit chart)", () => {
  const rows = [5000, -50, 65, Number.POSITIVE_INFINITY].map((value, index) => ({
    id: `r${index}`,
    title: `Indsats ${index}`,
    entries: [{ id: `r${index}`, title: `Indsats ${index}` }],
    label: `Indsats ${index}`,
    value,
    unit: "procent" as const,
    formatted: `${value} %`,
    measure: "i job",
    source: "katalog-2022",
  }));
  const svg = resultChartSvg({ unit: "procent", rows }, "Videre i job eller uddannelse");
  const root = parseHTML(`<div>${svg}</div>`).document.querySelector("svg")!;
  const width = Number(root.getAttribute("viewBox")!.split(" ")[2]);

  it("keeps every bar inside the chart", () => {
    const bars = [...root.querySelectorAll(".bar rect")];
    expect(bars).toHaveLength(4);
    for (const bar of bars) {
      const x = Number(bar.getAttribute("x"));
      const w = Number(bar.getAttribute("width"));
      expect(x).toBeGreaterThanOrEqual(0);
      expect(w).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(width);
    }
  });

  it("labels the clamped values, on the chart and in its text alternative", () => {
    const text = [...root.querySelectorAll(".value")].map((node) => node.textContent).join("|");
    expect(text).toContain("5000 % (uden for skalaen)");
    expect(text).toContain("-50 % (uden for skalaen)");
    expect(text).not.toContain("65 % (uden");
    expect(root.getAttribute("aria-label")).toContain("Indsats 0: 5000 % (uden for skalaen)");
  });
});
