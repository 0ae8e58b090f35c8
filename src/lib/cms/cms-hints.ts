/**
 * The hints the browser editor shows under each field, written for the consultants who edit the catalogue:
 * what to write, in plain Danish, without file names, ids or syntax. The schema's .describe() texts are
 * for people reading the data and the JSON Schema; the editor shows these instead (keyed by field path,
 * list items share their list's path) and falls back to the schema's text for a field not named here.
 */
import { APPROACH_BASES } from "../vocabulary/approaches.ts";
import { MAX_SCORE_LEVEL, SCORE_LEVELS } from "../vocabulary/elements.ts";
import { RESPONSIBLE_UNKNOWN } from "../schema/responsible.ts";
import { routes } from "../catalogue/routes.ts";

export type Hints = Readonly<Record<string, string>>;

/** The name of the editor's collection for links, as the hints call it. */
export const LINKS_LABEL = "Links";

const LINK =
  `Vælg linket på listen. Mangler det, så tilføj det først under »${LINKS_LABEL}«; ` +
  "det kan vælges her, når det er udgivet.";
const REVIEWED =
  "Datoen for jeres seneste gennemgang af teksten mod kilderne. Siden kalder den »Gennemgået mod kilderne«; den er ikke en bekræftelse af, at oplysningerne stadig gælder.";
const SUMMARY = "En til to sætninger (40–320 tegn). De vises på kort og i søgeresultater.";
const KNOWN = `»${APPROACH_BASES.katalog.label}«, når kataloget selv nævner eksemplet under tilgangen; »${APPROACH_BASES.redaktionen.label}«, når det er jeres vurdering af det, kilderne beskriver.`;

export const INTERVENTION_HINTS: Hints = {
  title: "Indsatsens navn, som kilderne skriver det. Filnavnet dannes af titlen, når du gemmer første gang.",
  summary: SUMMARY,
  context: "Hvor indsatsen kører.",
  "context.scope": "Om indsatsen kører i én kommune, i flere kommuner, i en region eller i hele landet.",
  "context.municipalities": "Skriv de første bogstaver i kommunens navn, og vælg den på listen.",
  "context.regions":
    "Kun for regionale indsatser uden bestemte kommuner. Har du valgt kommuner, finder sitet selv regionen.",
  "context.organisation":
    "Organisationen bag en indsats, som ikke drives af en kommune, fx Ungdomsskoleforeningen.",
  "context.note": "Kildens egne ord om stedet, når den siger mere, fx »udrulning i 11 kommuner«.",
  responsible: `Den organisation eller enhed, der driver indsatsen, som kilderne kalder den, fx »Ungeenheden, Horsens Kommune«. Skriv ${RESPONSIBLE_UNKNOWN}, hvis kilderne ikke siger det.`,
  contact:
    "En offentlig webadresse (https://…), en fælles postkasse (mailto:…, evt. med ?subject=…) eller et telefonnummer (tel:+4512345678) for enheden. Aldrig en persons egen mail.",
  focus: "Formål og mål med indsatsen, med dine egne ord.",
  targetGroup: "Hvem indsatsen er for.",
  "targetGroup.description": "Hvem indsatsen er for, med dine egne ord.",
  "targetGroup.tags": "Vælg mindst én målgruppe på listen.",
  "targetGroup.age": "Udfyld kun, hvis kilderne nævner et aldersspænd.",
  "targetGroup.age.min": "Yngste alder i år.",
  "targetGroup.age.max": "Ældste alder i år.",
  anchoring: "Hvor indsatsen er forankret.",
  "anchoring.tags": "Vælg mindst én forankring på listen.",
  "anchoring.organisations": "Organisationer, som kilderne nævner ved navn, fx Red Barnet. Én ad gangen.",
  "anchoring.note": "Kildens egne ord om forankringen, når den siger mere.",
  phase: "Hvor i den unges vej indsatsen sætter ind, som Marselisborg-kataloget inddeler det.",
  approaches:
    "Tilgangene fra Marselisborg-kataloget, som indsatsen er et eksempel på. Tilføj én tilgang ad gangen.",
  "approaches.id": "Vælg tilgangen på listen.",
  "approaches.known": KNOWN,
  scores: `Vurdering på Socialstyrelsens 11 elementer efter rubrikken på ${routes.method()}. Lad et element stå tomt, hvis det ikke er vurderet.`,
  "scores.level": `Fra 0 (${SCORE_LEVELS[0].label.toLowerCase()}) til ${MAX_SCORE_LEVEL} (${SCORE_LEVELS[3].label.toLowerCase()}): hvor godt kilderne dokumenterer elementet.`,
  "scores.rationale": "Hvad i kilderne niveauet bygger på, med dine egne ord (mindst 20 tegn).",
  "scores.basis": "Den publikation og det afsnit, eller det link, vurderingen bygger på.",
  "scores.basis.publication": "Udfyld enten publikation (og gerne afsnit) eller link.",
  "scores.basis.section": "Afsnittet i publikationen, fx »Case: IPS-Ung«.",
  "scores.basis.link": LINK,
  results: "Tal fra kilderne. Tilføj ét tal ad gangen.",
  "results.value": "Tallet, fx 65.",
  "results.unit": "Enheden for tallet.",
  "results.qualifier":
    "Kildens ord foran tallet, fx »knapt« i »knapt 80 %«. Tomt, når kilden giver tallet præcist.",
  "results.measure": "Hvad tallet måler, fx »afsluttet til job eller uddannelse«.",
  "results.kind": "Hvilken slags tal det er, så tal af samme slags kan stå sammen på siden med resultater.",
  "results.period": "Perioden, tallet gælder, fx 2020–2021.",
  "results.participants": "Antal unge, tallet bygger på.",
  "results.source": "Publikationen, tallet stammer fra.",
  "results.scope":
    "Vælg »Konteksttal«, når tallet handler om omgivelserne, fx hele skolen, og ikke om indsatsen. Tomt for indsatsens egne tal.",
  "results.sharedWith":
    "Andre indsatser, som kilden giver præcis det samme tal for. Tallet står kun her og vises også dér; skriv det ikke igen på dem.",
  period: "Hvornår indsatsen kører eller kørte, hvis kilderne siger det.",
  "period.start": "Årstal (2020) eller år og måned (2020-02).",
  "period.end": "Årstal (2022) eller år og måned (2022-09).",
  "period.note": "Kildens egne ord om perioden.",
  status: "Om indsatsen kørte, da den nyeste kilde blev skrevet.",
  sources: "Hvor indsatsen er beskrevet: en publikation med afsnit, eller et link. Mindst én.",
  "sources.publication": "Publikationen, indsatsen er beskrevet i. Udfyld enten publikation eller link.",
  "sources.section": "Afsnittet i publikationen, fx »Case: Energi til hinanden«.",
  "sources.link": LINK,
  "sources.via": "Publikationen, der henviser til linket, hvis en gør det.",
  case: "Slå til for de fire indsatser, Marselisborg-kataloget beskriver i dybden som cases.",
  related: "Andre indsatser i kataloget, der ligner denne. Søg efter titlen.",
  reviewed: REVIEWED,
  confirmed:
    "Udfyld kun, når den enhed, der driver indsatsen, har bekræftet oplysningerne. Se »Hold kataloget levende« i vejledningen.",
  "confirmed.date": "Dagen, enheden bekræftede oplysningerne.",
  "confirmed.by":
    "Enheden eller rollen, fx »Ungeenheden, Horsens Kommune« eller »afdelingslederen i Ungeenheden«. Aldrig en persons navn.",
  "confirmed.how":
    "E-mail eller telefon, når enheden svarede jer; enhedens egen side, når den selv skriver det på sin offentlige side.",
  "confirmed.link": `Kun når enheden bekræftede på sin egen side: vælg siden på listen. Mangler den, så tilføj den først under »${LINKS_LABEL}«.`,
};

