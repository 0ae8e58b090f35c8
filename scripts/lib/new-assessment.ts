/**
 * The optional assessment step of `npm run new`: element by element, the rubric text for each level,
 * then a level and a rationale. Pure; scripts/new-intervention.ts does the asking. The basis of every
 * assessment is the entry's first source, which the editor can narrow in the file afterwards.
 */
import { standaloneScoreSchema } from "../../src/lib/schema/index.ts";
import { LEVELS_DESCENDING } from "../../src/lib/scores/index.ts";
import {
  ELEMENT_KEYS,
  ELEMENTS,
  MAX_SCORE_LEVEL,
  NOT_ASSESSED_LABEL,
  SCORE_LEVELS,
  type ElementKey,
  type ScoreLevel,
  RUBRIC,
} from "../../src/lib/vocabulary/index.ts";
import type { NewEntry } from "./new-entry.ts";

type Frontmatter = NewEntry["frontmatter"];
export type Assessment = { level: ScoreLevel; rationale: string };

export const ASSESS_PROMPT =
  "Vil du vurdere indsatsen på de 11 elementer nu? Rubrikken vises for hvert element (j/N)";

export function wantsAssessment(raw: string): boolean {
  return /^(j|ja|y|yes)$/i.test(raw.trim());
}

/** What the editor sees before choosing a level: the element and the rubric for every level. */
export function rubricLines(key: ElementKey): string[] {
  const position = ELEMENT_KEYS.indexOf(key) + 1;
  return [
    `${position}/${ELEMENT_KEYS.length} ${ELEMENTS[key].label}: ${ELEMENTS[key].description}`,
    ...LEVELS_DESCENDING.map(
      (level) => `  ${level} – ${SCORE_LEVELS[level].label}: ${RUBRIC[key].levels[level]}`,
    ),
    `  Enter – ${NOT_ASSESSED_LABEL}: ${RUBRIC[key].notAssessed}`,
    `  Kun en tabelrække: ${RUBRIC[key].tableRow}`,
  ];
}

/** A level from 0 to 3, or undefined for "ikke vurderet" (an empty answer). */
export function parseLevel(raw: string): { level?: ScoreLevel; error?: string } {
  const value = raw.trim();
  if (value === "") return {};
  const level = Number(value);
  if (/^\d$/.test(value) && level <= MAX_SCORE_LEVEL) return { level: level as ScoreLevel };
  return {
    error: `"${value}" er ikke et niveau. Skriv et tal fra 0 til ${MAX_SCORE_LEVEL}, eller tryk Enter for »${NOT_ASSESSED_LABEL}«.`,
  };
}

/** The schema's own message for a rationale that is too short, or undefined. */
export function rationaleError(raw: string): string | undefined {
  const result = standaloneScoreSchema.shape.rationale.safeParse(raw);
  return result.success ? undefined : result.error.issues[0]!.message;
}

/** The entry with its assessments added, each resting on the entry's first source. */
export function withAssessments(
  entry: NewEntry,
  assessments: Partial<Record<ElementKey, Assessment>>,
): NewEntry {
  const source = entry.frontmatter.sources[0]!;
  const basis =
    "link" in source
      ? [{ link: source.link }]
      : [{ publication: source.publication, ...(source.section ? { section: source.section } : {}) }];
  const scores: NonNullable<Frontmatter["scores"]> = {};
  for (const key of ELEMENT_KEYS) {
    const assessment = assessments[key];
    // A copy each, so the YAML writer never turns the shared basis into an anchor (check forbids them).
    if (assessment)
      scores[key] = {
        level: assessment.level,
        rationale: assessment.rationale.trim(),
        basis: basis.map((item) => ({ ...item })),
      };
  }
  return { ...entry, frontmatter: { ...entry.frontmatter, scores } };
}
