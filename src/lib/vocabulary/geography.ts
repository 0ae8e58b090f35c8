/**
 * Denmark's 5 regions and 98 municipalities (kommuner), with URL-safe slugs.
 * Slugs transliterate æ→ae, ø→oe, å→aa so they can be typed on any keyboard.
 */

export const REGIONS = {
  hovedstaden: { name: "Region Hovedstaden" },
  sjaelland: { name: "Region Sjælland" },
  syddanmark: { name: "Region Syddanmark" },
  midtjylland: { name: "Region Midtjylland" },
  nordjylland: { name: "Region Nordjylland" },
} as const;

export type RegionSlug = keyof typeof REGIONS;
export const REGION_SLUGS = Object.keys(REGIONS) as [RegionSlug, ...RegionSlug[]];

/** `name` is the everyday name; `official` is set only where "<name> Kommune" would be wrong. */
type MunicipalityRecord = { name: string; official?: string; region: RegionSlug };

export const MUNICIPALITIES = {
  // Region Hovedstaden (29)
  albertslund: { name: "Albertslund", region: "hovedstaden" },
  alleroed: { name: "Allerød", region: "hovedstaden" },
  ballerup: { name: "Ballerup", region: "hovedstaden" },
  bornholm: { name: "Bornholm", official: "Bornholms Regionskommune", region: "hovedstaden" },
  broendby: { name: "Brøndby", region: "hovedstaden" },
  dragoer: { name: "Dragør", region: "hovedstaden" },
  egedal: { name: "Egedal", region: "hovedstaden" },
  fredensborg: { name: "Fredensborg", region: "hovedstaden" },
  frederiksberg: { name: "Frederiksberg", region: "hovedstaden" },
  frederikssund: { name: "Frederikssund", region: "hovedstaden" },
  furesoe: { name: "Furesø", region: "hovedstaden" },
  gentofte: { name: "Gentofte", region: "hovedstaden" },
  gladsaxe: { name: "Gladsaxe", region: "hovedstaden" },
  glostrup: { name: "Glostrup", region: "hovedstaden" },
  gribskov: { name: "Gribskov", region: "hovedstaden" },
  halsnaes: { name: "Halsnæs", region: "hovedstaden" },
  helsingoer: { name: "Helsingør", region: "hovedstaden" },
  herlev: { name: "Herlev", region: "hovedstaden" },
  hilleroed: { name: "Hillerød", region: "hovedstaden" },
  hvidovre: { name: "Hvidovre", region: "hovedstaden" },
  "hoeje-taastrup": { name: "Høje-Taastrup", region: "hovedstaden" },
  hoersholm: { name: "Hørsholm", region: "hovedstaden" },
  ishoej: { name: "Ishøj", region: "hovedstaden" },
  koebenhavn: { name: "København", official: "Københavns Kommune", region: "hovedstaden" },
  "lyngby-taarbaek": { name: "Lyngby-Taarbæk", region: "hovedstaden" },
  rudersdal: { name: "Rudersdal", region: "hovedstaden" },
  roedovre: { name: "Rødovre", region: "hovedstaden" },
  taarnby: { name: "Tårnby", region: "hovedstaden" },
  vallensbaek: { name: "Vallensbæk", region: "hovedstaden" },
  // Region Sjælland (17)
  faxe: { name: "Faxe", region: "sjaelland" },
  greve: { name: "Greve", region: "sjaelland" },
  guldborgsund: { name: "Guldborgsund", region: "sjaelland" },
  holbaek: { name: "Holbæk", region: "sjaelland" },
  kalundborg: { name: "Kalundborg", region: "sjaelland" },
  koege: { name: "Køge", region: "sjaelland" },
  lejre: { name: "Lejre", region: "sjaelland" },
  lolland: { name: "Lolland", region: "sjaelland" },
  naestved: { name: "Næstved", region: "sjaelland" },
  odsherred: { name: "Odsherred", region: "sjaelland" },
  ringsted: { name: "Ringsted", region: "sjaelland" },
  roskilde: { name: "Roskilde", region: "sjaelland" },
  slagelse: { name: "Slagelse", region: "sjaelland" },
  solroed: { name: "Solrød", region: "sjaelland" },
  soroe: { name: "Sorø", region: "sjaelland" },
  stevns: { name: "Stevns", region: "sjaelland" },
  vordingborg: { name: "Vordingborg", region: "sjaelland" },
  // Region Syddanmark (22)
  assens: { name: "Assens", region: "syddanmark" },
  billund: { name: "Billund", region: "syddanmark" },
  esbjerg: { name: "Esbjerg", region: "syddanmark" },
  fanoe: { name: "Fanø", region: "syddanmark" },
  fredericia: { name: "Fredericia", region: "syddanmark" },
  "faaborg-midtfyn": { name: "Faaborg-Midtfyn", region: "syddanmark" },
  haderslev: { name: "Haderslev", region: "syddanmark" },
  kerteminde: { name: "Kerteminde", region: "syddanmark" },
  kolding: { name: "Kolding", region: "syddanmark" },
  langeland: { name: "Langeland", region: "syddanmark" },
  middelfart: { name: "Middelfart", region: "syddanmark" },
  nordfyn: { name: "Nordfyn", official: "Nordfyns Kommune", region: "syddanmark" },
  nyborg: { name: "Nyborg", region: "syddanmark" },
  odense: { name: "Odense", region: "syddanmark" },
  svendborg: { name: "Svendborg", region: "syddanmark" },
  soenderborg: { name: "Sønderborg", region: "syddanmark" },
  toender: { name: "Tønder", region: "syddanmark" },
  varde: { name: "Varde", region: "syddanmark" },
  vejen: { name: "Vejen", region: "syddanmark" },
  vejle: { name: "Vejle", region: "syddanmark" },
  aeroe: { name: "Ærø", region: "syddanmark" },
  aabenraa: { name: "Aabenraa", region: "syddanmark" },
  // Region Midtjylland (19)
  favrskov: { name: "Favrskov", region: "midtjylland" },
  hedensted: { name: "Hedensted", region: "midtjylland" },
  herning: { name: "Herning", region: "midtjylland" },
  holstebro: { name: "Holstebro", region: "midtjylland" },
  horsens: { name: "Horsens", region: "midtjylland" },
  "ikast-brande": { name: "Ikast-Brande", region: "midtjylland" },
  lemvig: { name: "Lemvig", region: "midtjylland" },
  norddjurs: { name: "Norddjurs", region: "midtjylland" },
  odder: { name: "Odder", region: "midtjylland" },
  randers: { name: "Randers", region: "midtjylland" },
  "ringkoebing-skjern": { name: "Ringkøbing-Skjern", region: "midtjylland" },
  samsoe: { name: "Samsø", region: "midtjylland" },
  silkeborg: { name: "Silkeborg", region: "midtjylland" },
  skanderborg: { name: "Skanderborg", region: "midtjylland" },
  skive: { name: "Skive", region: "midtjylland" },
  struer: { name: "Struer", region: "midtjylland" },
  syddjurs: { name: "Syddjurs", region: "midtjylland" },
  viborg: { name: "Viborg", region: "midtjylland" },
  aarhus: { name: "Aarhus", region: "midtjylland" },
  // Region Nordjylland (11)
  broenderslev: { name: "Brønderslev", region: "nordjylland" },
  frederikshavn: { name: "Frederikshavn", region: "nordjylland" },
  hjoerring: { name: "Hjørring", region: "nordjylland" },
  jammerbugt: { name: "Jammerbugt", region: "nordjylland" },
  laesoe: { name: "Læsø", region: "nordjylland" },
  mariagerfjord: { name: "Mariagerfjord", region: "nordjylland" },
  morsoe: { name: "Morsø", region: "nordjylland" },
  rebild: { name: "Rebild", region: "nordjylland" },
  thisted: { name: "Thisted", region: "nordjylland" },
  vesthimmerland: { name: "Vesthimmerland", official: "Vesthimmerlands Kommune", region: "nordjylland" },
  aalborg: { name: "Aalborg", region: "nordjylland" },
} as const satisfies Record<string, MunicipalityRecord>;

export type MunicipalitySlug = keyof typeof MUNICIPALITIES;
export const MUNICIPALITY_SLUGS = Object.keys(MUNICIPALITIES) as [MunicipalitySlug, ...MunicipalitySlug[]];

/** How far an intervention reaches beyond the municipalities it names. */
export const SCOPES = {
  kommunal: { label: "Kommunal" },
  tvaerkommunal: { label: "Tværkommunal" },
  regional: { label: "Regional" },
  national: { label: "National" },
} as const;

export type ScopeSlug = keyof typeof SCOPES;

/** The official name, e.g. "Københavns Kommune". */
export function municipalityName(slug: MunicipalitySlug): string {
  const record: MunicipalityRecord = MUNICIPALITIES[slug];
  return record.official ?? `${record.name} Kommune`;
}

/** The everyday name without "Kommune", for compact cards: "Ringkøbing-Skjern". */
export function municipalityShortName(slug: MunicipalitySlug): string {
  return MUNICIPALITIES[slug].name;
}

export function regionName(slug: RegionSlug): string {
  return REGIONS[slug].name;
}

export function regionOf(slug: MunicipalitySlug): RegionSlug {
  return MUNICIPALITIES[slug].region;
}
