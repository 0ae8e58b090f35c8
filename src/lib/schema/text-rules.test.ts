import { describe, expect, it } from "vitest";
import { characterAlternation, READER_FORBIDDEN, readerForbids } from "./text-rules.ts";
import { TEXT_KIND_FORBIDDEN } from "./text-fields.ts";

/** The obvious reading: test every code point but the surrogates one by one. */
function oneByOne(matches: (char: string) => boolean): Set<number> {
  const codes = new Set<number>();
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (matches(String.fromCodePoint(code))) codes.add(code);
  }
  return codes;
}

/** The code points a non-u alternative from characterAlternation accepts as a whole value. */
function accepted(alternation: string): Set<number> {
  const pattern = new RegExp(`^(?:${alternation})$`);
  return oneByOne((char) => pattern.test(char));
}

describe("characterAlternation", () => {
  it("accepts exactly the characters the classes match, astral ones as surrogate pairs", () => {
    const line = TEXT_KIND_FORBIDDEN.line;
    const alternation = characterAlternation([...READER_FORBIDDEN, line]);
    expect(accepted(alternation)).toEqual(oneByOne((char) => readerForbids(char) || line.test(char)));
    // Tag characters U+E0000–U+E007F, which the reader refuses, as one high surrogate and a range of lows.
    expect(characterAlternation(READER_FORBIDDEN)).toContain("|\\udb40[\\udc00-\\udc7f]");
  });

  it("refuses a class that is not a plain u-flag class", () => {
    expect(() => characterAlternation([/a/i])).toThrow(/u-flag/);
    expect(() => characterAlternation([/ab/u])).toThrow(/more than one character/);
  });
});
