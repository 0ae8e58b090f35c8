import { describe, expect, it } from "vitest";
import { searchRecordHtml, withSearchRecord } from "./search-record.ts";

const record = {
  filters: ["fase:efter-grundskolen", "vurderet:maal"],
  meta: { summary: "Unge i job & uddannelse", fase: "Efter grundskolen" },
};

describe("search records", () => {
  it("are hidden HTML that Pagefind reads filters and meta from, and excerpts nothing of", () => {
    expect(searchRecordHtml(record)).toBe(
      '<div hidden data-pagefind-ignore><span data-pagefind-filter="fase:efter-grundskolen"></span>' +
        '<span data-pagefind-filter="vurderet:maal"></span>' +
        '<span data-pagefind-meta="summary">Unge i job &amp; uddannelse</span>' +
        '<span data-pagefind-meta="fase">Efter grundskolen</span></div>',
    );
  });

  it("keep hostile text as text: no element or attribute can start inside a record", () => {
    const html = searchRecordHtml({
      filters: ['x" onmouseover="alert(1)'],
      meta: { summary: "</div><script>alert(1)</script>" },
    });
    expect(html).not.toContain("<script");
    expect(html).toContain('data-pagefind-filter="x&quot; onmouseover=&quot;alert(1)"');
    expect(html.match(/</g)).toHaveLength(6);
  });

  it("go right after the opening tag of the page's data-pagefind-body element", () => {
    const page = '<main><nav>x</nav><article data-pagefind-body class="a">Tekst</article></main>';
    expect(withSearchRecord(page, record)).toBe(
      `<main><nav>x</nav><article data-pagefind-body class="a">${searchRecordHtml(record)}Tekst</article></main>`,
    );
    // The attribute, not the same words in text, in another attribute's name or inside a value.
    expect(withSearchRecord("<p>data-pagefind-body</p><p data-pagefind-body-x>", record)).toBeUndefined();
    const hostile = '<meta content="x data-pagefind-body y"><div data-pagefind-body>T</div>';
    expect(withSearchRecord(hostile, record)).toBe(
      `<meta content="x data-pagefind-body y"><div data-pagefind-body>${searchRecordHtml(record)}T</div>`,
    );
  });
});
