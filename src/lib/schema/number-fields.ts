/**
 * Numbers with meaning: the schema pieces for every number in content, so `npm run check`, the build
 * and the JSON Schema share one reading. A number is finite (the frontmatter reader already refuses
 * .inf, .nan and 1e309), never -0, and inside the range of what it counts: a result figure by its
 * unit (RESULT_UNITS in src/lib/vocabulary/statuses.ts), and in a unit its kind can have.
 */
import { z } from "astro/zod";
import { RESULT_KINDS, type ResultKind } from "../vocabulary/result-kinds.ts";
import { RESULT_UNITS, type ResultUnit } from "../vocabulary/statuses.ts";

/** The largest figure any unit allows: the bound the JSON Schema gives for results[].value. */
export const MAX_RESULT_VALUE = Math.max(...Object.values(RESULT_UNITS).map((unit) => unit.max));
/** The most young people one figure can rest on. */
export const MAX_PARTICIPANTS = 1_000_000;

/** A number as the editor wrote it, for messages: -0 stays -0 (JSON.stringify would drop the sign). */
export function shownNumber(value: unknown): string {
  if (typeof value === "number" && Object.is(value, -0)) return "-0";
  if (typeof value === "number") return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** Why a number is -0, or undefined: a minus sign in front of 0 is a typing error, not a value. */
export function negativeZeroProblem(what: string, value: number): string | undefined {
  return Object.is(value, -0)
    ? `${what} er -0. Et tal kan ikke være minus nul; skriv 0, eller ret tallet til det, kilden giver.`
    : undefined;
}

/** A refinement that refuses -0, for any number field. */
export const refuseNegativeZero = (what: string) => (value: number, ctx: z.RefinementCtx) => {
  const problem = negativeZeroProblem(what, value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
};

const allowedUnits = Object.entries(RESULT_UNITS)
  .map(([unit, spec]) => `${unit} ${spec.range}`)
  .join("; ");

/** results[].value: a finite number from 0 to the largest any unit allows; its unit narrows it further. */
export const resultValueField = z
  .number({
    error: (issue) =>
      issue.input === undefined
        ? "Mangler value (tallet, fx 65)."
        : `value skal være et tal skrevet uden anførselstegn, fx 65, men er ${shownNumber(issue.input)}.`,
  })
  .min(0, {
    error: (issue) =>
      `value er ${shownNumber(issue.input)}, men et resultattal kan ikke være negativt. Skriv tallet, som kilden giver det (${allowedUnits}); et fald skrives som et positivt tal med et measure, der siger, hvad der faldt.`,
  })
  .max(MAX_RESULT_VALUE, {
    error: (issue) =>
      `value er ${shownNumber(issue.input)}, som er større end noget tal, en kilde kan give (${allowedUnits}). Ret tallet, eller tjek enheden.`,
  })
  .superRefine(refuseNegativeZero("value"));

/** results[].participants: a whole number of young people, 1 to MAX_PARTICIPANTS. */
export const participantsField = z
  .number({
    error: (issue) =>
      `participants skal være antallet af unge som et helt tal, fx 137, men er ${shownNumber(issue.input)}.`,
  })
  .int({
    error: (issue) => `participants skal være et helt antal unge, men er ${shownNumber(issue.input)}.`,
  })
  .min(1, {
    error: (issue) =>
      `participants er ${shownNumber(issue.input)}; et tal bygger på mindst én ung. Udelad feltet, hvis kilden ikke siger, hvor mange.`,
  })
  .max(MAX_PARTICIPANTS, {
    error: (issue) =>
      `participants er ${shownNumber(issue.input)}; højst ${MAX_PARTICIPANTS.toLocaleString("da-DK")} er muligt. Ret tallet til det, kilden giver.`,
  });

type ResultFigure = { value: number; unit: ResultUnit; kind?: ResultKind | undefined };

/** Why a figure does not fit its unit's range, or its kind's units: the field to name and the message. */
export function resultValueProblem(
  result: ResultFigure,
): { field: "value" | "unit"; message: string } | undefined {
  const spec = RESULT_UNITS[result.unit];
  const { value } = result;
  // Reported by the field itself (resultValueField): one message per value.
  if (Object.is(value, -0) || value < 0 || value > MAX_RESULT_VALUE) return undefined;
  if (result.kind) {
    const units: readonly string[] = RESULT_KINDS[result.kind].units;
    if (!units.includes(result.unit)) {
      return {
        field: "unit",
        message: `En figur af typen ${result.kind} kan ikke have enheden ${result.unit}. Brug ${units.join(" eller ")}, eller ret kind.`,
      };
    }
  }
  const integer = "integer" in spec && spec.integer;
  const aboveZero = "aboveZero" in spec && spec.aboveZero;
  if (
    value < spec.min ||
    value > spec.max ||
    (aboveZero && value <= 0) ||
    (integer && !Number.isInteger(value))
  ) {
    const hint =
      result.unit === "procent" && value > 100
        ? " En procentdel kan højst være 100; er det en stigning eller et antal, så skriv det i measure eller brug enheden antal."
        : result.unit === "dage" && value <= 0
          ? " En varighed er længere end 0 dage."
          : "";
    return {
      field: "value",
      message: `value er ${shownNumber(value)} med enheden ${result.unit}, men skal være ${spec.range}.${hint} Ret tallet eller enheden, så de passer til kilden.`,
    };
  }
  return undefined;
}
