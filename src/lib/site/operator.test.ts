import { describe, expect, it } from "vitest";
import { contactLines } from "./operator.ts";

describe("contactLines", () => {
  it("lists nothing when the operator has set no contact details", () => {
    expect(contactLines({})).toEqual([]);
  });

  it("lists the channels that are set, with working links", () => {
    expect(
      contactLines({
        email: "web@example.dk",
        phone: "+45 12 34 56 78",
        feedbackUrl: "https://example.dk/f",
      }),
    ).toEqual([
      { label: "E-mail", text: "web@example.dk", href: "mailto:web@example.dk" },
      { label: "Telefon", text: "+45 12 34 56 78", href: "tel:+4512345678" },
      { label: "Skriv til os", text: "https://example.dk/f", href: "https://example.dk/f" },
    ]);
  });
});
