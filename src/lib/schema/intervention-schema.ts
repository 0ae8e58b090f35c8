import { z } from "astro/zod";
import { ANCHORINGS } from "../vocabulary/anchoring.ts";
import { ELEMENTS, MAX_SCORE_LEVEL, SCORE_LEVELS } from "../vocabulary/elements.ts";
import { MUNICIPALITIES, REGIONS, SCOPES } from "../vocabulary/geography.ts";
import { PHASES } from "../vocabulary/phases.ts";
import { RESULT_QUALIFIERS, RESULT_UNITS, STATUSES } from "../vocabulary/statuses.ts";
import { RESULT_KINDS, RESULT_SCOPES } from "../vocabulary/result-kinds.ts";
import { TARGET_GROUPS } from "../vocabulary/target-groups.ts";
import { PUBLICATIONS } from "../vocabulary/publications.ts";
import { calendarDateField } from "./date-field.ts";
import { record, reviewedField, yearOrMonthField } from "./schema-pieces.ts";
import { showHidden } from "./text-rules.ts";
import { lineText, paragraphText, TEXT_LIMITS } from "./text-fields.ts";
import { hasLocator, locatorField, rationaleField, sectionMessage } from "./assessment-rules.ts";
import {
  participantsField,
  refuseNegativeZero,
  resultValueField,
  resultValueProblem,
} from "./number-fields.ts";
import { contactUrlField } from "./url-policy.ts";
import { RESPONSIBLE_UNKNOWN } from "./responsible.ts";
import { approachesField } from "./approach-field.ts";
import { personNameProblem } from "./confirmation.ts";
import { CONFIRMATION_METHODS, PAGE_METHOD } from "../vocabulary/confirmation.ts";
import { unknownKeysMessage, unknownValueMessage, vocabularyField } from "./vocabulary-field.ts";
import { sourceExceptionsField } from "./source-exceptions.ts";

/**
 * Danish wording for the generic type errors zod raises before any field-specific message applies,
 * above all a required field that is missing. Editors read these messages in build and check output.
 */
z.config({
  customError: (issue) => {
    if (issue.code === "unrecognized_keys")
      return `Ukendt felt: ${issue.keys.map((key) => `"${key}"`).join(", ")}. Slet det, eller ret stavningen.`;
    if (issue.code === "too_small" && issue.origin === "string")
      return `Skal være mindst ${String(issue.minimum)} tegn.`;
    if (issue.code !== "invalid_type") return undefined;
    if (issue.input === undefined)
      return `Mangler feltet; det er påkrævet (forventet ${danishType(issue.expected)}).`;
    return `Forkert type: forventet ${danishType(issue.expected)}, men fik ${shownInput(issue.input)}. ${typeFix(issue.expected, issue.input)}`.trim();
  },
});

/** How to write a value of the expected type, given what the editor wrote. */
function typeFix(expected: string, input: unknown): string {
  if (expected === "string" && (typeof input === "number" || typeof input === "boolean")) {
    return `Skriv værdien i anførselstegn, så den læses som tekst: "${shownInput(input)}"${typeof input === "number" ? " (et årstal skrives også i anførselstegn)" : ""}.`;
  }
  if ((expected === "number" || expected === "int") && typeof input === "string") {
    return /^-?\d+(?:\.\d+)?$/.test(input.trim())
      ? `Skriv tallet uden anførselstegn: ${input.trim()}.`
      : "Skriv et tal uden anførselstegn, fx 15.";
  }
  if (expected === "boolean") return "Skriv true eller false uden anførselstegn.";
  if (expected === "array")
    return "Skriv en liste: [a, b] på én linje, eller - foran hvert punkt på hver sin linje.";
  if (expected === "object")
    return "Skriv felterne på hver sin linje under feltnavnet, indrykket to mellemrum, eller som { navn: værdi }.";
  if (expected === "string") return 'Skriv teksten efter feltnavnet, fx title: "Tekst".';
  return "";
}

/** A value as the editor wrote it, near enough: JSON would show NaN and Infinity as null. */
function shownInput(input: unknown): string {
  if (typeof input === "number" && !Number.isFinite(input)) {
    return Number.isNaN(input) ? ".nan (ikke et tal)" : `${input < 0 ? "-" : ""}.inf (uendeligt)`;
  }
  if (input instanceof Date) return input.toISOString().slice(0, 10);
  return showHidden(JSON.stringify(input) ?? String(input));
}

