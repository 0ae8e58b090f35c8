/**
 * The catalogue's structure beyond the intervention table: its parts, and the approaches
 * ("fokuspunkter i lovende praksis") each part names. Texts are our own summaries of the catalogue
 * (Marselisborg Consulting for Region Midtjylland, juni 2022).
 */
import type { PhaseSlug } from "./phases.ts";
import { CATALOGUE_NAME } from "./catalogue-name.ts";

export type Point = { label: string; description: string };

/**
 * The catalogue's parts in reading order. Part 3 opens with cross-cutting attention points and then
 * has one section per phase; those sections are the phases of src/lib/vocabulary/phases.ts.
 */
export const CATALOGUE_PARTS = {
  "politisk-fokus": {
    number: 1,
    label: "Politisk fokus og opfølgning",
    part: "Del 1",
    description: "Hvordan kommuner med gode resultater styrer ungeområdet politisk og følger op på det.",
  },
  koordinering: {
    number: 2,
    label: "Koordinering og samarbejde",
    part: "Del 2",
    description:
      "Hvordan indsatser tilrettelægges, så forvaltninger, uddannelsessteder og andre aktører trækker i samme retning om den enkelte unge.",
  },
  tvaergaaende: {
    number: 3,
    label: "Tværgående opmærksomheder",
    part: "Del 3",
    description:
      "Det, de lovende indsatser rettet direkte mod de unge har til fælles, uanset hvor i forløbet de sætter ind.",
  },
  "omkring-grundskolen": {
    number: 3,
    label: "Indsatser omkring grundskolen",
    part: "Del 3",
    description: "Forebyggelse i og omkring folkeskolen, især i udskolingen.",
  },
  "efter-grundskolen": {
    number: 3,
    label: "Indsatser efter grundskolen",
    part: "Del 3",
    description: "Unge, der har forladt grundskolen uden at komme i gang med uddannelse eller job.",
  },
  fastholdelse: {
    number: 3,
    label: "Fastholdelse i uddannelse og job",
    part: "Del 3",
    description: "At blive i den uddannelse eller det job, den unge er startet i.",
  },
} as const;

export type CataloguePart = keyof typeof CATALOGUE_PARTS;
export const CATALOGUE_PART_SLUGS = Object.keys(CATALOGUE_PARTS) as [CataloguePart, ...CataloguePart[]];

/** The parts that are not a phase: their introductions live in content/parts/. */
export const INTRO_PARTS = ["politisk-fokus", "koordinering", "tvaergaaende"] as const;
export type IntroPart = (typeof INTRO_PARTS)[number];

/** The phase a part-3 section corresponds to; the other parts have none. */
export function phaseOfPart(part: CataloguePart): PhaseSlug | undefined {
  return part === "omkring-grundskolen" || part === "efter-grundskolen" || part === "fastholdelse"
    ? part
    : undefined;
}

/** Part 2 names three ways collaboration tends to succeed. */
export const COLLABORATION_WAYS: readonly Point[] = [
  {
    label: "Delt tilstedeværelse",
    description:
      "Aktørerne ses jævnligt, enten på faste møder eller fordi de er flyttet ind under samme tag.",
  },
  {
    label: "Beslutningskapacitet",
    description:
      "De tværgående møder og medarbejderne i driften kan træffe beslutninger, så sagerne ikke strander i hver sin silo.",
  },
  {
    label: "Fælles sprog",
    description:
      "Fagligheder, opdrag og organisationer får et fælles sprog og en fælles faglig retning for arbejdet.",
  },
];

/** The section on interventions after primary school sorts measures into three kinds, best combined. */
export const MEASURE_KINDS: readonly Point[] = [
  {
    label: "Individuelle tiltag",
    description: "Arbejdet med den unges egen udvikling, motivation og kompetencer.",
  },
  {
    label: "Relationelle tiltag",
    description: "Mentorordninger og i det hele taget det sociale netværk omkring den unge.",
  },
  {
    label: "Organisatoriske tiltag",
    description: "Hvordan ungeinstanserne målretter indsatsen og arbejder sammen om den.",
  },
];

