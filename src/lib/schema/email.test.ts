import { describe, expect, it } from "vitest";
import { addrSpecProblem, contactAddress, mailtoHref } from "./email.ts";

// The same rule as a contact's mailto: address (url-policy.ts), so one address is judged one way.
describe("addrSpecProblem", () => {
  it.each(["redaktionen@example.dk", "lovende.praksis+gennemgang@rm.dk", "a_b-c@sub.example.org"])(
    "accepts %s",
    (value) => expect(addrSpecProblem(value)).toBeUndefined(),
  );

  it.each([
    ["redaktionen", "ikke én e-mailadresse"],
    ["Redaktionen <r@example.dk>", "mellemrum"],
    ['"r d"@example.dk', "mellemrum"],
    ["r..d@example.dk", "navnet før @"],
    ["r@localhost", "ikke et domænenavn"],
    ["r@192.168.0.1", "IP-adresse"],
    ["ræd@example.dk", "navnet før @"],
    ["r@example.dk\nBcc: x@y.dk", "U+000A"],
    ["r@example.dk?subject=x", "fjern alt efter adressen"],
  ])("rejects %j and says why", (value, why) => {
    expect(addrSpecProblem(value)).toContain(why);
  });
});

describe("mailtoHref", () => {
  it("prefills subject and body, percent-encoded with CRLF line breaks, so no text can add a header", () => {
    const href = mailtoHref({ to: "r@example.dk", subject: "Emne & mere", body: "Linje 1\nBcc: x@y.dk" });
    expect(href).toBe("mailto:r@example.dk?subject=Emne%20%26%20mere&body=Linje%201%0D%0ABcc%3A%20x%40y.dk");
    const url = new URL(href);
    expect([...url.searchParams.keys()]).toEqual(["subject", "body"]);
  });

  it("leaves the recipient empty when there is none, so the sender fills it in", () => {
    expect(mailtoHref({ subject: "S", body: "B" })).toBe("mailto:?subject=S&body=B");
  });

  it("reads the address of a functional mailbox contact, and none from a web page", () => {
    expect(contactAddress("mailto:ungeenheden@horsens.dk")).toBe("ungeenheden@horsens.dk");
    expect(contactAddress("https://horsens.dk/unge")).toBeUndefined();
    expect(contactAddress(undefined)).toBeUndefined();
  });
});
