import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readHead } from "./security-headers.ts";

const dir = mkdtempSync(join(tmpdir(), "lp-head-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = (name: string, html: string) => {
  const file = join(dir, name);
  writeFileSync(file, html);
  return file;
};

describe("readHead: a page up to its </head>", () => {
  it("stops at the end of the head and leaves the body unread", () => {
    const file = page(
      "short.html",
      `<html><head><meta charset="utf-8"></head><body>${"x".repeat(100_000)}</body>`,
    );
    expect(readHead(file)).toBe(`<html><head><meta charset="utf-8">`);
  });

  it("finds a </head> that straddles two chunks, with multi-byte text before it", () => {
    for (const offset of [16 * 1024 - 3, 16 * 1024 - 7, 16 * 1024, 40_000]) {
      const head = `<html><head><title>${"ø".repeat(Math.floor((offset - 30) / 2))}</title>`;
      const file = page(`long-${offset}.html`, `${head}</head><body>krop</body>`);
      expect(readHead(file)).toBe(head);
    }
  });

  it("reads the whole file when there is no </head>", () => {
    const file = page("headless.html", "<p>ingen head</p>");
    expect(readHead(file)).toBe("<p>ingen head</p>");
  });
});
