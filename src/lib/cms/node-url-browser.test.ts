import { domainToUnicode as nodeDomainToUnicode } from "node:url";
import { describe, expect, it } from "vitest";
import { domainToUnicode } from "./node-url-browser.ts";

describe("the browser's node:url for the editor's check", () => {
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