type Approach = {
  label: string;
  /** The parts (sections) where the catalogue names it; two approaches appear in two. */
  parts: readonly CataloguePart[];
  /** What the approach is, in one or two sentences. */
  description: string;
  /** Why the catalogue sees promise in it. */
  promise: string;
  related: readonly string[];
};

/** The 18 distinct approaches, in the catalogue's order. */
export const APPROACHES = {
  "bredt-politisk-udvalg": {
    label: "Bredt involverende politisk udvalg",
    parts: ["politisk-fokus"],
    description:
      "Et politisk udvalg for ungeområdet, hvor de vigtigste parter omkring unges uddannelse og job sidder med.",
    promise:
      "Udvalget bliver et fælles sted at tale om udfordringer, finde løsninger og sætte kursen. Parterne lærer samtidig hinanden at kende, og det gør det lettere at samarbejde bagefter.",
    related: ["faelles-maalsaetninger", "tvaers-af-forvaltninger"],
  },
  "faelles-maalsaetninger": {
    label: "Fælles målsætninger",
    parts: ["politisk-fokus"],
    description: "Tydelige mål for ungeindsatsen, som alle aktører deler, frem for hver sine mål.",
    promise:
      "Fælles mål gør indsatsen til en opgave for alle frem for hver enkelt aktørs sag, og de giver en målestok, alle kan bruge til at se, om de unge rykker nærmere uddannelse eller job.",
    related: ["data-i-styring", "bredt-politisk-udvalg"],
  },
  "data-i-styring": {
    label: "Brug af data i styring og opfølgning",
    parts: ["politisk-fokus"],
    description: "Systematisk opfølgning på indsatsen med data, når målene er sat.",
    promise:
      "Når opfølgningen bygger på data, kan ungeindsatsen udvikles løbende og på et sikkert grundlag. Kommuner med gode resultater peger selv på styring og opfølgning som en vigtig forklaring.",
    related: ["faelles-maalsaetninger", "individuelle-planer"],
  },
  "tvaers-af-forvaltninger": {
    label: "Samarbejde på tværs af forvaltninger",
    parts: ["koordinering"],
    description:
      "Uddannelses-, beskæftigelses- og socialområdet koordinerer den unges forløb, som den kommunale ungeindsats (KUI) er sat i verden for.",
    promise:
      "Et samarbejde, der er bygget ind i organisationen og ikke kun opstår omkring den enkelte sag, sikrer overleveringen mellem forvaltninger og tilbud, så den unge ikke selv skal skabe sammenhængen.",
    related: ["stoette-i-overgange", "nye-veje", "bredt-politisk-udvalg"],
  },
  brugerinddragelse: {
    label: "Brugerinddragelse (empowerment)",
    parts: ["koordinering"],
    description:
      "De unge har indflydelse på deres forløb, fx ved selv at vælge mellem flere tilbud og aktiviteter.",
    promise:
      "Vejen mod uddannelse og job kræver, at de unge selv er engagerede. Når tilbuddene tager afsæt i deres egne behov og ønsker, giver aktiviteterne mening for dem.",
    related: ["relationsarbejde", "individuelle-planer"],
  },
  "nye-veje": {
    label: "Samarbejde om nye veje til uddannelse eller job",
    parts: ["koordinering"],
    description:
      "Samarbejde med virksomheder, uddannelsessteder og foreninger uden for kommunen, så de unge får virkelige miljøer at prøve sig af i.",
    promise:
      "Et alternativ til den mere systembårne vej: Virksomhedssamarbejde er en god trædesten til at vælge uddannelse eller job, uddannelsesfærdigheder kan trænes på selve uddannelsesstedet, og foreninger giver fællesskaber, hvor de unge kan øve sociale færdigheder.",
    related: ["virksomhedsrettede-indsatser", "brobygning", "tvaers-af-forvaltninger"],
  },
  relationsarbejde: {
    label: "Stærkt relationsarbejde",
    parts: ["tvaergaaende"],
    description:
      "En tillidsfuld kontakt mellem den unge og de fagfolk, der lytter til den unges behov og samtidig stiller realistiske krav.",
    promise:
      "Erfaringerne peger på, at forandring sker, når de unge indgår i et positivt samspil med andre. Det kræver ofte, at de voksne er til stede og til at få fat på i den unges hverdag.",
    related: ["mentorer", "individuelle-planer", "brugerinddragelse"],
  },
  "individuelle-planer": {
    label: "Individuelle planer og tæt opfølgning",
    parts: ["tvaergaaende"],
    description:
      "Vejen til uddannelse eller job deles op i små, overskuelige trin, og nogen følger tæt op på, hvor den unge er nået til.",
    promise:
      "Når valget af uddannelse virker uoverskueligt, gør konkrete trin det muligt at komme videre, og tæt opfølgning giver succesoplevelser. Mange af de unge har ingen i deres eget netværk, der kan se og anerkende deres fremskridt.",
    related: ["relationsarbejde", "aktivitet", "mentorer"],
  },
  aktivitet: {
    label: "At holde den unge i aktivitet",
    parts: ["tvaergaaende"],
    description: "Faste aktiviteter, der giver den unge struktur og gode vaner i hverdagen.",
    promise:
      "Mange unge har svært ved selv at holde en stabil hverdag og beder ifølge ungeanalysen for Region Midtjylland om hjælp til netop det. Gode vaner flytter dem tættere på uddannelse og job.",
    related: ["individuelle-planer", "trivsel-og-motivation"],
  },
  fritidsjob: {
    label: "Fritidsjob",
    parts: ["omkring-grundskolen"],
    description: "Hjælp til at få et fritidsjob ved siden af skolen.",
    promise: `Et fritidsjob giver kendskab til arbejdsmarkedet og til konkrete brancher, almen dannelse og nye kompetencer. Det har ifølge ${CATALOGUE_NAME} særlig værdi for sårbare unge, der tidligt er i risiko for at ende uden uddannelse og job.`,
    related: ["vejledning-og-erhvervspraktik", "virksomhedsrettede-indsatser"],
  },
  brobygning: {
    label: "Brobygning",
    parts: ["omkring-grundskolen", "efter-grundskolen"],
    description:
      "Forløb, hvor unge prøver en uddannelse af, både de praktiske og de teoretiske fag, og ser, hvilke job den kan føre til.",
    promise: `De unge får et indblik i uddannelsen og oplever selv undervisningsmiljøet, før de vælger. ${CATALOGUE_NAME} nævner brobygning både omkring og efter grundskolen.`,
    related: ["vejledning-og-erhvervspraktik", "nye-veje", "stoette-i-overgange"],
  },
  "vejledning-og-erhvervspraktik": {
    label: "Styrket kollektiv uddannelsesvejledning og erhvervspraktik",
    parts: ["omkring-grundskolen"],
    description: "Folkeskolen prioriterer den fælles uddannelsesvejledning og erhvervspraktikken højere.",
    promise:
      "Eleverne lærer mulige karriereveje, uddannelser og lokale virksomheder at kende, og det kan især åbne øjnene for erhvervsuddannelserne.",
    related: ["brobygning", "fritidsjob"],
  },
  "saerlige-undervisningsforloeb": {
    label: "Særlige undervisningsforløb for unge i risikogruppe",
    parts: ["omkring-grundskolen"],
    description: "Målrettede forløb for elever, der er på vej væk fra uddannelse og job.",
    promise:
      "Forløbene kan give et fagligt løft og ofte også styrke de personlige og sociale kompetencer, så eleverne bliver uddannelsesparate og ikke forlader skolen for tidligt.",
    related: ["saerlige-maalgrupper", "vejledning-og-erhvervspraktik"],
  },
  mentorer: {
    label: "Mentorer og støttekontaktpersoner",
    parts: ["efter-grundskolen"],
    description: "En fast voksen, der hjælper den unge med at få hverdagen og forløbet til at hænge sammen.",
    promise: `Mentoren tager fat i de problemer i hverdagen, der ellers kunne stå i vejen for at begynde på en uddannelse eller et job. ${CATALOGUE_NAME} regner mentorordninger til de relationelle tiltag.`,
    related: ["relationsarbejde", "stoette-i-overgange", "individuelle-planer"],
  },
  "virksomhedsrettede-indsatser": {
    label: "Virksomhedsrettede indsatser",
    parts: ["efter-grundskolen"],
    description: "Forløb på eller sammen med virksomheder, fx praktik eller job med støtte.",
    promise:
      "Forløbene hjælper den unge med at finde og udvikle sine kompetencer og sine mål for uddannelse og job, og de kan give et fagligt og socialt netværk, der bringer den unge nærmere arbejdsmarkedet.",
    related: ["nye-veje", "fritidsjob", "mentorer"],
  },
  "trivsel-og-motivation": {
    label: "Trivsels- og motivationsunderstøttende indsatser",
    parts: ["efter-grundskolen", "fastholdelse"],
    description: "Indsatser, der styrker den unges trivsel og lyst til at komme videre.",
    promise: `Trivsel og motivation er ofte afgørende for, om en ung er klar til uddannelse eller job, og for, om den unge bliver der. Det gælder især unge med komplekse problemer. ${CATALOGUE_NAME} nævner tilgangen både efter grundskolen og under fastholdelse.`,
    related: ["relationsarbejde", "aktivitet", "saerlige-maalgrupper"],
  },
  "stoette-i-overgange": {
    label: "Støtte i overgange til uddannelse eller beskæftigelse",
    parts: ["fastholdelse"],
    description:
      "Nogen tager imod den unge og følger med, når den unge skifter fra ét sted eller forløb til det næste.",
    promise:
      "Det er i skiftene, fx fra grundskole til uddannelse eller fra skole til praktik, at de unges vanskeligheder bliver tydelige, og mange falder fra. Hjælp, der går på tværs, betyder, at den unge ikke skal begynde forfra hver gang.",
    related: ["tvaers-af-forvaltninger", "mentorer", "brobygning"],
  },
  "saerlige-maalgrupper": {
    label: "Tilbud til særlige målgrupper",
    parts: ["fastholdelse"],
    description:
      "Tilbud tilrettelagt for en bestemt gruppe, fx unge med autisme, ADHD eller ADD, unge mødre eller unge i kriminalitet eller misbrug.",
    promise:
      "For unge med særlige diagnoser eller psykiske og sociale problemer er en målrettet indsats ofte det, der afgør, om de kommer ud af restgruppen og bliver i uddannelse eller job.",
    related: ["saerlige-undervisningsforloeb", "trivsel-og-motivation"],
  },
} as const satisfies Record<string, Approach>;