export const GOVERNANCE_HINTS: Hints = {
  title: "Eksemplets navn, som kilderne skriver det. Filnavnet dannes af titlen, når du gemmer første gang.",
  summary: SUMMARY,
  municipalities:
    "Kommunerne, eksemplet kommer fra. Hører det ikke til en kommune, så lad feltet stå tomt og udfyld organisation.",
  organisation: "Organisationen bag et eksempel uden kommune, fx en styrelse.",
  themes: "Hvad eksemplet viser. Vælg mindst ét tema.",
  approaches: "Tilgangene fra Marselisborg-kataloget, som eksemplet viser. Tilføj én tilgang ad gangen.",
  "approaches.id": "Vælg tilgangen på listen.",
  "approaches.known": KNOWN,
  links: `De links, Marselisborg-kataloget giver til eksemplet. Mangler et link, så tilføj det først under »${LINKS_LABEL}«.`,
  period: "De år, kilderne nævner, hvis de nævner nogen.",
  "period.start": "Første år, fx 2019.",
  "period.end": "Sidste år, fx 2022.",
  sources: "Publikationen og afsnittet, hvor eksemplet er nævnt. Mindst én.",
  "sources.publication": "Publikationen, eksemplet er nævnt i.",
  "sources.section": "Afsnittet i publikationen, fx »Politisk fokus og opfølgning«.",
  reviewed: REVIEWED,
};

export const LINK_HINTS: Hints = {
  id: "Et kort navn med små bogstaver a–z, tal og bindestreger, fx herning-ungevejen. Det står i parentes efter titlen, når du vælger linket som kilde. Ændr det ikke bagefter: indsatser henviser til det.",
  title: "Sidens titel, som siden selv skriver den.",
  publisher: "Kun hvis en kilde siger, hvem der står bag siden. Et domænenavn er ikke en udgiver.",
  url: "Den fulde adresse, som begynder med https://.",
  http: "Slå kun til for en side, der ikke findes med https://. Så må adressen begynde med http://.",
  published:
    "Kun hvis siden selv skriver, hvornår den er udgivet: år (2021), år og måned (2021-06) eller dato (2021-06-15). Gæt aldrig; uden dato står kilden som udateret.",
};

/** Messages for the schema's patterns, in words rather than the regular expression. */
export const PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  "^\\d{4}(-(0[1-9]|1[0-2]))?$": "Skriv et årstal som 2020 eller år og måned som 2020-02.",
  "^\\d{4}$": "Skriv et årstal som 2020.",
  "^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$":
    "Skriv et årstal som 2021, år og måned som 2021-06 eller en dato som 2021-06-15.",
};
