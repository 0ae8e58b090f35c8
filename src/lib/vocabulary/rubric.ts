/**
 * The published rubric: for each of the 11 elements, what the documentation in the sources must show
 * for each level, and when an element stays unassessed. The scale judges how well the sources document
 * an element, never how good the intervention is. The method page, entry pages, editors' guide, the
 * entry generator and the tests all read the wording from here.
 */
import { CATALOGUE_NAME, CATALOGUE_NAME_GENITIVE } from "./catalogue-name.ts";
import { NOT_ASSESSED_LABEL, SCORE_LEVELS, type ElementKey, type ScoreLevel } from "./elements.ts";

export interface ElementRubric {
  /** What the sources must document for each level. */
  levels: Record<ScoreLevel, string>;
  /** When the element is left out of `scores` (shown as "Ikke vurderet"). */
  notAssessed: string;
  /** What a bare row in the catalogue's overview table earns for this element. */
  tableRow: string;
}

/** Level labels and their short definitions; the single source is SCORE_LEVELS in elements.ts. */
export { NOT_ASSESSED_LABEL, SCORE_LEVELS };

/** The general definition of "ikke vurderet", as opposed to level 0. */
export const NOT_ASSESSED_DEFINITION =
  "Kilderne er for tynde til at sige, om elementet er til stede. Det er ikke det samme som 0: 0 betyder, at en grundig beskrivelse af indsatsen intet viser om elementet.";

/** What counts as a thorough description, the precondition for level 0. */
export const THOROUGH_SOURCE = `En grundig beskrivelse er en case i ${CATALOGUE_NAME}, en artikel eller en projektside med flere afsnit om netop denne indsats. En række i ${CATALOGUE_NAME_GENITIVE} oversigtstabel og et kort eksempel på få sætninger er ikke grundige beskrivelser.`;

/** Rules that hold for every element, in the order an editor applies them. */
export const RUBRIC_PRINCIPLES = [
  "Vurder dokumentationen, ikke indsatsen: Spørg, hvad kilderne viser om elementet, ikke om indsatsen er god.",
  `Kun det, kilderne siger om netop denne indsats, tæller. ${CATALOGUE_NAME_GENITIVE} fælles afsnit om, hvad indsatserne typisk gør, og dets samlede udsagn om, at indsatserne viser tegn på lovende praksis, giver ikke niveau til den enkelte indsats.`,
  "Indsatsens navn er ikke dokumentation. At en indsats hedder »Ungeguides«, viser ikke i sig selv, hvordan relationen bruges.",
  "Et niveau kræver, at alt under niveauet er opfyldt. Er du i tvivl mellem to niveauer, vælger du det laveste.",
  `0 bruges kun, når der findes en grundig beskrivelse af indsatsen, og den intet viser om elementet. Er kilderne tynde, er elementet »${NOT_ASSESSED_LABEL}«. ${THOROUGH_SOURCE}`,
  "Et link tæller kun som grundlag for det, redaktøren har læst på siden, og begrundelsen siger, hvad der står.",
  "Begrundelsen nævner det dokumenterede forhold i én til to sætninger (et tal, et redskab, en fast rutine), og grundlaget peger på publikation og afsnit eller på et link-id.",
] as const;

const THIN = "Kilderne er kun en tabelrække eller et kort eksempel, som ikke siger noget om";

