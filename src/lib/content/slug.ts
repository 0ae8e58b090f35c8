/**
 * File names and URL slugs for entries: lower case a–z, digits and hyphens, with the Danish letters
 * spelt out the way the vocabularies and existing files do (æ → ae, ø → oe, å → aa), and other scripts
 * transliterated to Latin letters (Привет → privet, Ελλάδα → ellada) by @sindresorhus/transliterate.
 * `entryId` is the one name a new entry gets from its title, in `npm run new` and in /admin/ alike.
 */
import transliterate from "@sindresorhus/transliterate";

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The longest id `entryId` gives; every path the build writes from it stays far under file-system limits. */
export const MAX_ID_LENGTH = 80;

/** Names Windows cannot hold as files (con.mdx, lpt1.mdx, …), in any case. */
export const WINDOWS_RESERVED_NAME = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** The prefix of the id of a title with no letter that can be spelt in a–z (e.g. 中文). */
export const FALLBACK_ID_PREFIX = "titel";

/**
 * Letters with accents lose them (é → e, ü → u), as the existing file names have it; the library's
 * German spelling (ü → ue) is not ours.
 */
const ACCENTS_DROPPED: [string, string][] = [
  ["ä", "a"],
  ["ö", "o"],
  ["ü", "u"],
];

/** The slug of a text; empty when nothing in it can be written with a–z and 0–9. */
export function slugify(text: string): string {
  // NFC first: "å" typed as a + U+030A (NFD) must become "aa" like the single letter, not "a".
  return transliterate(text.normalize("NFC").toLowerCase(), {
    locale: "da",
    customReplacements: ACCENTS_DROPPED,
  })
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * What two titles share when they are "the same title" (case, accents and punctuation aside): the slug,
 * or the trimmed title itself when it has no slug (two different 中文 titles are not the same).
 */
export function titleKey(title: string): string {
  return slugify(title) || title.normalize("NFC").trim().toLowerCase();
}

/**
 * The id (file name without extension) a new entry gets from its title: its slug, cut at a hyphen to
 * at most MAX_ID_LENGTH characters, never a Windows-reserved name, and never empty: a title with nothing
 * to transliterate gets FALLBACK_ID_PREFIX plus a short hash of the title, the same for the same title.
 * Always matches SLUG_PATTERN.
 */
export function entryId(title: string): string {
  let id = slugify(title);
  if (id.length > MAX_ID_LENGTH) {
    const cut = id.slice(0, MAX_ID_LENGTH + 1);
    id = cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut.slice(0, MAX_ID_LENGTH);
  }
  if (id === "") return `${FALLBACK_ID_PREFIX}-${shortHash(title.normalize("NFC").trim())}`;
  return WINDOWS_RESERVED_NAME.test(id) ? `${id}-1` : id;
}

/** FNV-1a (32 bit) in base 36: short, stable, no dependency on Node's crypto (runs in /admin/ too). */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, "0");
}

/**
 * Why `id` cannot be an id (an entry's file name and URL, or a link's id), in Danish, or undefined.
 * `file` is how a message names it ("skub.mdx"); `title`, when known, gives the id to offer instead.
 */
export function idProblem(id: string, file: string, title?: string): string | undefined {
  const extension = file.slice(id.length);
  const better = `${entryId(title ?? id)}${extension}`;
  if (!SLUG_PATTERN.test(id)) {
    return `"${file}" er ikke et gyldigt filnavn. Brug små bogstaver a–z, tal og bindestreger; æ, ø og å skrives ae, oe og aa. Mente du: "${better}"?`;
  }
  if (WINDOWS_RESERVED_NAME.test(id)) {
    return `"${file}" kan ikke bruges: ${id.toUpperCase()} er et reserveret navn i Windows, så en kopi af projektet på Windows ikke kan rumme filen. Giv den et andet navn, fx "${better === file ? `${id}-indsats${extension}` : better}".`;
  }
  if (id.length > MAX_ID_LENGTH) {
    return `"${file.length > 60 ? `${file.slice(0, 59)}…` : file}" er ${id.length} tegn uden endelse; højst ${MAX_ID_LENGTH} er tilladt, så alle de filer, sitet bygger, kan ligge på ethvert styresystem. Forkort navnet, fx til "${better}".`;
  }
  return undefined;
}
