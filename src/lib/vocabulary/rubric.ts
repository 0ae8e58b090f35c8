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

/**
 * The rubric's version. v2 adds the tie-break rules below; the level texts above are unchanged from v1.
 * Every level that changed when the assessed entries were re-scored under v2 is in the entry's history.
 */
export const RUBRIC_VERSION = {
  version: "v2",
  /** ISO date the version took effect. */
  date: "2026-12-07",
  summary:
    "Version 2 tilføjer afgørelsesregler de steder, hvor rubrikkens ord kunne læses på to måder. Reglerne bygger på en uafhængig genvurdering af de indsatser, der var vurderet på alle 11 elementer, i december 2026. Niveauteksterne er de samme som i version 1; reglerne siger, hvilken læsning der gælder.",
} as const;

/** One tie-break rule: a question the level texts left open, and the one answer the editors apply. */
export interface TieBreakRule {
  /** Stable id, used as the rule's anchor on /metode/. */
  id: string;
  /** The question the rule settles. */
  question: string;
  /** The elements it decides; empty when it holds for every element. */
  elements: readonly ElementKey[];
  /** The answer: one reading, no choice left to the editor. */
  rule: string;
  /** Why, from the principles. */
  reason: string;
  /** Where it decides a level in the catalogue. */
  example: string;
  /** The entries the example names (slugs in content/interventions). */
  entries: readonly string[];
}

