/** Typographic slips in visible Danish text, as short descriptions with their context. */

/** A sentence mark glued to the next word: "ord.Eksterne", "Kilde:Marselisborg". Lower-case after a dot is left
 * alone, so domains (marselisborg.org) and abbreviations (bl.a., fx.) pass; so do numbers (2.5, 10:30). */
const MISSING_SPACE = /[a-zæøåé)»«]{2}[.!?:;,]([A-ZÆØÅ][a-zæøå]+)/gu;
const OTHER_QUOTES = /["“”„]/gu;

export function typographyProblems(text: string): string[] {
  const around = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 25), index + 25));
  return [
    ...[...text.matchAll(MISSING_SPACE)].map((m) => `missing space after punctuation in ${around(m.index)}`),
    ...[...text.matchAll(OTHER_QUOTES)].map(
      (m) => `quotation mark ${m[0]} instead of »…« in ${around(m.index)}`,
    ),
  ];
}

const GLUED = [
  /[a-zæøå,]<(?:a|code|strong|cite|em|time)\b[^>]*>/giu,
  /<\/(?:a|code|strong|cite|em|time)>[a-zæøå]/giu,
];

/** In built HTML: a word run into an inline element with no space ("kør<code>npm run new</code>"). */
export function gluedToInlineElement(html: string): string[] {
  return GLUED.flatMap((pattern) =>
    [...html.matchAll(pattern)].map(
      (m) => `no space at ${JSON.stringify(html.slice(m.index, m.index + 60))}`,
    ),
  );
}
