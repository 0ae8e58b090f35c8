import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { metaPolicyOf, policyHashes, withPageHashesOnly } from "./security-policy.ts";

const sha = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
const STYLE = ".x{color:red}";
const page = (body: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' '${sha("a()")}' 'sha256-external'; style-src 'self' '${sha(STYLE)}' 'sha256-sheet'"></head><body>${body}</body></html>`;

describe("withPageHashesOnly", () => {
  it("drops every hash the page has no inline element for, and keeps every other source", async () => {
    const html = await withPageHashesOnly(page("<p>Ingen scripts</p>"));
    expect(policyHashes(metaPolicyOf(html)!)).toEqual({ script: [], style: [] });
    expect(metaPolicyOf(html)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
    );
  });

  it("keeps the hashes of the page's own inline script and style, not those of external files", async () => {
    const html = await withPageHashesOnly(
      page(`<style>${STYLE}</style><script>a()</script><script type="module" src="/x.js"></script>`),
    );
    expect(policyHashes(metaPolicyOf(html)!)).toEqual({ script: [sha("a()")], style: [sha(STYLE)] });
  });

  it("leaves a page without a policy or without hashes as it was", async () => {
    expect(await withPageHashesOnly("<p>x</p>")).toBe("<p>x</p>");
    const plain = `<meta http-equiv="content-security-policy" content="default-src 'self'">`;
    expect(await withPageHashesOnly(plain)).toBe(plain);
  });
});
