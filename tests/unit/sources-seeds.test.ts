/**
 * The source check on the real publications (../shared/seeds, or LP_SHARED_DIR): the catalogue's
 * outline, its cases, focus points and table rows (misprints included), the articles' headings, the
 * hedges the fact-check audit found dropped (../shared/audit/factcheck-2026-12.md: M5, M18–M20, M22)
 * and the catalogue's ties between examples and focus points. Skipped outside CI without the seeds.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  applyMisprints,
  droppedHedges,
  judgeKnownTag,
  missingFacts,
  passageFacts,
  PUBLICATIONS_WITH_TEXT,
  readPublication,
  resolveHeading,
  resolveRow,
  SEEDED_PUBLICATIONS,
  seedFileOf,
  seedsLocation,
  type PublicationText,
} from "../../src/lib/sources/index.ts";
import type { PublicationId } from "../../src/lib/vocabulary/index.ts";

const location = seedsLocation(process.env, process.cwd());
const present = existsSync(location.seeds);
if (!present && location.required) throw new Error(`The seeds are missing in CI: ${location.seeds}`);

function load(id: PublicationId): PublicationText {
  const file = seedFileOf(id, readdirSync(location.seeds))!;
  return readPublication(readFileSync(join(location.seeds, file), "utf8"), SEEDED_PUBLICATIONS[id]?.profile);
}

describe.skipIf(!present)("the real publications", () => {
  const catalogue = present ? load("katalog-2022") : undefined!;
  const passage = (heading: string, publication = catalogue) => {
    const resolution = resolveHeading(publication, heading);
    if (!resolution.ok)
      throw new Error(`»${heading}« does not resolve; nearest: ${resolution.suggestions.join(", ")}`);
    return applyMisprints(resolution.passages[0]!.text, publication.misprints);
  };

  it("are all held, one seed each", () => {
    expect(PUBLICATIONS_WITH_TEXT.every((id) => seedFileOf(id, readdirSync(location.seeds)))).toBe(true);
  });

  it("resolve the catalogue's cases, sections, focus points and subheadings", () => {
    for (const heading of [
      "Case: Energi til hinanden",
      "Case: Ung i uddannelse",
      "Case: IPS-Ung",
      "Case: Bedsteforælderordningen",
      "Koordinering og samarbejde",
      "Tværgående opmærksomheder",
      "Stærkt relationsarbejde",
      "Lad de unge tale først",
      "Ungevejen og en prioriteret, sammenhængende ungeindsats",
      "Ree Park - Ungeteam",
    ]) {
      expect(resolveHeading(catalogue, heading).ok, heading).toBe(true);
    }
    expect(passage("Case: Ung i uddannelse")).toContain("FAKTABOKS");
    expect(passage("Case: Ung i uddannelse")).not.toContain("INDSATSER EFTER GRUNDSKOLEN");
    expect(passage("Lad de unge tale først")).not.toContain("TRE STÆRKE BUD");
    expect(passage("Tværgående opmærksomheder")).toContain("CASE: ENERGI TIL HINANDEN");
  });

  it("resolve table rows by their printed names, misprints included", () => {
    for (const row of [
      "Ung på vej",
      "Læringslokomotivet",
      "Samspil",
      "Bedsteforældre-ordning",
      "KTA – Klar til arbejde",
      "#KomMed",
    ]) {
      expect(resolveRow(catalogue, row).ok, row).toBe(true);
    }
    const row = resolveRow(catalogue, "Et skridt ad gangen. Udsatte unge på vej mod uddannelse og arbejde");
    expect(
      row.ok &&
        missingFacts(
          "Guldborgsund Kommune",
          passageFacts(applyMisprints(row.passages[0]!.text, catalogue.misprints)),
        ),
    ).toEqual([]);
  });

  it("resolve the articles' headings", () => {
    expect(passage("56 % er kommet i job eller på uddannelse", load("mod-til-uddannelse-artikel"))).toContain(
      "39 %",
    );
    expect(passage("Modellen skal sikre, at:", load("fra-anbringelse-til-uddannelse-projekt"))).toContain(
      "18. år",
    );
    expect(passage("Fakta:", load("mod-til-uddannelse-artikel"))).toContain("6,5 mio. kr.");
  });

  it("catch the hedges the audit found dropped", () => {
    const dropped = (heading: string, claim: string) =>
      droppedHedges(claim, passage(heading), [heading]).flatMap((item) =>
        item.passages.flatMap((p) => p.words),
      );
    // M5, parts/koordinering.md
    expect(
      dropped(
        "Koordinering og samarbejde",
        "Det sker stadig, trods mange års fokus på en sammenhængende indsats, også i lovgivningen.",
      ),
    ).toEqual(["risiko for"]);
    // M18, individuelle-planer.promise
    expect(
      dropped(
        "Individuelle planer for de unge og tæt opfølgning",
        "Mange af de unge har ingen i deres eget netværk, der kan se og anerkende deres fremskridt.",
      ),
    ).toEqual(["ikke nødvendigvis"]);
    // M19, saerlige-maalgrupper.promise
    expect(
      dropped(
        "Tilbud til særlige målgrupper",
        "For unge med særlige diagnoser eller psykiske og sociale problemer er en målrettet indsats ofte det, der afgør, om de kommer ud af restgruppen og bliver i uddannelse eller job.",
      ),
    ).toEqual(["medvirkende", "ser ud til"]);
    // M20, tvaers-af-forvaltninger.promise
    expect(
      dropped(
        "Samarbejde på tværs af forvaltninger",
        "Et samarbejde, der er bygget ind i organisationen og ikke kun opstår omkring den enkelte sag, sikrer overleveringen mellem forvaltninger og tilbud, så den unge ikke selv skal skabe sammenhængen.",
      ),
    ).toEqual(["kan med fordel"]);
    // M22, relationsarbejde and aktivitet
    expect(
      dropped(
        "Stærkt relationsarbejde",
        "Erfaringerne peger på, at forandring sker, når de unge indgår i et positivt samspil med andre.",
      ),
    ).toEqual(["kan"]);
    expect(
      dropped("At holde den unge i aktivitet", "Gode vaner flytter dem tættere på uddannelse og job."),
    ).toEqual(["kan"]);
    // … and leave the fixed wording alone.
    expect(
      dropped(
        "Stærkt relationsarbejde",
        "Erfaringerne peger på, at der kan ske en forandring, når de unge indgår i et positivt samspil med andre.",
      ),
    ).toEqual([]);
  });

  it("tie an example to a focus point only in the part that lists both", () => {
    const judge = (focus: string, section: string) => judgeKnownTag(catalogue, focus, section);
    expect(judge("Stærkt relationsarbejde", "Frivillige erhvervsmentorer").ok).toBe(true);
    expect(judge("At holde den unge i aktivitet", "Case: Energi til hinanden").ok).toBe(true);
    expect(judge("Mentorer/støttekontaktpersoner", "Ung på vej").ok).toBe(true); // its second occurrence
    expect(
      judge("Brug af data i styring og opfølgning", "Måltal i styring og opfølgning på jobcenteret").ok,
    ).toBe(true);
    expect(
      judge("Bredt involverende politisk udvalg", "Sammen skaber vi positive forandringer"),
    ).toMatchObject({
      ok: false,
      reason: "other-part",
      examplePart: "KOORDINERING OG SAMARBEJDE",
    });
    expect(judge("Virksomhedsrettede indsatser", "Faktaboks")).toMatchObject({
      ok: false,
      reason: "not-an-example",
    });
  });
});