/** The tie-break rules of rubric v2: first those for every element, then element by element in the rubric's order. */
export const TIE_BREAK_RULES: readonly TieBreakRule[] = [
  {
    id: "en-kilde-to-indsatser",
    question: "Én kilde beskriver to indsatser: Hvilke oplysninger tæller for hvilken?",
    elements: [],
    rule: "En oplysning tæller for den indsats, kilden knytter den til. Beskriver en case den lokale del af et større projekt, tæller oplysningerne om den lokale del (medarbejdere, antal unge, forløbet og resultaterne dér) kun for den lokale indsats. Det, kilden siger om projektet som helhed (formål, krav, finansiering, partnere, hvor det kører), tæller for projektet og også for den lokale del. For projektet er casen kun en grundig beskrivelse af det, den siger om hele projektet: Et element, som kun den lokale del oplyser noget om, er »Ikke vurderet« for projektet, ikke 0. At projektet kører i flere kommuner, viser ikke, at den lokale arbejdsform bruges dér; for den lokale indsats giver det 1 under Overførbarhed, ikke 2.",
    reason: `Kun det, kilderne siger om netop denne indsats, tæller. ${CATALOGUE_NAME_GENITIVE} oversigtstabel har to rækker, og casen har undertitlen »Et supplement til Ungdommens Uddannelsesvejledning i Randers Kommune«. Lod vi Randers' forløb tælle for hele projektet, fik projektet niveauer, som kilderne ikke dokumenterer for de andre kommuner.`,
    example:
      "Casen »Ung i uddannelse« handler om ungeguiderne i Randers. Ungeguides får casens oplysninger om Randers og projektets fælles oplysninger. Ung i uddannelse får de fælles oplysninger og sin tabelrække, så fx Relationelt samarbejde er »Ikke vurderet« for projektet.",
    entries: ["ungeguides", "ung-i-uddannelse"],
  },
  {
    id: "eget-nul-eller-generelt-nul",
    question: "Gælder et elements egen 0-tekst eller den generelle regel om 0?",
    elements: [],
    rule: "Den generelle regel. Når et elements 0-tekst nævner et bestemt tilfælde, som »viser et ens forløb for alle« under Individuel tilrettelæggelse, er det et eksempel på, at kilden intet viser om elementet, ikke et ekstra krav. En grundig beskrivelse, der intet siger om elementet, giver 0. Niveau 1 kræver, at kilden faktisk nævner elementet; for Individuel tilrettelæggelse, at den kalder forløbet individuelt, fleksibelt, helhedsorienteret eller tilpasset.",
    reason:
      "Principperne bruger 0 om grundige kilder uden oplysninger og »Ikke vurderet« om tynde kilder. Krævede 0 et bevis for det modsatte, fik en grundig kilde 1 for noget, den ikke nævner.",
    example:
      "Mod til Uddannelse: Artiklen har flere afsnit om indsatsen, men nævner ingen tilpasning til den enkelte, så Individuel tilrettelæggelse er 0.",
    entries: ["mod-til-uddannelse"],
  },
  {
    id: "egen-model",
    question: "Er en model, indsatsen selv har navngivet, et vidensgrundlag under Teori og viden?",
    elements: ["teori-og-viden"],
    rule: "Nej. En model, som indsatsen selv har udviklet eller navngivet, er en del af beskrivelsen af indsatsen. Som vidensgrundlag tæller en teori, en metode med sin egen beskrivelse uden for indsatsen (fx IPS med manual og fidelitetsskala), forskning eller en undersøgelse. Nævnes et vidensgrundlag kun som inspiration, uden at kilden forklarer, hvordan aktiviteterne ifølge det fører til resultater, er niveauet højst 2.",
    reason:
      "Indsatsens navn er ikke dokumentation, og det gælder også navnet på dens egen model: Det fortæller, hvad arbejdsformen hedder, ikke hvorfor den skulle virke.",
    example:
      "Fra anbringelse til uddannelse: Forklaringen på, hvorfor indsatserne bliver mere målrettede, giver 2; samarbejdsmodellens navn løfter ikke til 3. Energi til hinanden: inspireret af relationel velfærd giver 2.",
    entries: ["fra-anbringelse-til-uddannelse", "energi-til-hinanden"],
  },
  {
    id: "virkning-nul",
    question: "Hvornår kan Virkning være 0?",
    elements: ["virkning"],
    rule: "Et formål eller en plan for, hvad indsatsen skal opnå, er ikke en forventning om virkning; det vurderes under Mål. »Et mål eller en forventning« på niveau 1 betyder et resultatmål med tal (fx at mindst 50 % skal afsluttes til job eller uddannelse) eller en udtrykt forventning om resultater. Et planlagt antal deltagere er ikke et resultatmål. Viser en grundig beskrivelse hverken resultater, en påstand om resultater eller et resultatmål, er Virkning 0.",
    reason:
      "Læses niveau 1 som ethvert formål, kan 0 næsten aldrig bruges, for næsten alle kilder har et formål. Og den samme sætning skal ikke give niveau under både Mål og Virkning.",
    example:
      "Fra anbringelse til uddannelse har et formål og 25 planlagte deltagere, men ingen resultater og intet resultatmål: Virkning 0. IPS Ung har målet om mindst 50 % og får 1.",
    entries: ["fra-anbringelse-til-uddannelse", "ips-ung"],
  },
  {
    id: "virkning-periode",
    question: "Hvornår er perioden og deltagerne oplyst under Virkning?",
    elements: ["virkning"],
    rule: "Niveau 2 kræver, at kilden selv oplyser den periode, tallene dækker (start og slut eller en varighed), og at tallene gælder indsatsens egne deltagere. »Siden opstarten« uden dato er ikke en oplyst periode, heller ikke når en startdato kan regnes ud af andre oplysninger. Tal for en større enhed, fx en hel skole, giver 1.",
    reason:
      "Redaktionen udfylder aldrig en dato, kilderne ikke giver. Er du i tvivl mellem to niveauer, vælger du det laveste.",
    example:
      "Ungeguides: 90 unge og knapt 80 % »siden opstarten« giver 1. Bedsteforældreordningen: Frafaldstallene gælder hele Mercantec og giver 1.",
    entries: ["ungeguides", "bedsteforaeldreordningen"],
  },
  {
    id: "maal-for-de-unge",
    question: "Tæller mål for fagpersonerne eller systemet som konkrete resultater under Mål?",
    elements: ["maal"],
    rule: "Nej. Niveau 2 kræver resultater, som de unge selv skal opnå, og som kan iagttages hos den unge, fx at begynde på en uddannelse. Mål for fagpersonerne eller systemet (at der laves en plan, at alle arbejder mod samme mål) og mål, der ikke kan iagttages (at den unge bliver bevidst om sine muligheder), løfter ikke Mål over 1, heller ikke når de har en frist.",
    reason:
      "Elementet handler om, hvad indsatsen skal opnå for de unge. En plan er et middel til det, ikke et resultat for den unge.",
    example:
      "Fra anbringelse til uddannelse: en fælles plan i god tid før det fyldte 18. år er et mål for systemet, så Mål er 1. Ungeguides: kravet om, at den unge begynder på en ungdomsuddannelse, giver 2.",
    entries: ["fra-anbringelse-til-uddannelse", "ungeguides"],
  },
  {
    id: "moeder-og-refleksion",
    question: "Er koordinerende møder faglig refleksion?",
    elements: ["faglig-refleksion"],
    rule: "Nej. Møder, hvor fagpersoner koordinerer den enkelte unges sag (fordeler unge, orienterer hinanden om status, følger elevens udvikling, aftaler sanktioner), hører under Opfølgning, ikke her. Faglig refleksion kræver, at kilden siger, at en rutine handler om medarbejdernes egen praksis: sparring, supervision, metodemøder eller fælles drøftelse af, hvordan de arbejder. Medarbejdernes udsagn om, hvad de har oplevet virker, er ikke en omtale af refleksion og giver ikke 1. Niveau 3 kræver, at kilden knytter en ændring i arbejdet til rutinen; en læring, som kilden ikke knytter til rutinen, løfter ikke niveauet.",
    reason:
      "Elementet handler om refleksion over egen praksis. Et møde om den unges sag kan være godt samarbejde uden at sige noget om, hvordan medarbejderne lærer. Er du i tvivl, vælger du det laveste niveau.",
    example:
      "Bedsteforældreordningen: Afdelingsmøderne følger elevernes faglige udvikling, så Faglig refleksion er 0. Energi til hinanden: Metode- og sparringsmødet hver mandag giver 2; læringen om samarbejdet med dem, der henviser, er ikke knyttet til møderne. Ungeguides: Guidernes erfaringer giver 0.",
    entries: ["bedsteforaeldreordningen", "energi-til-hinanden", "ungeguides"],
  },
  {
    id: "afdaekning",
    question: "Hvad tæller som beskrevet afdækning under Individuel tilrettelæggelse?",
    elements: ["individuel-tilrettelaeggelse"],
    rule: "Afdækning er beskrevet, når kilden siger, hvordan den enkeltes behov eller ønsker findes som en fast del af arbejdet: en plan, afklaringssamtaler, et opstartsmøde, eller at den unge altid taler først og selv sætter dagsordenen. At den unge får god tid til at finde sine ønsker, er ikke i sig selv en beskrevet afdækning.",
    reason:
      "Niveau 3's redskaber (individuel plan, afklaringssamtaler) er eksempler. Det afgørende er, om kilden siger, hvordan behovene findes.",
    example:
      "Ungeguides: Guiderne lader altid den unge tale først og bestemme, hvad der skal arbejdes med; med tilpasset kontakt og varighed giver det 3. Energi til hinanden: tid til at sætte ord på ønskerne og tilpasset varighed giver 2.",
    entries: ["ungeguides", "energi-til-hinanden"],
  },
  {
    id: "journalisering",
    question: "Tæller journalisering eller dokumentation, der nævnes i forbifarten, under Monitorering?",
    elements: ["monitorering"],
    rule: "Nej. Monitorering handler om registrering af de unges udvikling eller resultater. At der journaliseres, eller hvilke krav der er til journalen, giver højst 1. Niveau 2 kræver, at kilden siger, at de unges udvikling, status eller resultater registreres, dokumenteres eller måles undervejs. Løbende målinger af effekten tæller; målinger af, om medarbejderne følger metoden (fidelitet), gør ikke. Det gælder også, når kilden er en plan for, hvad en model skal sikre.",
    reason:
      "Journalen hører til enhver sag og siger ikke, hvad der følges hos den unge. Niveauet bygger på, hvad der registreres, ikke på ordet.",
    example:
      "Energi til hinanden: Journalisering nævnes kun som noget, der holdes nede og aftales med Uddannelseshuset, så Monitorering er 1. IPS Ung måler løbende effekten, og Fra anbringelse til uddannelse skal dokumentere og måle resultaterne undervejs: begge 2.",
    entries: ["energi-til-hinanden", "ips-ung", "fra-anbringelse-til-uddannelse"],
  },
  {
    id: "opfoelgning-uden-justering",
    question: "Opfølgning med fast hyppighed, men uden omtale af justering?",
    elements: ["opfoelgning"],
    rule: "Det giver 2. Niveau 3 kræver, at kilden selv siger, at forløbet eller indsatsen justeres efter opfølgningen; vi udleder ikke justering af, at opfølgningen finder sted. Niveau 2 kræver en fast form for opfølgning (møder, samtaler, opkald eller systematisk dokumentation og måling); en fast form med justering, men uden hyppighed, giver også 2. En enkelt beslutning om at videreføre eller udvide indsatsen er ikke opfølgning.",
    reason:
      "Elementet beskriver, at der følges løbende op, og at indsatsen justeres efter det. Begge dele skal stå i kilden, og er du i tvivl, vælger du det laveste niveau.",
    example:
      "Energi til hinanden (eftervend cirka hver 14. dag) og IPS Ung (månedlige møder med psykiatrien): 2. Fra anbringelse til uddannelse: systematisk opfølgning med dokumentation og måling, så indsatsen kan justeres, men uden hyppighed: 2. Mod til Uddannelse: Byrådets udvidelse er ikke opfølgning, så 0.",
    entries: ["energi-til-hinanden", "ips-ung", "fra-anbringelse-til-uddannelse", "mod-til-uddannelse"],
  },
];

/** The tie-break rules that decide levels for one element (rules for every element not included). */
export function rulesFor(element: ElementKey): TieBreakRule[] {
  return TIE_BREAK_RULES.filter((rule) => rule.elements.includes(element));
}

/** The rubric wording for one element at one level. */
export function rubricText(element: ElementKey, level: ScoreLevel): string {
  return RUBRIC[element].levels[level];
}

/** The id in content/links.toml of Socialstyrelsen's own description of promising practice. */
export const SOCIALSTYRELSEN_LINK_ID = "socialstyrelsen-lovende-praksis";
