/**
 * Bodies name people by their role ("afdelingslederen", "to ungeguider"), never by name: the same
 * rule as for contacts, since a catalogue outlives staff changes and a name adds nothing a reader can
 * act on. A name is recognised by its company, not by a list of names: two to four capitalised words
 * right after a role word ("Afdelingsleder Linda Nystrup"), followed by a comma and a role
 * ("Grethe Laursen, som er formand"), or speaking ("Linda Nystrup siger", "ifølge Linda Nystrup"). Organisations ("Odense Byråd", "Red Barnet") have neither.
 */

/** Role words, matched as the end of a word so compounds count ("socialrådmand", "trivselskonsulent"). */
const ROLE_ENDINGS = [
  "leder",
  "chef",
  "direktør",
  "rådmand",
  "borgmester",
  "formand",
  "konsulent",
  "rådgiver",
  "vejleder",
  "guide",
  "mentor",
  "koordinator",
  "medarbejder",
  "lærer",
  "psykolog",
  "sagsbehandler",
  "underviser",
  "pædagog",
] as const;

const ROLE = `(?:\\p{L}\\p{Ll}*?)?(?:${ROLE_ENDINGS.join("|")})(?:en|e|er|erne)?`;
const ROLE_WORD = new RegExp(`^${ROLE}$`, "u");
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\u00C0-\\u024F]+";
const NAME = `${NAME_WORD}(?:[ -]${NAME_WORD}){1,3}`;

/** "Afdelingsleder Linda Nystrup", "socialrådmand Christoffer Lilleholt". */
const ROLE_THEN_NAME = new RegExp(`(?<![\\p{L}])(${ROLE})\\s+(${NAME})`, "gu");
/** "Grethe Fyrstenberg Laursen, som er konstitueret formand", "Camillia Janský, der er socialrådgiver". */
const NAME_THEN_ROLE = new RegExp(
  `(${NAME}),\\s+(?:(?:som|der)\\s+)?(?:er\\s+)?(?:\\p{Ll}+\\s+){0,3}?(?:uddannet\\s+)?(${ROLE})(?![\\p{L}])`,
  "gu",
);

/** "Linda Nystrup siger …", "ifølge Linda Nystrup": a name that speaks. */
const NAME_SPEAKS = new RegExp(
  `(?:(?<=(?<![\\p{L}])[Ii]følge\\s)(${NAME}))|(?:(${NAME})\\s+(?:siger|fortæller|udtaler|mener|forklarer|understreger|giver et eksempel)(?![\\p{L}]))`,
  "gu",
);

/** Words that make two capitalised words an organisation or place rather than a person. */
const ORGANISATION_WORDS =
  /\b(?:Kommune|Kommunes|Region|Byråd|Fond|Fonden|Jobcenter|Ungeenheden|Skole|Handelsskole|Gymnasium|College|Center|Centret|Udvalg|Udvalget|Forvaltning|Ministeriet|Styrelsen|Barnet|Venner|Madhus)\b/u;

export type PersonName = { name: string; index: number };

/**
 * Two capitalised words in a row: every NAME begins so, so text without them names nobody and is not
 * searched with the three patterns above (most text nodes of a body have none).
 */
const TWO_NAME_WORDS = new RegExp(`${NAME_WORD}[ -]${NAME_WORD}`, "u");

/** Every personal name the text seems to give, with its position in the text. */
export function personNames(text: string): PersonName[] {
  const found: PersonName[] = [];
  if (!TWO_NAME_WORDS.test(text)) return found;
  for (const pattern of [ROLE_THEN_NAME, NAME_THEN_ROLE, NAME_SPEAKS]) {
    for (const match of text.matchAll(pattern)) {
      const name = pattern === ROLE_THEN_NAME ? match[2]! : (match[1] ?? match[2]!);
      if (ORGANISATION_WORDS.test(name)) continue;
      // "Afdelingsleder Linda Nystrup siger": the capitalised role word is not part of the name.
      const words = name.split(" ");
      const person = ROLE_WORD.test(words[0]!) ? words.slice(1).join(" ") : name;
      if (!person.includes(" ") && !person.includes("-")) continue;
      const index = match.index + match[0].indexOf(person);
      if (!found.some((seen) => seen.index === index)) found.push({ name: person, index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

export function personNameMessage(name: string): string {
  return `»${name}« ligner en persons navn. Omtal personer ved deres rolle, fx »afdelingslederen« eller »to ungeguider«, ikke ved navn; det gælder både medarbejdere og politikere, ligesom for kontakter. Se »Navne og roller« i CONTRIBUTING.md.`;
}
