/**
 * The publications that entries cite by id. The catalogue is the main source;
 * the articles add facts for single entries. `publisher` is null where the source does not name one. Its attribution line is required
 * wherever catalogue content is reused.
 *
 * Two dates, never invented:
 * - `published` is the date the source prints as its own (YYYY, YYYY-MM or YYYY-MM-DD), or null when it
 *   prints none. Only the catalogue does (»Juni 2022« on its title page and back page, 002 lines 13 and
 *   771); the articles and the project page are undated (see the seeds' README). `date` says the same in
 *   words, with what an undated source does say about its time.
 * - `asOf` is the newest year the source itself gives for what it describes (its own date, or the last
 *   month its figures cover, as in `date`); null when it gives none. An undated source that reports
 *   figures up to January 2024 was written in 2024 or later, so `asOf` is a floor for its age.
 * An entry's "Kildernes dato" and whether its status "I gang" has aged are derived from both
 * (src/lib/catalogue/freshness.ts), so a reader never takes a 2022 status as today's.
 */
import { CATALOGUE_NAME } from "./catalogue-name.ts";

export const PUBLICATIONS = {
  "katalog-2022": {
    short: `${CATALOGUE_NAME} (2022)`,
    title: "Lovende praksis – unge uden uddannelse og beskæftigelse",
    kind: "Inspirationskatalog",
    publisher: "Marselisborg Consulting for Region Midtjylland",
    date: "juni 2022",
    published: "2022-06",
    asOf: 2022,
  },
  "kommunalt-indsatskatalog": {
    short: "Kommunalt indsatskatalog",
    title: "Kommunalt indsatskatalog",
    kind: "Indsatskatalog",
    publisher: "KKR Midtjylland og Region Midtjylland",
    date: "udateret",
    published: null,
    asOf: null,
  },
  "energi-til-hinanden-artikel": {
    short: "Artikel om Energi til Hinanden",
    title: "Artikel om Energi til Hinanden, Esbjerg",
    kind: "Artikel",
    publisher: null,
    date: "udateret",
    published: null,
    asOf: null,
  },
  "mod-til-uddannelse-artikel": {
    short: "Artikel om Mod til Uddannelse",
    title: "Horsens Kommune inspirerer andre – får flere unge i job og uddannelse",
    kind: "Artikel",
    publisher: null,
    date: "udateret",
    published: null,
    asOf: null,
  },
  "fra-anbringelse-til-uddannelse-projekt": {
    short: "Projektbeskrivelse, Esbjerg (projektår 2015)",
    title: "Fra anbringelse til uddannelse – et tværgående samarbejde i Esbjerg Kommune",
    kind: "Projektbeskrivelse",
    publisher: null,
    date: "udateret, om projektåret 2015",
    published: null,
    asOf: 2015,
  },
  "alle-unge-skal-med-artikel": {
    short: "Artikel om Alle unge skal med",
    title: "Artikel om Alle unge skal med, Odense",
    kind: "Artikel",
    publisher: "MitOdense",
    date: "udateret, tal til og med januar 2024",
    published: null,
    asOf: 2024,
  },
} as const;

/** The sources do not always name who published them; then we say so rather than guess. */
export const UNKNOWN_PUBLISHER = "Udgiver ikke oplyst";

type Publication = (typeof PUBLICATIONS)[keyof typeof PUBLICATIONS];

export function publisherName(publication: Publication): string {
  return publication.publisher ?? UNKNOWN_PUBLISHER;
}

export type PublicationId = keyof typeof PUBLICATIONS;
export const PUBLICATION_IDS = Object.keys(PUBLICATIONS) as [PublicationId, ...PublicationId[]];

export const CATALOGUE_ID = "katalog-2022" satisfies PublicationId;

/** What the UI calls the 2022 catalogue, so it is never confused with this site. */
export { CATALOGUE_NAME, CATALOGUE_NAME_GENITIVE } from "./catalogue-name.ts";

/** The id in content/links.toml of the catalogue publisher's site, linked from every source credit. */
export const CATALOGUE_PUBLISHER_LINK = "marselisborg";

/** The attribution the catalogue's reprint permission asks for. */
export const CATALOGUE_CREDIT = "Marselisborg Consulting for Region Midtjylland, juni 2022";

export function citation(id: PublicationId): string {
  const p = PUBLICATIONS[id];
  return `${publisherName(p)}: ${p.title} (${p.kind.toLowerCase()}, ${p.date})`;
}

/** The id of a publication's line in an entry's source list, so an assessment's basis can link to it. */
export function sourceAnchor(id: PublicationId): string {
  return `kilde-${id}`;
}