function danishType(type: string): string {
  const names: Record<string, string> = {
    array: "en liste",
    object: "et objekt",
    string: "tekst",
    number: "et tal",
    int: "et helt tal",
    boolean: "true eller false",
    date: "en dato",
  };
  return names[type] ?? type;
}

export const municipalityField = vocabularyField(
  MUNICIPALITIES,
  'kommune (brug kommunens slug, fx "ringkoebing-skjern")',
);
export const regionField = vocabularyField(REGIONS, "region");
export const phaseField = vocabularyField(PHASES, "fase");
export const targetGroupField = vocabularyField(TARGET_GROUPS, "målgruppe-tag");
export const anchoringField = vocabularyField(ANCHORINGS, "forankrings-tag");
export const elementField = vocabularyField(ELEMENTS, "element i lovende praksis");
export const publicationField = vocabularyField(PUBLICATIONS, "publikation");

const contextSchema = record({
  scope: vocabularyField(SCOPES, "rækkevidde")
    .default("kommunal")
    .describe("Kommunal, tværkommunal, regional eller national."),
  municipalities: z
    .array(municipalityField)
    .default([])
    .describe("Kommuner, hvor indsatsen kører, som slugs fra geography.ts."),
  regions: z
    .array(regionField)
    .default([])
    .describe("Kun for regionale indsatser uden bestemte kommuner; ellers udledes regionen af kommunerne."),
  organisation: lineText("context.organisation", { min: 2, max: TEXT_LIMITS.name })
    .optional()
    .describe("Organisation bag en ikke-kommunal indsats, fx Ungdomsskoleforeningen."),
  note: paragraphText("context.note", { max: TEXT_LIMITS.note })
    .optional()
    .describe('Kildens egen formulering, når den siger mere, fx "udrulning i 11 kommuner".'),
}).superRefine((context, ctx) => {
  const local = context.scope === "kommunal" || context.scope === "tvaerkommunal";
  if (local && context.municipalities.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["municipalities"],
      message: `En ${context.scope} indsats skal nævne mindst én kommune.`,
    });
  }
  if (context.scope === "regional" && context.regions.length === 0 && context.municipalities.length === 0) {
    ctx.addIssue({
      code: "custom",
      path: ["regions"],
      message: "En regional indsats skal nævne sin region.",
    });
  }
});

/** An age in whole years, 0–99, with one Danish message that shows the value and what is allowed. */
const ageField = (name: string) => {
  const error = (issue: { input?: unknown }) =>
    `age.${name} skal være et helt tal fra 0 til 99 (alder i år), men er ${shownInput(issue.input)}.`;
  return z
    .number({ error })
    .int({ error })
    .min(0, { error })
    .max(99, { error })
    .superRefine(refuseNegativeZero(`age.${name}`));
};

const ageSchema = record({
  min: ageField("min").describe("Yngste alder i år."),
  max: ageField("max").describe("Ældste alder i år."),
}).refine((age) => age.min <= age.max, { error: "age.min skal være mindre end eller lig med age.max." });

/** What an assessment rests on: a section of a publication, or a link id from content/links.toml. */
const basisSchema = <L extends z.ZodType>(link: L) =>
  z.union(
    [
      record({
        publication: publicationField.describe("Publikationen, vurderingen bygger på."),
        section: locatorField("section")
          .optional()
          .describe('Afsnit, side eller tabelrække i publikationen, fx "Case: IPS-Ung" eller "s. 12".'),
      }),
      record({ link: link.describe("Id fra content/links.toml, som vurderingen bygger på.") }),
    ],
    {
      error: (issue) => {
        const input = issue.input as { publication?: unknown; section?: unknown } | undefined;
        // The union hides the inner errors too; say what is wrong with the section, if that is it.
        const section = input && typeof input === "object" ? sectionMessage(input.section) : undefined;
        if (section) return section;
        // The union hides the inner enum error; name the unknown publication the editor wrote.
        if (
          input &&
          typeof input === "object" &&
          "publication" in input &&
          !Object.hasOwn(PUBLICATIONS, String(input.publication))
        )
          return unknownValueMessage(input.publication, PUBLICATIONS, "publikation");
        return "basis er en liste, hvor hvert punkt er { publication, section } eller { link } med et id fra content/links.toml.";
      },
    },
  );