export type ApproachSlug = keyof typeof APPROACHES;
export const APPROACH_SLUGS = Object.keys(APPROACHES) as [ApproachSlug, ...ApproachSlug[]];

/** How a tag is known: the catalogue itself, or the editors' reading of documented activities. */
export const APPROACH_BASES = {
  katalog: {
    label: `Nævnt i ${CATALOGUE_NAME}`,
    description: `${CATALOGUE_NAME} nævner indsatsen som eksempel eller case i det afsnit, hvor tilgangen er et fokuspunkt, og dets beskrivelse af indsatsen peger på tilgangen.`,
  },
  redaktionen: {
    label: "Redaktionens læsning",
    description: `Redaktionens læsning af de aktiviteter, kilderne beskriver. ${CATALOGUE_NAME} knytter ikke selv indsatsen til tilgangen.`,
  },
} as const;

export type ApproachBasis = keyof typeof APPROACH_BASES;

export function approachesInPart(part: CataloguePart): ApproachSlug[] {
  return APPROACH_SLUGS.filter((slug) => (APPROACHES[slug].parts as readonly string[]).includes(part));
}

/** The points the catalogue lists alongside a part: the ways collaboration succeeds, the kinds of measures. */
export function pointsOfPart(part: CataloguePart): { title: string; points: readonly Point[] } | undefined {
  if (part === "koordinering")
    return { title: "Tre veje til et vellykket samarbejde", points: COLLABORATION_WAYS };
  if (part === "efter-grundskolen")
    return { title: "Tre slags tiltag, der virker bedst sammen", points: MEASURE_KINDS };
  return undefined;
}
