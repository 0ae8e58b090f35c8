/**
 * Prose must not name a publisher for a link that content/links.toml does not give: a web domain is
 * not a publisher. This finds the places where a claim says who stands behind a linked page ("en
 * nyhed fra X", "en projektside hos X", "udgivet af X", "X's side") and compares X with the
 * `publisher` of the links the claim is about. Pure.
 */
import { normalForm } from "./text.ts";

/** What a link leads to, as prose names it; the first letter in either case. */
const DOCUMENT_WORDS = [
  "nyhed(?:en)?",
  "siden?",
  "projektsiden?",
  "hjemmesiden?",
  "websiden?",
  "artikel",
  "artiklen",
  "rapport(?:en)?",
  "pdf(?:'en)?",
  "evaluering(?:en)?",
  "publikation(?:en)?",
  "udgivelse(?:n)?",
  "link(?:et)?",
  "magasin(?:et)?",
  "omtale(?:n)?",
  "video(?:en)?",
  "beskrivelse(?:n)?",
];
const eitherCase = (word: string) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
const DOCUMENT = `(?:${DOCUMENT_WORDS.map(eitherCase).join("|")})`;
/** An organisation's name: capitalised words, with "og", "for", "i", "til", "&" between them. */
const ORGANISATION =
  "(\\p{Lu}[\\p{L}\\p{N}.&'-]*(?:\\s+(?:(?:og|for|i|til|af|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}.&'-]*)*)";

const PATTERNS = [
  new RegExp(`(?<![\\p{L}])${DOCUMENT}\\s+(?:fra|hos)\\s+${ORGANISATION}`, "gu"),
  new RegExp(`(?<![\\p{L}])(?:[Uu]dgivet|[Uu]dgives|[Ss]krevet|[Ll]avet)\\s+af\\s+${ORGANISATION}`, "gu"),
  new RegExp(`${ORGANISATION}(?:'s|s)\\s+(?:egen\\s+|egne\\s+)?(?:hjemme|projekt|web)?side`, "gu"),
];

/** Words that mention a link, so a claim without its own link note is about the entry's links. */
export const MENTIONS_LINK = /(?<![\p{L}])(?:link|linker|linket|links|linkes)(?![\p{L}])/iu;

/** The organisations a claim names as the publisher of a linked page. */
export function namedPublishers(claim: string): string[] {
  const names = new Set<string>();
  for (const pattern of PATTERNS) {
    for (const match of claim.matchAll(pattern)) {
      const name = match[1]!.replace(/[.,;:]+$/, "").trim();
      // A lone capitalised word after "fra" is often a sentence's next word, not an organisation.
      if (name.split(/\s+/).length === 1 && name.length < 4) continue;
      names.add(name);
    }
  }
  return [...names];
}

const same = (a: string, b: string) => {
  const x = normalForm(a);
  const y = normalForm(b);
  return x === y || x.includes(y) || y.includes(x);
};

export type LinkFacts = { id: string; publisher?: string | undefined };

/** The named publishers the claim's links do not have in content/links.toml. */
export function unlistedPublishers(
  claim: string,
  links: readonly LinkFacts[],
): { name: string; links: readonly LinkFacts[] }[] {
  if (links.length === 0) return [];
  return namedPublishers(claim)
    .filter((name) => !links.some((link) => link.publisher !== undefined && same(link.publisher, name)))
    .map((name) => ({ name, links }));
}