const scoreSchema = <L extends z.ZodType>(link: L) =>
  record({
    level: z
      .number({
        error: (issue) =>
          issue.input === undefined
            ? `Mangler level (0–${MAX_SCORE_LEVEL}).`
            : `level skal være et helt tal fra 0 til ${MAX_SCORE_LEVEL} skrevet uden anførselstegn, men er ${JSON.stringify(issue.input)}.`,
      })
      .int({ error: "level skal være et helt tal fra 0 til 3." })
      .min(0, {
        error: (issue) => `level skal være fra 0 til ${MAX_SCORE_LEVEL} (fik ${String(issue.input)}).`,
      })
      .max(MAX_SCORE_LEVEL, {
        error: (issue) =>
          `level skal være fra 0 til ${MAX_SCORE_LEVEL} (fik ${String(issue.input)}). Fjern elementet helt, hvis det ikke er vurderet.`,
      })
      .superRefine(refuseNegativeZero("level"))
      .describe(
        `Niveau fra 0 (${SCORE_LEVELS[0].label.toLowerCase()}) til ${MAX_SCORE_LEVEL} (${SCORE_LEVELS[3].label.toLowerCase()}) efter rubrikken på /metode/: hvor godt kilderne dokumenterer elementet.`,
      ),
    rationale: rationaleField.describe("Hvad i kilderne niveauet bygger på."),
    basis: z
      .array(basisSchema(link), {
        error: (issue) =>
          issue.input === undefined
            ? "Et niveau kræver et grundlag (basis): den publikation og det afsnit, eller det link, vurderingen bygger på."
            : undefined,
      })
      .min(1, { error: "basis skal nævne mindst én publikation eller ét link." })
      .describe("Publikation og afsnit, eller link-id, som vurderingen bygger på."),
  }).superRefine((score, ctx) => {
    // The highest level claims the sources document the element well: say exactly where.
    if (score.level === MAX_SCORE_LEVEL && !score.basis.some(hasLocator)) {
      ctx.addIssue({
        code: "custom",
        path: ["basis"],
        message: `Niveau ${MAX_SCORE_LEVEL} kræver, at mindst ét punkt i basis siger præcis hvor: et afsnit, en side eller en tabelrække i publikationen (section), fx { publication: katalog-2022, section: "Case: IPS-Ung" }, eller et link til den side, der dokumenterer elementet. Tilføj section, eller sæt niveauet ned.`,
      });
    }
  });

const resultFields = {
  value: resultValueField.describe(
    "Tallet, fx 65: procent fra 0 til 100, antal fra 0 og op, dage over 0, kroner fra 0 og op.",
  ),
  unit: vocabularyField(RESULT_UNITS, "enhed").describe("Enheden for tallet."),
  qualifier: vocabularyField(RESULT_QUALIFIERS, "ord foran tallet")
    .optional()
    .describe(
      'Kildens ord foran tallet, fx "knapt" i "knapt 80 %". Udelades, når kilden giver tallet præcist.',
    ),
  measure: lineText("measure (hvad tallet måler)", { max: TEXT_LIMITS.measure }).describe(
    'Hvad tallet måler, fx "afsluttet til job eller uddannelse".',
  ),
  kind: vocabularyField(RESULT_KINDS, "resultattype")
    .optional()
    .describe("Hvilken slags tal det er, så /resultater/ kan samle tal af samme slags."),
  period: lineText("period", { max: TEXT_LIMITS.period }).optional().describe('Periode, fx "2020–2021".'),
  participants: participantsField.optional().describe("Antal unge, tallet bygger på."),
  source: publicationField.default("katalog-2022").describe("Publikationen, tallet stammer fra."),
  scope: vocabularyField(RESULT_SCOPES, "slags tal (scope)")
    .optional()
    .describe(
      "kontekst, når tallet beskriver omgivelserne (fx hele skolen) og ikke indsatsen selv. Udelades for indsatsens egne tal.",
    ),
};

/** A result figure; `sharedWith` names other entries the same figure is given for, by their ids. */
const resultSchema = <R extends z.ZodType>(intervention: R) =>
  record({
    ...resultFields,
    sharedWith: z
      .array(intervention)
      .optional()
      .describe(
        "Andre indsatser, som kilden giver præcis det samme tal for. Tallet skrives kun her og vises også på dem; skriv det ikke igen i deres results.",
      ),
  }).superRefine((result, ctx) => {
    const problem = resultValueProblem(result);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });

const publicationSourceSchema = record({
  publication: publicationField.describe("Publikationen, indsatsen er beskrevet i."),
  section: locatorField("section")
    .optional()
    .describe('Afsnit i publikationen, fx "Case: Energi til hinanden".'),
});

