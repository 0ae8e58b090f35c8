/**
 * A static bar chart of one group of result figures, drawn at build time with Observable Plot on a
 * server-side DOM (linkedom). The SVG carries no <style> element and no style attributes, so it passes
 * the site's Content-Security-Policy; the page's stylesheet styles it through the `result-chart` class.
 * Text from content reaches the SVG only as DOM text, which the serializer escapes.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { formatNumber } from "./format.ts";
import type { ResultChart } from "./result-groups.ts";
import { RESULT_UNITS } from "./vocabulary/statuses.ts";

const WIDTH = 720;
const BAR_HEIGHT = 30;
const MAX_LABEL = 34;

const shorten = (text: string) => (text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text);

/** The axis label of a unit: "%", "antal", "dage", "kr.". */
export const unitLabel = (unit: ResultChart["unit"]) => RESULT_UNITS[unit].label || "antal";

/** A one-sentence text alternative that names every bar and its value. */
export function chartSummary(chart: ResultChart, groupLabel: string): string {
  const bars = chart.rows.map((row) => `${row.title}: ${row.formatted}`).join("; ");
  return `Søjlediagram, ${groupLabel} (${unitLabel(chart.unit)}). ${bars}.`;
}

export function resultChartSvg(chart: ResultChart, groupLabel: string): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  // One bar per figure; an entry with two figures of the same kind and unit gets two labelled bars.
  const seen = new Map<string, number>();
  const data = chart.rows.map((row) => {
    const n = (seen.get(row.title) ?? 0) + 1;
    seen.set(row.title, n);
    return {
      label: shorten(n > 1 ? `${row.title} (${n})` : row.title),
      value: row.value,
      text: row.formatted,
    };
  });
  const longest = Math.max(...data.map((d) => d.label.length));
  const marginLeft = Math.min(280, 24 + longest * 7.6);
  const max = Math.max(...data.map((d) => d.value));
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height: 50 + data.length * BAR_HEIGHT,
    marginLeft,
    marginRight: 130,
    x: {
      label: unitLabel(chart.unit),
      grid: true,
      domain: [0, chart.unit === "procent" ? 100 : max],
      tickFormat: (value: number) => formatNumber(value),
      ticks: 5,
    },
    y: { label: null, domain: data.map((d) => d.label) },
    marks: [
      Plot.barX(data, { x: "value", y: "label", className: "bar" }),
      Plot.text(data, {
        x: "value",
        y: "label",
        text: "text",
        dx: 6,
        textAnchor: "start",
        className: "value",
      }),
      Plot.ruleX([0]),
    ],
  }) as unknown as Element;
  for (const style of svg.querySelectorAll("style")) style.remove();
  for (const element of [svg, ...svg.querySelectorAll("[style]")]) element.removeAttribute("style");
  // Plot labels its groups for assistive technology, but inside role="img" they are hidden anyway, and
  // aria-label is not allowed on a plain <g>; the whole chart gets one text alternative instead.
  for (const element of svg.querySelectorAll("[aria-label]")) element.removeAttribute("aria-label");
  // Plot writes font-variant as an attribute, which SVG does not define; the stylesheet sets it instead.
  for (const element of svg.querySelectorAll("[font-variant]")) element.removeAttribute("font-variant");
  svg.setAttribute("class", "result-chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", chartSummary(chart, groupLabel));
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  return svg.outerHTML;
}
