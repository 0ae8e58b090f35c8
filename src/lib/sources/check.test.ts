/** npm run sources' rules, each with a planted fault and its fix, on a small publication of our own. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadSatteri } from "../content/mdx-compiler.ts";
import { parseWith, readBodyTree } from "./body.ts";
import { checkDocument, type SourceContext } from "./check.ts";
import { approachesDocument, entryDocument } from "./documents.ts";
import { findingLines, MAX_FINDINGS_PER_FILE } from "./report.ts";
import { readPublication } from "./publication-text.ts";
import { FIXTURE_OUTLINE } from "../../../tests/fixtures/sources/outline.ts";

const context: SourceContext = {
  texts: {
    "katalog-2022": readPublication(
      readFileSync("tests/fixtures/sources/katalog.txt", "utf8"),
      FIXTURE_OUTLINE,
    ),
    "mod-til-uddannelse-artikel": readPublication(readFileSync("tests/fixtures/sources/artikel.txt", "utf8")),
  },
  links: {
    "testrup-side": { title: "Måltal i Testrup", publisher: "Testrup Kommune" },
    "anonym-side": { title: "En side om Lyspunktet" },
  },
  focusHeading: (id) => ({ "faelles-maalsaetninger": "Fælles mål", relationsarbejde: "Tæt kontakt" })[id],
};

const satteri = await loadSatteri();
const bodyNotes = (source: string, format: "mdx" | "md") => readBodyTree(parseWith(satteri, source, format));

const SOURCES = [{ publication: "katalog-2022" }, { publication: "mod-til-uddannelse-artikel" }];

type Data = Record<string, unknown>;
function check(
  body: string,
  data: Data = {},
  collection: "interventions" | "governance" | "parts" = "interventions",
) {
  const notes = bodyNotes(body, collection === "interventions" ? "mdx" : "md");
  const document = entryDocument("fil.mdx", collection, { sources: SOURCES, ...data }, () => 7, notes);
  return checkDocument(document, context);
}
const rules = (body: string, data?: Data, collection?: "interventions" | "governance" | "parts") =>
  check(body, data, collection).findings.map((finding) => finding.rule);
const messages = (body: string, data?: Data) => check(body, data).findings.map((finding) => finding.message);

const CASE = "[^case]: katalog-2022, afsnit »Case: Lyspunktet«";

describe("a body whose notes hold", () => {
  it("passes, with every paragraph and list item counted as covered", () => {
    const report = check(
      [
        "Lyspunktet i Østerby Kommune er et værested for unge på 16–24 år, drevet sammen med Åben Dør.[^case]",
        "",
        "- I 2021 var 120 unge med, og 3,6 % kom i job.[^case]",
        "- Over halvdelen kom i uddannelse.[^case]",
        "",
        "**Redaktionens note:** Vi har ikke fundet nyere tal.",
        "",
        "Indsatsen startede i 2019 og koster 2 mio. kr. om året.[^fakta]",
        "",
        CASE,
        "[^fakta]: mod-til-uddannelse-artikel, afsnit »Fakta:«",
      ].join("\n"),
    );
    expect(report.findings).toEqual([]);
    expect(report.coverage).toEqual({ total: 5, covered: 5 });
    expect(report.checkedClaims).toBe(4);
  });
});

describe("planted faults", () => {
  it("note: a reference without a definition, an unused definition, a bad label, an unreadable definition", () => {
    expect(rules("Tekst.[^mangler]\n\n" + CASE)).toEqual(["note", "note"]);
    expect(messages("Tekst.[^a_b]\n\n[^a_b]: katalog-2022, afsnit »Faktaboks«")[0]).toMatch(/små bogstaver/);
    expect(messages("Tekst.[^x]\n\n[^x]: kataloget, afsnit »Faktaboks«")[0]).toMatch(
      /hverken en publikation/,
    );
    expect(messages("Tekst.[^x]\n\n[^x]: link:findes-ikke")[0]).toMatch(/findes ikke i content\/links.toml/);
  });

  it("henvisning: a heading or table row the publication does not print, with the nearest suggested", () => {
    const [message] = messages(
      "Lyspunktet er et værested.[^x]\n\n[^x]: katalog-2022, afsnit »Case: Lyspunkt«",
    );
    expect(message).toMatch(/har ingen overskrift »Case: Lyspunkt«\. Mente du »CASE: LYSPUNKTET«\?/);
    expect(rules("Brobyggerne.[^x]\n\n[^x]: katalog-2022, tabel »Brobyggere«")).toEqual(["henvisning"]);
    expect(rules("Lyspunktet.[^x]\n\n[^x]: katalog-2022, tabel »Lyspunktet«")).toEqual([]);
    expect(messages("Tekst.[^x]\n\n[^x]: mod-til-uddannelse-artikel, tabel »Vesthavn«")[0]).toMatch(
      /har ingen tabel/,
    );
  });

  it("kildeliste: a note on a source the page does not list", () => {
    expect(rules("Testrup følger op.[^l]\n\n[^l]: link:testrup-side")).toEqual(["kildeliste"]);
    expect(
      rules("Testrup følger op.[^l]\n\n[^l]: link:testrup-side", {
        sources: [...SOURCES, { link: "testrup-side" }],
      }),
    ).toEqual([]);
    expect(
      rules("Testrup følger op.[^l]\n\n[^l]: link:testrup-side", { links: ["testrup-side"] }, "governance"),
    ).toEqual([]);
  });

  it("tal: a number, percentage, amount, year or age the passage does not hold", () => {
    expect(messages(`I 2021 var 140 unge med.[^case]\n\n${CASE}`)[0]).toMatch(/Tallet »140« står ikke/);
    expect(rules(`4 % kom i job.[^case]\n\n${CASE}`)).toEqual(["tal"]);
    expect(rules(`Budgettet var 1.350.000 kr.[^case]\n\n${CASE}`)).toEqual(["tal"]);
    expect(rules(`Unge på 16–25 år kan komme.[^case]\n\n${CASE}`)).toEqual(["tal"]);
    expect(rules(`I 2022 var 120 unge med.[^case]\n\n${CASE}`)).toEqual([]); // the publication's own year
  });

  it("navn: a proper name the passage does not hold", () => {
    expect(messages(`Tilbuddet ligger i Vesterby.[^case]\n\n${CASE}`)[0]).toMatch(
      /Navnet »Vesterby« står ikke/,
    );
    expect(rules(`Værestedet drives med Østerbys forening Åben Dør.[^case]\n\n${CASE}`)).toEqual([]);
  });

  it("forbehold: a hedged statement restated without its hedge", () => {
    const body = `Hver medarbejder har op til 15 unge ad gangen.[^case]\n\n${CASE}`;
    expect(messages(body)[0]).toMatch(/Kilden tager forbehold \(»kan«\).*Behold forbeholdet/);
    expect(rules(body.replace("har op til", "kan have op til"))).toEqual([]);
  });

  it("udgiver: prose that names a publisher links.toml does not give", () => {
    const body = (name: string, link: string) =>
      `Linket fører til en side hos ${name}.[^l]\n\n[^l]: link:${link}`;
    const sources = { sources: [...SOURCES, { link: "anonym-side" }, { link: "testrup-side" }] };
    expect(check(body("Region Vest", "anonym-side"), sources).findings[0]?.message).toMatch(
      /nævner »Region Vest« som udgiver af link:anonym-side, men content\/links.toml angiver ingen udgiver/,
    );
    expect(rules(body("Testrup Kommune", "testrup-side"), sources)).toEqual([]);
    expect(rules(body("Region Vest", "testrup-side"), sources)).toEqual(["udgiver"]);
    // Without a link note of its own, a claim that speaks of a link is about the entry's links.
    expect(
      rules(`Det linker til en nyhed fra Region Vest.[^case]\n\n${CASE}`, {
        sources: [...SOURCES, { link: "anonym-side" }],
      }),
    ).toEqual(["navn", "udgiver"]); // "Vest"; "Region" is in the catalogue's publisher
  });

  it("redaktionens-note: the editors' own words with a source note", () => {
    expect(rules(`**Redaktionens note:** Vi mener noget.[^case]\n\n${CASE}`)).toEqual(["redaktionens-note"]);
  });

  it("known: a known: katalog tag without a section, with a heading that is not an example, or in another part", () => {
    const tag = (section?: string, id = "relationsarbejde") => ({
      approaches: [{ id, known: "katalog", ...(section ? { section } : {}) }],
    });
    expect(messages("", tag())[0]).toMatch(/section mangler.*»Tæt kontakt«/);
    expect(rules("", tag("Brobyggerne"))).toEqual([]); // an example in the same part as the focus point
    expect(rules("", tag("Case: Lyspunktet"))).toEqual([]); // the part's case
    expect(messages("", tag("Faktaboks"))[0]).toMatch(/hverken et eksempel/);
    expect(messages("", tag("Måltal i Testrup"))[0]).toMatch(
      /står under »STYRING«, men fokuspunktet »Tæt kontakt« står under »FØR SKOLESTART«/,
    );
    expect(messages("", tag("Lysstriben"))[0]).toMatch(/er ikke en overskrift/);
    expect(rules("", { approaches: [{ id: "relationsarbejde", known: "redaktionen" }] })).toEqual([]);
  });

  it("undtagelse: a written exception excuses one finding, and an unused one is itself a finding", () => {
    const body = `I 2021 var 140 unge med.[^case]\n\n${CASE}`;
    const exception = (quote: string) => ({
      sourceExceptions: [{ rule: "tal", quote, reason: "Tallet står i kommunens egen opgørelse fra 2022." }],
    });
    expect(rules(body, exception("140 unge"))).toEqual([]);
    expect(rules(body, exception("2021"))).toEqual(["tal", "undtagelse"]);
    expect(messages(`I 2021 var 120 unge med.[^case]\n\n${CASE}`, exception("120 unge"))[0]).toMatch(
      /bruges ikke/,
    );
  });
});

describe("what the project cannot check", () => {
  it("is counted as ikke kontrolleret, never passed in silence, and its facts are not judged", () => {
    const report = check(
      "Tilbuddet har 999 pladser.[^k]\n\nLinket viser mere.[^l]\n\n[^k]: kommunalt-indsatskatalog, afsnit »Lyspunktet«\n[^l]: link:anonym-side",
      { sources: [{ publication: "kommunalt-indsatskatalog" }, { link: "anonym-side" }] },
    );
    expect(report.findings).toEqual([]);
    expect(report.notChecked).toEqual({ "kommunalt-indsatskatalog": 1, link: 1 });
  });

  it("includes a seeded publication whose text is missing", () => {
    const report = checkDocument(
      entryDocument(
        "fil.mdx",
        "interventions",
        { sources: SOURCES },
        () => 1,
        bodyNotes(`Tekst.[^case]\n\n${CASE}`, "mdx"),
      ),
      { ...context, texts: {} },
    );
    expect(report.notChecked).toEqual({ "katalog-2022 (teksten mangler)": 1 });
  });
});

describe("the approaches' texts", () => {
  const source = `export const APPROACHES = {
  relationsarbejde: {
    label: "Stærkt relationsarbejde",
    description: "En tæt kontakt giver de unge mod på at fortsætte i skolen.",
    descriptionSource: "katalog-2022, afsnit »Tæt kontakt«",
    promise: "Hver medarbejder kan have op til 15 unge.",
    promiseSource: { publication: "katalog-2022", section: "Faktaboks" },
  },
  "faelles-maalsaetninger": {
    label: "Fælles mål",
    description: "Mål, alle deler.",
    promise: "Fælles mål kan gøre det lettere at se, om de unge flytter sig.",
    source: { publication: "katalog-2022", section: "Fælles mål" },
  },
};`;
  const approaches = {
    relationsarbejde: {
      label: "Stærkt relationsarbejde",
      description: "En tæt kontakt giver de unge mod på at fortsætte i skolen.",
      descriptionSource: "katalog-2022, afsnit »Tæt kontakt«",
      promise: "Hver medarbejder kan have op til 15 unge.",
      promiseSource: { publication: "katalog-2022", section: "Faktaboks" },
    },
    "faelles-maalsaetninger": {
      label: "Fælles mål",
      description: "Mål, alle deler.",
      promise: "Fælles mål kan gøre det lettere at se, om de unge flytter sig.",
      source: { publication: "katalog-2022", section: "Fælles mål" },
    },
  };

  it("are checked like a body, with the line of each text", () => {
    const report = checkDocument(approachesDocument(approaches, source, "approaches.ts"), context);
    expect(report.findings.map((finding) => [finding.line, finding.rule])).toEqual([[4, "forbehold"]]);
    expect(report.coverage).toEqual({ total: 4, covered: 4 });
  });

  it("report a source that does not resolve at the source's line", () => {
    const broken = {
      ...approaches,
      relationsarbejde: {
        ...approaches.relationsarbejde,
        descriptionSource: "katalog-2022, afsnit »Tæt relation«",
      },
    };
    const report = checkDocument(approachesDocument(broken, source, "approaches.ts"), context);
    expect(report.findings.map((finding) => [finding.line, finding.rule])).toEqual([[5, "henvisning"]]);
  });
});

describe("a body with very many faults", () => {
  it("is judged in bounded time and reported in a few lines and a count", () => {
    const body = Array.from({ length: 600 }, (_, i) => `I ${3000 + i} var der 140 unge med.[^case]`).join(
      "\n\n",
    );
    const started = performance.now();
    const report = check(`${body}\n\n${CASE}`);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(report.findings.length).toBe(1200);
    const lines = findingLines(report);
    expect(lines.length).toBe(MAX_FINDINGS_PER_FILE + 1);
    expect(lines.at(-1)).toMatch(/… og 1\.175 fejl mere i filen/);
  });
});