export const RUBRIC: Record<ElementKey, ElementRubric> = {
  "teori-og-viden": {
    levels: {
      3: "Kilderne navngiver den teori, model eller forskningsbaserede metode, indsatsen bygger på (fx IPS), og forklarer, hvordan indsatsens aktiviteter ifølge den fører til bedre resultater for de unge.",
      2: "Kilderne navngiver en teori, model, metode eller undersøgelse, som indsatsen bygger på, men uden at forklare sammenhængen med aktiviteterne; eller de forklarer, hvorfor aktiviteterne skulle hjælpe, uden at navngive noget vidensgrundlag.",
      1: "Kilderne giver kun en almen begrundelse, fx at relationer eller struktur i hverdagen er vigtige for unge, uden navngivet teori, metode eller viden og uden at knytte den til indsatsens aktiviteter.",
      0: "En grundig beskrivelse af indsatsen siger intet om, hvorfor den skulle virke.",
    },
    notAssessed: `${THIN}, hvorfor indsatsen skulle virke.`,
    tableRow: `En tabelrække alene giver »${NOT_ASSESSED_LABEL}«: Fokus-kolonnen siger, hvad indsatsen vil, ikke hvorfor den skulle virke.`,
  },
  virkning: {
    levels: {
      3: "Der findes en evaluering med sammenligning (fx kontrolgruppe eller en sammenlignelig gruppe), eller resultattal for et oplyst antal deltagere over en oplyst periode, som en part uden for indsatsen har opgjort (fx forskere eller et evalueringsfirma).",
      2: "Kilderne giver resultattal med både antal deltagere og periode, men tallene er indsatsens egne eller gengivet uden oplysning om, at andre har opgjort dem. Et katalog eller en artikel, der gengiver indsatsens tal, gør dem ikke uafhængige.",
      1: "Kilderne siger, at indsatsen har gode resultater, men uden tal; eller de giver tal uden antal deltagere eller uden periode; eller de nævner kun et mål eller en forventning.",
      0: "En grundig beskrivelse af indsatsen viser ingen resultater og påstår heller ingen.",
    },
    notAssessed: `${THIN} resultater.`,
    tableRow: `En tabelrække alene giver »${NOT_ASSESSED_LABEL}«. Siger et kort eksempel, at indsatsen har skabt gode resultater, giver det 1.`,
  },
  beskrivelse: {
    levels: {
      3: "Kilderne beskriver målgruppen, de konkrete aktiviteter, hvem der udfører dem (roller eller faggrupper) og forløbets gang eller omfang (trin, varighed eller hyppighed) så præcist, at et andet sted kunne gøre det samme.",
      2: "Kilderne beskriver målgruppen og hvad der konkret sker i indsatsen (aktiviteterne), men mindst ét af de øvrige krav til 3 mangler: roller eller forløbets gang og omfang.",
      1: `Kilderne siger, hvem indsatsen er for, og hvad den vil, men ikke hvad der konkret sker, eller de nævner kun indsatsens form i én sætning (fx »et mentorforløb«). Det er, hvad en række i ${CATALOGUE_NAME_GENITIVE} oversigtstabel viser.`,
      0: "Kilderne nævner kun indsatsens navn eller et link uden at sige, hvem den er for, eller hvad den består af.",
    },
    notAssessed:
      "Bruges ikke: Beskrivelse kan altid vurderes ud fra det, kilderne har. Har de kun navnet, er niveauet 0.",
    tableRow:
      "En tabelrække alene giver 1: Den nævner målgruppe, sted, formål og forankring, men ikke aktiviteterne.",
  },
  maal: {
    levels: {
      3: "Kilderne angiver mål, der kan måles: et tal eller en tærskel og en tidsramme eller et målepunkt for, hvad de unge skal opnå (fx en andel i uddannelse eller job efter et bestemt tidsrum).",
      2: "Kilderne beskriver ud over et samlet formål konkrete resultater, som de unge skal opnå, og som kan iagttages (fx at starte og gennemføre en uddannelse, stabilt fremmøde, et fritidsjob), men uden tal eller tidsramme.",
      1: `Kilderne giver kun et samlet formål i én sætning, fx fokus-kolonnen i ${CATALOGUE_NAME_GENITIVE} oversigtstabel, også når formålet nævner uddannelse eller job.`,
      0: "En grundig beskrivelse af indsatsen angiver hverken formål eller mål.",
    },
    notAssessed:
      "Kun hvis kilderne hverken har en tabelrække med fokus eller nogen omtale af, hvad indsatsen vil. En indsats med en tabelrække vurderes altid.",
    tableRow:
      "En tabelrække alene giver 1: Fokus-kolonnen er et samlet formål, ikke målbare eller nedbrudte mål.",
  },
  overfoerbarhed: {
    levels: {
      3: "Indsatsen bruges ifølge kilderne flere steder end der, hvor den er udviklet, og der findes beskrevne redskaber til at indføre den andre steder (fx manual, metodebeskrivelse, uddannelse af medarbejdere eller måling af, om metoden følges).",
      2: "Indsatsen bruges ifølge kilderne flere steder (fx flere kommuner eller en national udrulning), eller der findes en manual eller metodebeskrivelse, som andre kan bruge, men ikke begge dele.",
      1: "Indsatsen kører ét sted, men kilderne nævner, at den er planlagt eller tænkt til at blive udbredt, eller at andre har vist interesse for den.",
      0: "En grundig beskrivelse binder indsatsen til ét sted og siger intet om udbredelse, manual eller metodebeskrivelse.",
    },
    notAssessed: `${THIN} andre steder end ét.`,
    tableRow: `En tabelrække, hvis kontekst nævner flere kommuner eller en national udrulning, giver 2. Nævner den ét sted, giver den »${NOT_ASSESSED_LABEL}«.`,
  },
  oekonomi: {
    levels: {
      3: "Kilderne opgør udgifterne: et beløb med periode og hvad det dækker, eller en pris pr. deltager, eller en økonomisk analyse (fx opgjorte besparelser eller en business case).",
      2: "Kilderne nævner et konkret beløb (bevilling, budget eller pris), men uden periode eller uden at sige, hvad beløbet dækker.",
      1: "Kilderne nævner kun finansieringen eller ressourcerne uden beløb, fx hvem der betaler, puljemidler eller antal medarbejdere pr. ung.",
      0: "En grundig beskrivelse af indsatsen siger intet om udgifter, finansiering eller ressourcer.",
    },
    notAssessed: `${THIN} udgifter eller finansiering.`,
    tableRow: `En tabelrække alene giver »${NOT_ASSESSED_LABEL}«. Forankrings-kolonnen siger, hvor indsatsen hører hjemme, ikke hvem der betaler.`,
  },
  "faglig-refleksion": {
    levels: {
      3: "Kilderne beskriver faste rutiner, hvor medarbejderne reflekterer over egen praksis (fx supervision, sparring, fælles drøftelse af forløb), med hvem der deltager og hvor ofte, og hvordan erfaringerne ændrer arbejdet.",
      2: "Kilderne nævner faste rutiner til refleksion eller læring (supervision, sparring, teammøder om arbejdet, kompetenceudvikling), men uden hyppighed eller uden at sige, hvordan erfaringerne bruges.",
      1: "Kilderne siger kun i almindelighed, at medarbejderne lærer, udvikler eller reflekterer, uden at nævne en rutine.",
      0: "En grundig beskrivelse af arbejdet siger intet om, hvordan medarbejderne reflekterer over eller udvikler deres praksis.",
    },
    notAssessed: `${THIN} medarbejdernes refleksion eller læring.`,
    tableRow: `En tabelrække alene giver »${NOT_ASSESSED_LABEL}«.`,
  },
  "relationelt-samarbejde": {
    levels: {
      3: "Kilderne beskriver, hvem der er den unges faste person, hvordan relationen bygges og bruges (fx opsøgende kontakt, følgeskab til møder), hvor tæt kontakten er (hyppighed eller tilgængelighed), og hvordan den unge inddrages i beslutninger om eget forløb.",
      2: "Kilderne beskriver en fast person for den unge (fx mentor, guide, kontaktperson) og hvad personen gør sammen med den unge, men uden hyppighed eller uden den unges inddragelse.",
      1: "Kilderne nævner kun relationen eller en fast person i én sætning (fx »et mentorforløb« eller »tæt kontakt«) uden at sige, hvordan relationen bruges.",
      0: "En grundig beskrivelse af indsatsen siger intet om relationen mellem den unge og fagpersonerne.",
    },
    notAssessed: `${THIN} relationen til den unge.`,
    tableRow: `En tabelrække alene giver »${NOT_ASSESSED_LABEL}«. Nævner et kort eksempel en mentor eller fast kontaktperson, giver det 1.`,
  },
  "individuel-tilrettelaeggelse": {
    levels: {
      3: "Kilderne beskriver både, hvordan den enkelte unges behov, ønsker og ressourcer afdækkes (fx en individuel plan eller afklaringssamtaler), og hvordan indhold, tempo eller varighed derefter tilpasses den unge.",
      2: "Kilderne siger, at forløbet tilpasses den enkelte, og nævner et konkret redskab eller eksempel (fx individuel plan, valg mellem spor, fleksibel varighed), men ikke både afdækning og tilpasning.",
      1: "Kilderne kalder kun indsatsen individuel, fleksibel eller helhedsorienteret, uden redskab eller eksempel.",
      0: "En grundig beskrivelse viser et ens forløb for alle deltagere og nævner ingen tilpasning til den enkelte.",
    },
    notAssessed: `${THIN}, hvordan forløbet tilrettelægges for den enkelte.`,
    tableRow: `En tabelrække alene giver »${NOT_ASSESSED_LABEL}«. At målgruppen er snæver, er ikke det samme som individuel tilrettelæggelse.`,
  },
  monitorering: {
    levels: {
      3: "Kilderne beskriver, at de unges udvikling eller resultater registreres undervejs, med hvad der registreres (fx fremmøde, progression, status), hvordan (redskab, skema eller system) og hvor ofte.",
      2: "Kilderne siger, at de unges forløb registreres undervejs (fx statusmålinger eller et progressionsredskab), men ikke både hvad, hvordan og hvor ofte.",
      1: "Kilderne har kun resultattal opgjort bagefter, eller siger i almindelighed, at man følger de unges udvikling, uden at nævne registrering undervejs.",
      0: "En grundig beskrivelse af indsatsen siger intet om registrering eller opgørelse af de unges forløb.",
    },
    notAssessed: `${THIN} registrering af de unges forløb.`,
    tableRow: `En tabelrække alene giver »${NOT_ASSESSED_LABEL}«.`,
  },
  opfoelgning: {
    levels: {
      3: "Kilderne beskriver faste opfølgninger på målene (fx opfølgningssamtaler med den unge, statusmøder eller ledelsens opfølgning) med hyppighed, og hvordan forløbet eller indsatsen justeres efter dem.",
      2: "Kilderne nævner faste opfølgninger (fx opfølgningsmøder, statusmøder, kontakt efter overgangen til uddannelse eller job), men uden hyppighed eller uden at sige, at der justeres efter dem.",
      1: "Kilderne siger kun i almindelighed, at der følges op, uden form eller hyppighed.",
      0: "En grundig beskrivelse af indsatsen siger intet om opfølgning på de unges forløb eller på indsatsen.",
    },
    notAssessed: `${THIN} opfølgning.`,
    tableRow: `En tabelrække alene giver »${NOT_ASSESSED_LABEL}«. ${CATALOGUE_NAME_GENITIVE} fælles afsnit om politisk opfølgning tæller ikke for den enkelte indsats.`,
  },
};

/** The rubric wording for one element at one level. */
export function rubricText(element: ElementKey, level: ScoreLevel): string {
  return RUBRIC[element].levels[level];
}

/** The id in content/links.toml of Socialstyrelsen's own description of promising practice. */
export const SOCIALSTYRELSEN_LINK_ID = "socialstyrelsen-lovende-praksis";