const sourceSchema = <L extends z.ZodType>(link: L) =>
  z.union(
    [
      publicationSourceSchema,
      record({ link, via: publicationField.optional().describe("Publikationen, der henviser til linket.") }),
    ],
    {
      error: (issue) =>
        sectionMessage((issue.input as { section?: unknown } | undefined)?.section) ??
        "En kilde er enten { publication, section } eller { link } med et id fra content/links.toml.",
    },
  );

const periodSchema = record({
  start: yearOrMonthField.optional().describe("Start som ÅÅÅÅ eller ÅÅÅÅ-MM."),
  end: yearOrMonthField.optional().describe("Slut som ÅÅÅÅ eller ÅÅÅÅ-MM."),
  note: paragraphText("period.note", { max: TEXT_LIMITS.note })
    .optional()
    .describe("Kildens egen beskrivelse af perioden."),
});

/**
 * A confirmation by the unit that runs the intervention: when, by which unit or role (never a person's
 * name), and how. A confirmation on the unit's own page names that page by its link id.
 */
const confirmedSchema = <L extends z.ZodType>(link: L) =>
  record({
    date: calendarDateField("confirmed.date", {
      notFuture: true,
      whatDay: "den ansvarlige faktisk bekræftede oplysningerne",
    }).describe("Dagen, den ansvarlige enhed bekræftede oplysningerne, som ÅÅÅÅ-MM-DD."),
    by: lineText("confirmed.by", { min: 2, max: TEXT_LIMITS.responsible })
      .superRefine((value, ctx) => {
        const problem = personNameProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .describe(
        'Enheden eller rollen, der bekræftede, fx "Ungeenheden, Horsens Kommune" eller "afdelingslederen i Ungeenheden"; aldrig en persons navn.',
      ),
    how: vocabularyField(CONFIRMATION_METHODS, "måde at bekræfte på (confirmed.how)").describe(
      "Hvordan enheden bekræftede: e-mail, telefon eller egen-side (enhedens egen offentlige side).",
    ),
    link: link
      .optional()
      .describe("Id fra content/links.toml på enhedens egen side; kun og altid, når how er egen-side."),
  }).superRefine((confirmed, ctx) => {
    if (confirmed.how === PAGE_METHOD && confirmed.link === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["link"],
        message: `Med how: ${PAGE_METHOD} skal confirmed.link være id'et fra content/links.toml på den side, hvor enheden selv oplyser det.`,
      });
    if (confirmed.how !== PAGE_METHOD && confirmed.link !== undefined)
      ctx.addIssue({
        code: "custom",
        path: ["link"],
        message: `confirmed.link bruges kun med how: ${PAGE_METHOD}. Slet linket, eller skift how til ${PAGE_METHOD}, hvis bekræftelsen står på enhedens egen side.`,
      });
  });

/** The id of a reference: a plain string in tools, { collection, id } after Astro's reference(). */
const referenceId = (value: unknown) =>
  typeof value === "object" && value !== null && "id" in value ? String(value.id) : String(value);

/** Validators for ids that point at other entries: reference() in Astro, plain strings in standalone tools. */
export type ReferenceFields<R extends z.ZodType, L extends z.ZodType> = { intervention: R; link: L };

/** The frontmatter of one intervention. */
export function createInterventionSchema<R extends z.ZodType, L extends z.ZodType>(
  refs: ReferenceFields<R, L>,
) {
  return record({
    title: lineText("title", {
      min: 3,
      max: TEXT_LIMITS.title,
      whenLong: "Skriv indsatsens navn, som kilderne skriver det, og læg resten i summary eller brødteksten.",
    }).describe("Indsatsens navn, som kilderne skriver det."),
    summary: lineText("summary", {
      min: 40,
      max: TEXT_LIMITS.summary,
      whenLong: "Skriv en til to sætninger, og læg resten i brødteksten.",
    }).describe("En til to sætninger til kort og søgeresultater."),
    context: contextSchema.describe("Hvor indsatsen kører."),
    responsible: lineText("responsible", {
      min: 2,
      max: TEXT_LIMITS.responsible,
      whenMissing: `Skriv enheden, der driver indsatsen, som kilderne nævner den, eller ${RESPONSIBLE_UNKNOWN}, hvis de ikke siger det.`,
    }).describe(
      'Organisationen eller enheden, der driver indsatsen, som kilderne navngiver den, fx "Ungeenheden, Horsens Kommune"; "ukendt", hvis kilderne ikke siger det.',
    ),
    contact: contactUrlField
      .optional()
      .describe(
        "Offentlig https-adresse, funktionspostkasse (mailto:, evt. med ?subject=) eller telefonnummer (tel:+45…) for enheden; aldrig en personlig adresse.",
      ),
    focus: paragraphText("focus", { min: 10, max: TEXT_LIMITS.description }).describe(
      "Formål og mål med egne ord.",
    ),
    targetGroup: record({
      description: paragraphText("targetGroup.description", {
        min: 10,
        max: TEXT_LIMITS.description,
      }).describe("Hvem indsatsen er for, med egne ord."),
      tags: z
        .array(targetGroupField)
        .min(1, { error: "Angiv mindst ét målgruppe-tag." })
        .describe("Målgruppe-tags fra ordforrådet; mindst ét."),
      age: ageSchema.optional().describe("Aldersspænd, kun hvis kilderne angiver det."),
    }).describe("Hvem indsatsen er for."),
    anchoring: record({
      tags: z
        .array(anchoringField)
        .min(1, { error: "Angiv mindst ét forankrings-tag." })
        .describe("Forankrings-tags fra ordforrådet; mindst ét."),
      organisations: z
        .array(lineText("anchoring.organisations", { min: 2, max: TEXT_LIMITS.name }))
        .default([])
        .describe("Navngivne organisationer, fx Red Barnet."),
      note: paragraphText("anchoring.note", { max: TEXT_LIMITS.note })
        .optional()
        .describe("Kildens egen formulering af forankringen."),
    }).describe("Hvor indsatsen er forankret."),
    phase: phaseField.describe(
      "Fasen fra Marselisborg-kataloget: omkring-grundskolen, efter-grundskolen eller fastholdelse.",
    ),
    approaches: approachesField,
    scores: z
      .partialRecord(elementField, scoreSchema(refs.link), {
        // zod's types omit it, but an unknown element name arrives here as unrecognized_keys.
        error: (issue) => {
          const { code, keys } = issue as { code: string; keys?: string[] };
          return code === "unrecognized_keys" && keys
            ? unknownKeysMessage(keys, Object.keys(ELEMENTS)).replace("Ukendt felt", "Ukendt element")
            : undefined;
        },
      })
      .default({})
      .describe(
        "Vurdering på Socialstyrelsens 11 elementer. Et element uden vurdering udelades (= ikke vurderet).",
      ),
    results: z.array(resultSchema(refs.intervention)).default([]).describe("Resultattal fra kilderne."),
    period: periodSchema.optional().describe("Hvornår indsatsen kører eller kørte, hvis kendt."),
    status: vocabularyField(STATUSES, "status")
      .default("ukendt")
      .describe("Om indsatsen kørte, da den nyeste kilde blev skrevet."),
    sources: z
      .array(sourceSchema(refs.link))
      .min(1, { error: "Angiv mindst én kilde." })
      .describe('Marselisborg-kataloget med afsnit, "Læs mere"-links og artikler.'),
    case: z
      .boolean()
      .default(false)
      .describe("true for de fire cases, Marselisborg-kataloget beskriver i dybden."),
    related: z
      .array(refs.intervention)
      .default([])
      .superRefine((related, ctx) => {
        const keys = related.map(referenceId);
        keys.forEach((id, index) => {
          if (keys.indexOf(id) !== index)
            ctx.addIssue({
              code: "custom",
              path: [index],
              message: `"${id}" står to gange i related. Slet den ene.`,
            });
        });
      })
      .describe("Slugs på beslægtede indsatser."),
    sourceExceptions: sourceExceptionsField,
    reviewed: reviewedField().describe(
      "Dato for seneste redaktionelle gennemgang mod kilderne. Det er ikke en bekræftelse af, at oplysningerne stadig gælder.",
    ),
    confirmed: confirmedSchema(refs.link)
      .optional()
      .describe(
        "Seneste bekræftelse fra den enhed, der driver indsatsen: dato, enhed eller rolle, og hvordan. Udelades, indtil enheden har bekræftet.",
      ),
  });
}

/** The schema for tools that run outside Astro (check, new, tests): related and link ids are plain strings. */
export const standaloneInterventionSchema = createInterventionSchema({
  intervention: z.string(),
  link: z.string(),
});
export type InterventionData = z.output<typeof standaloneInterventionSchema>;
/** One assessment with a plain-string link id, for tools that ask for assessments one at a time. */
export const standaloneScoreSchema = scoreSchema(z.string());
