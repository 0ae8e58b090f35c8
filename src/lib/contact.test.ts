import { describe, expect, it } from "vitest";
import { contactLink, contactProblem } from "./contact.ts";

describe("contactProblem", () => {
  it.each([
    "https://www.horsens.dk/ungeenheden",
    "https://jobcenter.hedensted.dk/borger/ungeenheden-15-30-aar/",
    "mailto:ungeenheden@horsens.dk",
    "MAILTO:uu@randers.dk",
  ])("accepts %s", (value) => {
    expect(contactProblem(value)).toBeUndefined();
  });

  it.each([
    ["http://www.horsens.dk/", /kun https: og mailto:/],
    ["javascript:alert(1)", /kun https: og mailto:/],
    ["data:text/html,<script>", /kun https: og mailto:/],
    ["ftp://horsens.dk/", /kun https: og mailto:/],
    ["www.horsens.dk", /hverken en webadresse/],
    ["ungeenheden@horsens.dk", /hverken en webadresse/],
    ["https://www.horsens.dk/unge enheden", /mellemrum/],
    ["https://www.horsens.dk/\u202eevil", /usynlige tegn/],
    ["https://user:secret@horsens.dk/", /brugernavn/],
    ["https://localhost/", /offentligt domæne/],
    ["mailto:a@horsens.dk,b@horsens.dk", /ikke én gyldig/],
    ["mailto:ungeenheden@horsens.dk?subject=hej", /ikke én gyldig/],
    ["mailto:", /ikke én gyldig/],
  ])("rejects %s and says why", (value, reason) => {
    const problem = contactProblem(value);
    expect(problem).toMatch(reason);
    expect(problem).toContain("mailto:");
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
