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

/**
 * The longest id: every path the build writes for an entry (dist/indsatser/<id>/index.html,
 * dist/data/indsatser/<id>.json, the bundler's chunk for content/interventions/<id>.mdx) stays far
 * under the 255 characters a file name may have and the 260 of a whole path on Windows.
 */
export const MAX_ID_LENGTH = 80;

/** Names Windows reserves for devices, in any case and with any extension: no clone could hold them. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** A slug of at most `max` characters, cut at a hyphen where one is near the end. */
export function shortenSlug(slug: string, max = MAX_ID_LENGTH): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const hyphen = cut.lastIndexOf("-");
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, "");
}

/**
 * Why `id` cannot be an id (an entry's file name and URL, or a link's id), in Danish, or undefined.
 * `file` is how a message names it ("skub.mdx"); `suggest` is a slug to offer instead (from a title).
 */
export function idProblem(id: string, file: string, suggest?: string): string | undefined {
  const base = (suggest && slugify(suggest)) || slugify(id) || "indsats";
  const extension = file.slice(id.length);
  const better = (slug: string) => {
    const short = shortenSlug(slug);
    return WINDOWS_RESERVED.test(short) ? `${short}-indsats` : short;
  };
  if (!SLUG_PATTERN.test(id)) {
    return `"${file}" er ikke et gyldigt filnavn. Brug små bogstaver a–z, tal og bindestreger; æ, ø og å skrives ae, oe og aa. Mente du: "${better(base)}${extension}"?`;
  }
  if (WINDOWS_RESERVED.test(id)) {
    return `"${file}" kan ikke bruges: ${id.toUpperCase()} er et reserveret navn i Windows, så en kopi af projektet på Windows ikke kan rumme filen. Giv den et andet navn, fx "${better(base === id ? `${id}-indsats` : base)}${extension}".`;
  }
  if (id.length > MAX_ID_LENGTH) {
    return `"${file.length > 60 ? `${file.slice(0, 59)}…` : file}" er ${id.length} tegn uden endelse; højst ${MAX_ID_LENGTH} er tilladt, så alle de filer, sitet bygger, kan ligge på ethvert styresystem. Forkort navnet, fx til "${better(base)}${extension}".`;
  }
  return undefined;
}
