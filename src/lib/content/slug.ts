/**
 * File names and URL slugs for entries: lower case a–z, digits and hyphens, with the Danish letters
 * spelt out the way the vocabularies and existing files do (æ → ae, ø → oe, å → aa).
 */
const DANISH: Record<string, string> = { æ: "ae", ø: "oe", å: "aa" };

export function slugify(text: string): string {
  // NFC first: "å" typed as a + U+030A (NFD) must become "aa" like the single letter, not "a".
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/[æøå]/g, (letter) => DANISH[letter]!)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
