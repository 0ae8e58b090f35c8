import { describe, expect, it } from "vitest";
import { contactLink, contactProblem } from "./contact.ts";

describe("contactProblem", () => {
  it.each(["https://www.horsens.dk/ungeenheden", "mailto:ungeenheden@horsens.dk"])("accepts %s", (value) => {
    expect(contactProblem(value)).toBeUndefined();
  });

  it.each([
    ["http://www.horsens.dk/", /http:\/\/ er ikke krypteret/],
    ["javascript:alert(1)", /ikke tilladt/],
    ["ungeenheden@horsens.dk", /https:\/\//],
    ["https://www.horsens.dk/unge enheden", /mellemrum/],
    ["mailto:a@horsens.dk?subject=hej", /ikke en gyldig e-mailadresse/],
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
  });
});
