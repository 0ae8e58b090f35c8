/**
 * Who confirmed an entry (`confirmed.by`): a role or a unit, never a private person's name. Staff are named
 * by role on this site ("afdelingslederen i Ungeenheden"), as contacts are functional mailboxes. The rule
 * the check applies: two or more words with a capital first letter and no word for a unit or role looks
 * like a name ("Linda Nystrup"), and is rejected with the reason. One capitalised word ("Mercantec") or a
 * name with a unit word ("Ungeenheden, Horsens Kommune") passes. Bodies follow the same principle with a
 * rule that reads a name from its company in running text (src/lib/content/person-names.ts); a field has
 * no such company, so it is judged by its words alone.
 */

/**
 * Parts of Danish words for units and roles, matched anywhere in a word, so compounds and inflections count
 * too: "Ungeenheden" (enhed), "Beskæftigelsesforvaltningen" (forvaltning), "IPS-teamet" (team).
 */
export const UNIT_WORDS = [
  "kommune",
  "region",
  "enhed",
  "afdeling",
  "forvaltning",
  "center",
  "centret",
  "team",
  "sekretariat",
  "styrelse",
  "ministeri",
  "skole",
  "gymnasi",
  "uddannelse",
  "vejledning",
  "fond",
  "forening",
  "organisation",
  "netværk",
  "projekt",
  "tilbud",
  "rådgivning",
  "institution",
  "kontor",
  "ledelse",
  "leder",
  "chef",
  "direktør",
  "koordinator",
  "konsulent",
  "vejleder",
  "rådgiver",
  "medarbejder",
  "mentor",
  "guide",
  "redaktion",
  "indsats",
  "partnerskab",
] as const;

/** Short unit names that count only as a whole word or a hyphenated part ("UU", "IPS-teamet"), so "Juul" is no unit. */
export const UNIT_ABBREVIATIONS = ["uu", "fgu", "kui", "ips", "ppr", "sss"] as const;

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** Why `by` looks like a private person's name, in Danish, or undefined when it reads as a role or unit. */
export function personNameProblem(by: string, field = "confirmed.by"): string | undefined {
  const words = by.match(WORD) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  if (capitalised.length < 2) return undefined;
  const lower = words.map((word) => word.toLocaleLowerCase("da"));
  const parts = lower.flatMap((word) => word.split(/[-'’]/));
  if (lower.some((word) => UNIT_WORDS.some((unit) => word.includes(unit)))) return undefined;
  if (parts.some((part) => (UNIT_ABBREVIATIONS as readonly string[]).includes(part))) return undefined;
  return (
    `${field} ser ud til at være en persons navn: »${by}« har ${capitalised.length} ord med stort ` +
    "begyndelsesbogstav og intet ord for en enhed eller rolle (fx kommune, enhed, afdeling, team, leder). " +
    "Skriv den enhed eller rolle, der bekræftede, fx »Ungeenheden, Horsens Kommune« eller " +
    "»afdelingslederen i Ungeenheden«. Sitet nævner aldrig medarbejdere ved navn."
  );
}
