/**
 * A static bar chart of one group of result figures, drawn at build time with Observable Plot on a
 * server-side DOM (linkedom). The SVG carries no <style> element and no style attributes, so it passes
 * the site's Content-Security-Policy; the page's stylesheet styles it through the `result-chart` class.
 * Text from content reaches the SVG only as DOM text, which the serializer escapes.
 */
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { formatNumber } from "../site/format.ts";
import type { ResultChart } from "./result-groups.ts";
import { RESULT_UNITS } from "../vocabulary/statuses.ts";

/**
 * Drawn for a phone: the SVG scales with its box, so its text is only readable at every width if the
 * drawing is about as wide as a phone's column. Each bar gets the full width, with the entry's name and
 * value on a line above it, and the stylesheet caps the chart's width on larger screens (results.css).
 */
const WIDTH = 340;
const MARGIN_X = 4;
const ROW = 44;
/** Average advance of a character at the chart's 13-unit font, generous for the system font stack. */
const CHAR = 7.6;

/** How the x axis counts: kroner run into millions, whose ticks would run together written out in full. */
export function axisScale(chart: ResultChart): { label: string; divisor: number } {
  const max = Math.max(...chart.rows.map((row) => row.value));
  if (chart.unit === "kr" && max >= 1_000_000) return { label: "mio. kr.", divisor: 1_000_000 };
  if (chart.unit === "kr" && max >= 10_000) return { label: "1.000 kr.", divisor: 1_000 };
  return { label: unitLabel(chart.unit), divisor: 1 };
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The axis label of a unit: "%", "antal", "dage", "kr.". */
export const unitLabel = (unit: ResultChart["unit"]) => RESULT_UNITS[unit].label || "antal";

/** The top of the x axis: 100 for percentages, else the largest value (never below 0). */
export function scaleTop(chart: ResultChart): number {
  if (chart.unit === "procent") return 100;
  const max = Math.max(0, ...chart.rows.map((row) => (Number.isFinite(row.value) ? row.value : 0)));
  return max > 0 ? max : 1;
}

/** Whether a value lies outside the chart's scale, so its bar is cut at the edge. */
export const outOfScale = (chart: ResultChart, value: number) =>
  !Number.isFinite(value) || value < 0 || value > scaleTop(chart);

/** Added to the value of a bar cut at the chart's edge, on the chart and in its text alternative. */
export const OUT_OF_SCALE_LABEL = "uden for skalaen";

/** The value as a bar shows it, marked when the bar is cut at the chart's edge. */
function barText(chart: ResultChart, row: ResultChart["rows"][number]): string {
  return outOfScale(chart, row.value) ? `${row.formatted} (${OUT_OF_SCALE_LABEL})` : row.formatted;
}

/** A one-sentence text alternative that names every bar and its value. */
export function chartSummary(chart: ResultChart, groupLabel: string): string {
  const bars = chart.rows.map((row) => `${row.label}: ${barText(chart, row)}`).join("; ");
  return `Søjlediagram, ${groupLabel} (${unitLabel(chart.unit)}). ${bars}.`;
}

export function resultChartSvg(chart: ResultChart, groupLabel: string): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const scale = axisScale(chart);
  // One bar per figure; an entry with two figures of the same kind and unit gets two labelled bars.
  const seen = new Map<string, number>();
  const top = scaleTop(chart) / scale.divisor;
  const data = chart.rows.map((row, index) => {
    const n = (seen.get(row.label) ?? 0) + 1;
    seen.set(row.label, n);
    const name = n > 1 ? `${row.label} (${n})` : row.label;
    const text = barText(chart, row);
    // The name gets the room the value leaves on its line.
    const room = Math.floor((WIDTH - 2 * MARGIN_X - (text.length + 2) * CHAR) / CHAR);
    return {
      key: String(index),
      label: shorten(name, room),
      // No bar leaves its chart: a value outside the scale is drawn at its edge and labelled.
      value: Math.min(Math.max(row.value / scale.divisor, 0), top),
      text,
      context: row.scope !== undefined,
    };
  });
  const svg = Plot.plot({
    document,
    width: WIDTH,
    height: 12 + data.length * ROW + 40,
    marginTop: 12,
    marginBottom: 40,
    marginLeft: MARGIN_X,
    marginRight: MARGIN_X,
    x: {
      label: scale.label,
      labelAnchor: "right",
      labelArrow: "none",
      labelOffset: 34,
      grid: true,
      domain: [0, top],
      nice: chart.unit !== "procent",
      tickFormat: (value: number) => formatNumber(value),
      ticks: 4,
      insetRight: 10,
    },
    y: { axis: null, domain: data.map((d) => d.key), padding: 0 },
    marks: [
      // A context figure's bar is drawn apart (lighter, see results.css), so it never reads as a result.
      Plot.barX(
        data.filter((d) => !d.context),
        { x: "value", y: "key", insetTop: 22, insetBottom: 4, className: "bar" },
      ),
      Plot.barX(
        data.filter((d) => d.context),
        { x: "value", y: "key", insetTop: 22, insetBottom: 4, className: "bar bar-context" },
      ),
      Plot.text(data, {
        y: "key",
        text: "label",
        frameAnchor: "left",
        textAnchor: "start",
        dy: -9,
        className: "name",
      }),
      Plot.text(data, {
        y: "key",
        text: "text",
        frameAnchor: "right",
        textAnchor: "end",
        dy: -9,
        className: "value",
      }),
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
