import { describe, expect, it } from "vitest";
import { spacedForIndex } from "./index-text.ts";

describe("spacedForIndex", () => {
  it("separates a term from its description and one box from the next", () => {
    expect(spacedForIndex("<dl><dt>Ansvarlig</dt><dd>Ungeenheden</dd></dl>")).toBe(
      "<dl><dt>Ansvarlig</dt> <dd>Ungeenheden</dd> </dl> ",
    );
    expect(spacedForIndex("<span>Med: Ree Park</span><span>Ifølge kilderne</span>")).toBe(
      "<span>Med: Ree Park</span> <span>Ifølge kilderne</span> ",
    );
  });

  it("leaves phrasing elements that may end inside a word alone, whatever their case", () => {
    const html = '<p><strong>Ung</strong>e på <a href="/x/">vej</a>, <EM>nu</EM>.</p>';
    expect(spacedForIndex(html)).toBe(`${html} `);
  });

  it("changes nothing but the whitespace after closing tags", () => {
    const html = '<div class="a"><dt>Fase</dt ><dd data-x="1">Efter <time>2022</time></dd></div>';
    const spaced = spacedForIndex(html);
    expect(spaced.replace(/ (?=<|$)/g, "")).toBe(html.replace(/ (?=<|$)/g, ""));
    expect(spaced).toContain("</dt > <dd");
  });
});
