/**
 * The publications that entries cite by id. The catalogue is the main source;
 * the articles add facts for single entries. Its attribution line is required
 * wherever catalogue content is reused.
 */
export const PUBLICATIONS = {
  "katalog-2022": {
    title: "Lovende praksis – unge uden uddannelse og beskæftigelse",
    kind: "Inspirationskatalog",
    publisher: "Marselisborg Consulting for Region Midtjylland",
    date: "juni 2022",
  },
  "kommunalt-indsatskatalog": {
    title: "Kommunalt indsatskatalog",
    kind: "Indsatskatalog",
    publisher: "KKR Midtjylland og Region Midtjylland",
    date: "udateret",
  },
  "energi-til-hinanden-artikel": {
    title: "Artikel om Energi til Hinanden, Esbjerg",
    kind: "Artikel",
    publisher: "Esbjerg Kommune, SUS, Den Sociale Kapitalfond og Lauritzen Fonden",
    date: "udateret",
  },
  "mod-til-uddannelse-artikel": {
    title: "Horsens Kommune inspirerer andre – får flere unge i job og uddannelse",
    kind: "Artikel",
    publisher: "Horsens Kommune",
    date: "udateret",
  },
  "fra-anbringelse-til-uddannelse-projekt": {
    title: "Fra anbringelse til uddannelse – et tværgående samarbejde i Esbjerg Kommune",
    kind: "Projektbeskrivelse",
    publisher: "Esbjerg Kommune",
    date: "2015",
  },
  "alle-unge-skal-med-artikel": {
    title: "Artikel om Alle unge skal med, Odense",
    kind: "Artikel",
    publisher: "Odense Kommune (MitOdense)",
    date: "udateret, tal til og med januar 2024",
  },
} as const;

export type PublicationId = keyof typeof PUBLICATIONS;
export const PUBLICATION_IDS = Object.keys(PUBLICATIONS) as [PublicationId, ...PublicationId[]];

export const CATALOGUE_ID = "katalog-2022" satisfies PublicationId;

/** The attribution the catalogue's reprint permission asks for. */
export const CATALOGUE_CREDIT = "Marselisborg Consulting for Region Midtjylland, juni 2022";

export function citation(id: PublicationId): string {
  const p = PUBLICATIONS[id];
  return `${p.publisher}: ${p.title} (${p.kind.toLowerCase()}, ${p.date})`;
}

/** The id of a publication's line in an entry's source list, so an assessment's basis can link to it. */
export function sourceAnchor(id: PublicationId): string {
  return `kilde-${id}`;
}
