import { domainToUnicode as nodeDomainToUnicode } from "node:url";
import { describe, expect, it } from "vitest";
import { toUnicodeLabel as domainToUnicode } from "./host-policy.ts";

describe("xn-- labels in the check, the build and the editor", () => {
  it("decodes xn-- labels as Node does, and gives nothing for a label that does not decode", () => {
    for (const label of [
      "xn--rdhus-mra",
      "XN--RDHUS-MRA",
      "xn--80ak6aa92e",
      "xn--p1ai",
      "xn--",
      "xn--zz",
      "eksempel",
    ])
      expect(domainToUnicode(label), label).toBe(nodeDomainToUnicode(label));
  });
});
