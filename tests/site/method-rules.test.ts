/** The method page publishes rubric v2's tie-break rules from rubric.ts, and each element links its own rules. */
import { beforeAll, describe, expect, it } from "vitest";
import { routes } from "../../src/lib/catalogue/index.ts";
import { ELEMENT_KEYS, RUBRIC_VERSION, rulesFor, TIE_BREAK_RULES } from "../../src/lib/vocabulary/index.ts";
import { attributeValues, readPage, requireBuild } from "../support/dist.ts";

const escaped = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll('"', "&quot;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll("'", "&#39;");

beforeAll(requireBuild);

describe("the tie-break rules on the method page", () => {
  const html = () => readPage(routes.method().replace(/^\/|\/$/g, ""));

  it("names the rubric's version and the date it took effect", () => {
    expect(html()).toContain(`data-rubric-version="${RUBRIC_VERSION.version}"`);
    expect(html()).toContain(`datetime="${RUBRIC_VERSION.date}"`);
  });

  it("shows every rule in full, in the module's order, each with its own anchor", () => {
    expect(attributeValues(html(), "data-tie-break-rule")).toEqual(TIE_BREAK_RULES.map((rule) => rule.id));
    for (const rule of TIE_BREAK_RULES) {
      expect(html()).toContain(`id="regel-${rule.id}"`);
      for (const text of [rule.question, rule.rule, rule.reason, rule.example])
        expect(html(), rule.id).toContain(escaped(text));
    }
  });

  it("links each element's rules from below its rubric table", () => {
    for (const key of ELEMENT_KEYS) {
      const rules = rulesFor(key);
      if (rules.length === 0) {
        expect(html()).not.toContain(`data-element-rules="${key}"`);
        continue;
      }
      const start = html().indexOf(`data-element-rules="${key}"`);
      expect(start, key).toBeGreaterThan(-1);
      const block = html().slice(start, html().indexOf("</div>", start));
      for (const rule of rules) expect(block, `${key}: ${rule.id}`).toContain(`href="#regel-${rule.id}"`);
    }
  });
});
