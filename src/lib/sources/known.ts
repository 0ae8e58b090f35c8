/**
 * `known: katalog` on an approach tag says the catalogue itself ties the entry to the approach. It
 * does so when the entry's example (or case) stands in the same part of the catalogue as the
 * approach's focus point: in the catalogue, each part (or part-3 section) lists its focus points
 * under "FOKUSPUNKTER I LOVENDE PRAKSIS" and then its examples under "EKSEMPLER PÅ LOVENDE PRAKSIS"
 * and its case. So a tag `{ id, known: katalog, section: "<example heading>" }` holds when:
 *
 * - `section` is a heading in the catalogue;
 * - it is an example (a heading under "Eksempler på lovende praksis") or a case ("CASE: …");
 * - the part (nearest heading of rank 2 or higher) it stands in also lists the approach's focus point
 *   under "Fokuspunkter i lovende praksis".
 *
 * Pure: the catalogue's text comes in as a PublicationText.
 */
import {
  enclosing,
  findHeadings,
  headingKey,
  type Heading,
  type PublicationText,
} from "./publication-text.ts";
import { CASE_HEADING, EXAMPLES_GROUP, FOCUS_POINTS_GROUP } from "./seeds.ts";

export type KnownVerdict =
  | { ok: true; example: Heading; part: Heading }
  | { ok: false; reason: "no-focus-point"; focus: string }
  | { ok: false; reason: "no-heading"; section: string }
  | { ok: false; reason: "not-an-example"; section: string }
  | { ok: false; reason: "other-part"; section: string; examplePart: string; focusParts: string[] };

/** The part (rank ≤ 2) a heading stands in. */
const partOf = (catalogue: PublicationText, heading: Heading) => enclosing(catalogue, heading.line, 2);

/** The group (rank 3) a heading stands in, if any. */
const groupOf = (catalogue: PublicationText, heading: Heading) => enclosing(catalogue, heading.line, 3);

/** The parts whose focus points include this heading. */
export function focusPointParts(catalogue: PublicationText, focus: string): Heading[] {
  return findHeadings(catalogue, focus)
    .filter((heading) => {
      const group = groupOf(catalogue, heading);
      return group !== undefined && group.key === headingKey(FOCUS_POINTS_GROUP);
    })
    .map((heading) => partOf(catalogue, heading))
    .filter((part): part is Heading => part !== undefined);
}

const isExample = (catalogue: PublicationText, heading: Heading) => {
  if (heading.rank === 3 && CASE_HEADING.test(heading.text)) return true;
  const group = groupOf(catalogue, heading);
  return group !== undefined && group.key === headingKey(EXAMPLES_GROUP) && heading.rank > group.rank;
};

/** Does the catalogue tie the example under `section` to the focus point `focus`? */
export function judgeKnownTag(catalogue: PublicationText, focus: string, section: string): KnownVerdict {
  const focusParts = focusPointParts(catalogue, focus);
  if (focusParts.length === 0) return { ok: false, reason: "no-focus-point", focus };
  const headings = findHeadings(catalogue, section);
  if (headings.length === 0) return { ok: false, reason: "no-heading", section };
  const examples = headings.filter((heading) => isExample(catalogue, heading));
  if (examples.length === 0) return { ok: false, reason: "not-an-example", section };
  for (const example of examples) {
    const part = partOf(catalogue, example);
    if (part && focusParts.some((focusPart) => focusPart.line === part.line))
      return { ok: true, example, part };
  }
  const part = partOf(catalogue, examples[0]!);
  return {
    ok: false,
    reason: "other-part",
    section,
    examplePart: part?.text ?? "(uden for delene)",
    focusParts: [...new Set(focusParts.map((focusPart) => focusPart.text))],
  };
}
