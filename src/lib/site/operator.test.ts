import { describe, expect, it } from "vitest";
import { contactLines, OPERATOR_NAME_VARIABLE, readOperator } from "./operator.ts";

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

describe("readOperator", () => {
  it("names the operator from OPERATOR_NAME, and nothing when it is unset or blank", () => {
    expect(readOperator({ [OPERATOR_NAME_VARIABLE]: "  Region Midtjylland  " })).toEqual({
      name: "Region Midtjylland",
    });
    expect(readOperator({})).toEqual({});
    expect(readOperator({ [OPERATOR_NAME_VARIABLE]: " " })).toEqual({});
  });

  it("stops the build on a value that is not one short line", () => {
    expect(() => readOperator({ [OPERATOR_NAME_VARIABLE]: "Region\nMidtjylland" })).toThrow(
      OPERATOR_NAME_VARIABLE,
    );
    expect(() => readOperator({ [OPERATOR_NAME_VARIABLE]: "x".repeat(121) })).toThrow(/120/);
    expect(() => readOperator({ [OPERATOR_NAME_VARIABLE]: "Region\u200bMidt" })).toThrow();
  });
});
