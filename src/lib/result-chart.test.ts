import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { resultChartSvg } from "./result-chart.ts";
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
