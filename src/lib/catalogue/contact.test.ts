import { describe, expect, it } from "vitest";
import { contactLink, contactProblem } from "./contact.ts";

describe("contactProblem", () => {
  it.each([
    "https://www.horsens.dk/ungeenheden",
    "mailto:ungeenheden@horsens.dk",
    "mailto:ungeenheden@horsens.dk?subject=Henvisning%20af%20en%20ung",
    "tel:+4512345678",
    "tel:70121314",
  ])("accepts %s", (value) => {
    expect(contactProblem(value)).toBeUndefined();
  });

  it.each([
    ["http://www.horsens.dk/", /http:\/\/ er ikke krypteret/],
    ["javascript:alert(1)", /ikke tilladt/],
    ["ungeenheden@horsens.dk", /https:\/\//],
    ["https://www.horsens.dk/unge enheden", /mellemrum/],
    ["mailto:a@horsens.dk?cc=b@horsens.dk", /kun stå \?subject=/],
    ["tel:+45 12 34 56 78", /mellemrum/],
  ])("rejects %s with the URL policy's reason", (value, reason) => {
    expect(contactProblem(value)).toMatch(reason);
  });
});

describe("contactLink", () => {
  it("shows a mailbox without mailto: and a web address without scheme, www or trailing slash", () => {
    expect(contactLink("mailto:uu@randers.dk")).toEqual({
      href: "mailto:uu@randers.dk",
      text: "uu@randers.dk",
      kind: "email",
    });
    expect(contactLink("https://www.horsens.dk/ungeenheden/")).toEqual({
      href: "https://www.horsens.dk/ungeenheden/",
      text: "horsens.dk/ungeenheden",
      kind: "web",
    });
    expect(contactLink("https://randers.dk/").text).toBe("randers.dk");
    expect(contactLink("mailto:uu@randers.dk?subject=Hej").text).toBe("uu@randers.dk");
    expect(contactLink("tel:+4512345678")).toEqual({
      href: "tel:+4512345678",
      text: "+45 12 34 56 78",
      kind: "phone",
    });
  });
});
