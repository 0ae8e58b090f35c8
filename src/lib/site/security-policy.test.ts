import { describe, expect, it } from "vitest";
import {
  headerPolicy,
  headersFile,
  headersForPath,
  metaPolicyOf,
  parseHeadersFile,
  parsePolicy,
  policyHashes,
  SECURITY_HEADERS,
} from "./security-policy.ts";

describe("the security policy", () => {
  const policy = headerPolicy({ script: ["sha256-b", "sha256-a", "sha256-a"], style: ["sha256-c"] });

  it("adds the hashes, sorted and once each, to script-src and style-src", () => {
    const directives = parsePolicy(policy);
    expect(directives.get("script-src")).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      "'sha256-a'",
      "'sha256-b'",
    ]);
    expect(directives.get("style-src")).toEqual(["'self'", "'sha256-c'"]);
  });

  it("locks down everything the site does not use", () => {
    const directives = parsePolicy(policy);
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
    expect(directives.get("base-uri")).toEqual(["'self'"]);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toMatch(/'unsafe-eval'/);
  });

  it("writes a _headers file that the same module reads back", () => {
    const rules = parseHeadersFile(headersFile(policy));
    expect(headersForPath(rules, "/indsatser/skub/")).toEqual({
      "Content-Security-Policy": policy,
      ...SECURITY_HEADERS,
    });
  });

  it("reads the policy and its hashes from a page's meta tag", () => {
    const html = `<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self' 'sha384-y'"></head>`;
    const meta = metaPolicyOf(html);
    expect(meta).toContain("default-src 'self'");
    expect(policyHashes(meta!)).toEqual({ script: ["sha256-x"], style: ["sha384-y"] });
    expect(metaPolicyOf("<head></head>")).toBeUndefined();
  });
});

describe("headersForPath", () => {
  it("applies wildcard and exact rules, later rules winning", () => {
    const rules = parseHeadersFile("/*\n  A: 1\n  B: 2\n# comment\n/soeg/\n  B: 3\n");
    expect(headersForPath(rules, "/soeg/")).toEqual({ A: "1", B: "3" });
    expect(headersForPath(rules, "/om/")).toEqual({ A: "1", B: "2" });
  });
});
