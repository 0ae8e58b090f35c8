/**
 * The catalogue's structure beyond the intervention table: its parts, and the approaches
 * ("fokuspunkter i lovende praksis") each part names. Texts are our own summaries of the catalogue
 * (Marselisborg Consulting for Region Midtjylland, juni 2022).
 */
import type { PublicationId } from "./publications.ts";
import type { PhaseSlug } from "./phases.ts";
import { CATALOGUE_NAME } from "./catalogue-name.ts";

/**
 * A passage of a publication that a text rests on, for the source check (issue 20): the heading the
 * passage starts at, as the publication prints it (compared case-insensitively, whitespace collapsed).
 * The passage runs to the next heading of the same or higher rank.
 */
export type SourcePassage = {
  publication: PublicationId;
  section: string;
  /** The enclosing part's heading as printed, where the publication prints `section` in more than one part. */
  within?: string;
};

/** Which passages an approach's two texts rest on. Every hedge and figure in a text is in its passages. */
export type ApproachSource = {
  description: SourcePassage;
  /** The focus point first; a second passage where the promise also draws on its part's introduction. */
  promise: readonly [SourcePassage, ...SourcePassage[]];
};

/** A heading in the 2022 catalogue. */
const inCatalogue = (section: string, within?: string): SourcePassage =>
  within === undefined
    ? { publication: "katalog-2022", section }
    : { publication: "katalog-2022", section, within };

/** Both texts rest on the focus point's own passage. */
const focusPoint = (section: string, within?: string): ApproachSource => {
  const passage = inCatalogue(section, within);
  return { description: passage, promise: [passage] };
};

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
    description:
      "Hvordan styring og opfølgning på ungeområdet er skruet sammen hos kommuner og andre aktører, der opnår gode resultater.",
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
    description:
      "Indsatser for unge, der er gået ud af grundskolen: unge uden uddannelse eller job, men også fx unge på HF eller STU og unge, der har svært ved at gennemføre en uddannelse.",
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

/** Part 2 names several ways collaboration often succeeds, among them these three. */
export const COLLABORATION_WAYS: readonly Point[] = [
  {
    label: "Delt tilstedeværelse",
    description:
      "Aktørerne er sammen, enten fordi de holder møder med hinanden, eller fordi de fysisk er flyttet ind under samme tag.",
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

/**
 * The section on interventions after primary school lists three kinds of measures; it says there are
 * different views on which kinds combine best, not that one combination has been shown to work best.
 */
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
  /** Why the catalogue sees promise in it, no stronger than the catalogue says it. */
  promise: string;
  /** Where description and promise come from. */
  source: ApproachSource;
  /** Findings of the source check that stand, each with its reason (src/lib/sources/exceptions.ts). */
  sourceExceptions?: readonly {
    rule: "tal" | "navn" | "forbehold" | "udgiver";
    quote: string;
    reason: string;
  }[];
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
      "I udvalget kan parterne på tværs af fag tage fat på de udfordringer, de deler, finde løsninger i fællesskab og blive enige om kursen for arbejdet med de unge. Udvalgsarbejdet kan også give parterne et bedre kendskab til hinanden, og det kan komme samarbejdet mellem dem alle til gode.",
    source: focusPoint("Bredt involverende politisk udvalg"),
    related: ["faelles-maalsaetninger", "tvaers-af-forvaltninger"],
  },
  "faelles-maalsaetninger": {
    label: "Fælles målsætninger",
    parts: ["politisk-fokus"],
    description: "Tydelige mål for ungeindsatsen, som alle aktører deler, frem for hver sine mål.",
    promise:
      "Fælles mål er med til at gøre arbejdet med de unge til én samlet, tværfaglig opgave i stedet for noget, hver aktør tager sig af for sig selv. De giver også alle parter samme målestok, når de skal vurdere, hvor meget en indsats flytter de unge i retning af uddannelse eller beskæftigelse.",
    source: focusPoint("Fælles målsætninger"),
    related: ["data-i-styring", "bredt-politisk-udvalg"],
  },
  "data-i-styring": {
    label: "Brug af data i styring og opfølgning",
    parts: ["politisk-fokus"],
    description: "Systematisk opfølgning på indsatsen med data, når målene er sat.",
    promise: `Ifølge ${CATALOGUE_NAME} hører opfølgningen med, når der først er sat fælles mål: Følger man systematisk og datadrevet op på indsatsen, får man noget at bygge på, når ungeindsatsen skal udvikles løbende og på et solidt grundlag af viden.`,
    source: focusPoint("Brug af data i styring og opfølgning"),
    related: ["faelles-maalsaetninger", "individuelle-planer"],
  },
  "tvaers-af-forvaltninger": {
    label: "Samarbejde på tværs af forvaltninger",
    parts: ["koordinering"],
    description:
      "Den kommunale ungeindsats (KUI) skal koordinere de unges forløb inden for uddannelse, beskæftigelse og det sociale område, og samarbejdet mellem forvaltningerne er det bærende i den.",
    promise: `Det kan med fordel være overgangene mellem forvaltninger og indsatser, som samarbejdet sætter fokus på, så ingen ung bliver ladt alene eller sendt videre til en ny indsats uden overlevering. Ifølge ${CATALOGUE_NAME} er det vigtigt, at samarbejdet er forankret i organisationen og ikke kun opstår, når man mødes om den enkelte unge.`,
    source: focusPoint("Samarbejde på tværs af forvaltninger"),
    related: ["stoette-i-overgange", "nye-veje", "bredt-politisk-udvalg"],
  },
  brugerinddragelse: {
    label: "Brugerinddragelse (empowerment)",
    parts: ["koordinering"],
    description:
      "De unge har indflydelse på deres forløb, fx ved selv at vælge mellem flere tilbud og aktiviteter.",
    promise: `Vejen mod uddannelse og job kræver, at de unge selv er engagerede. Inddragelse er ifølge ${CATALOGUE_NAME} et centralt greb til, at de unge oplever mening i det, de tilbydes, fx når de selv kan vælge mellem flere tilbud, så indsatsen tager afsæt i deres egne behov og ønsker.`,
    source: focusPoint("Brugerinddragelse (empowerment)"),
    related: ["relationsarbejde", "individuelle-planer"],
  },
  "nye-veje": {
    label: "Samarbejde om nye veje til uddannelse eller job",
    parts: ["koordinering"],
    description:
      "Samarbejde med aktører uden for det kommunale system – virksomheder, uddannelsessteder og frivillige foreninger – så de unge får virkelige miljøer at prøve sig af i.",
    promise: `En del af indsatserne i ${CATALOGUE_NAME} giver de unge en anden vej end den, systemet normalt lægger op til. Samarbejde med virksomheder har vist sig at kunne hjælpe unge videre til et valg af uddannelse eller job, og der er flere gode eksempler på, at de unge træner uddannelsesfærdigheder dér, hvor uddannelsen foregår. Foreninger med frivillige har også en væsentlig rolle: I foreningerne kan de unge finde et fællesskab, hvor de må være dem, de er, og samtidig få øvet det sociale.`,
    source: focusPoint("Samarbejde om at skabe nye veje til uddannelse eller job"),
    related: ["virksomhedsrettede-indsatser", "brobygning", "tvaers-af-forvaltninger"],
  },
  relationsarbejde: {
    label: "Stærkt relationsarbejde",
    parts: ["tvaergaaende"],
    description:
      "En tillidsfuld kontakt mellem den unge og de fagfolk, der lytter til den unges behov og samtidig stiller realistiske krav.",
    promise:
      "På tværs af indsatserne tyder erfaringerne på, at de unge kan flytte sig, når de er en del af et godt samspil med andre mennesker. For at det kan lykkes, skal fagfolkene ofte være til stede og lette at få fat på dér, hvor de unge lever deres hverdag.",
    source: focusPoint("Stærkt relationsarbejde"),
    related: ["mentorer", "individuelle-planer", "brugerinddragelse"],
  },
  "individuelle-planer": {
    label: "Individuelle planer og tæt opfølgning",
    parts: ["tvaergaaende"],
    description:
      "Vejen til uddannelse eller job deles op i små, overskuelige trin, og nogen følger tæt op på, hvor den unge er nået til.",
    promise:
      "Når det er blevet næsten uoverkommeligt for en ung at vælge uddannelse, er en individuel plan med trin, den unge kan overskue, vigtig. Tæt opfølgning viser, hvor langt den unge er nået, og hvad et godt næste skridt kan være, og fokus på at nå målene er med til at give succesoplevelser. Opfølgningen er især vigtig, fordi de unge ikke nødvendigvis har nogen tæt på sig, som kan se og bekræfte, at de udvikler sig.",
    source: focusPoint("Individuelle planer for de unge og tæt opfølgning"),
    related: ["relationsarbejde", "aktivitet", "mentorer"],
  },
  aktivitet: {
    label: "At holde den unge i aktivitet",
    parts: ["tvaergaaende"],
    description:
      "Aktiviteter, der holder den unge i gang, så hverdagen bliver mere stabil, og gode vaner kan tage form.",
    promise:
      "Ifølge ungeanalysen for Region Midtjylland er hjælp til en stabil hverdag noget af det, de unge selv tydeligt beder om, for mange har svært ved at holde den på egen hånd. Derfor er det et vigtigt bidrag at holde de unge aktive: Det er med til at give dem gode vaner, og vanerne kan bringe dem et skridt nærmere uddannelse eller job.",
    source: focusPoint("At holde den unge i aktivitet"),
    related: ["individuelle-planer", "trivsel-og-motivation"],
  },
  fritidsjob: {
    label: "Fritidsjob",
    parts: ["omkring-grundskolen"],
    description: "Hjælp til at få et fritidsjob ved siden af skolen.",
    promise: `Et fritidsjob giver kendskab til arbejdsmarkedet og til konkrete brancher, almen dannelse og nye kompetencer. Det har ifølge ${CATALOGUE_NAME} særlig værdi for sårbare unge, der tidligt er i risiko for at ende uden uddannelse og job.`,
    source: focusPoint("Fritidsjob"),
    related: ["vejledning-og-erhvervspraktik", "virksomhedsrettede-indsatser"],
  },
  brobygning: {
    label: "Brobygning",
    parts: ["omkring-grundskolen", "efter-grundskolen"],
    description:
      "Forløb, hvor unge prøver en uddannelse af, både de praktiske og de teoretiske fag, og ser, hvilke job den kan føre til.",
    promise: `De unge får indblik i, hvad uddannelsen går ud på, og mulighed for selv at se og opleve undervisningsmiljøet. ${CATALOGUE_NAME} nævner brobygning både omkring og efter grundskolen.`,
    // The catalogue prints this focus point, with the same text, in both parts.
    source: {
      description: inCatalogue("Brobygning", "Indsatser omkring grundskolen"),
      promise: [
        inCatalogue("Brobygning", "Indsatser omkring grundskolen"),
        inCatalogue("Brobygning", "Indsatser efter grundskolen"),
      ],
    },
    related: ["vejledning-og-erhvervspraktik", "nye-veje", "stoette-i-overgange"],
  },
  "vejledning-og-erhvervspraktik": {
    label: "Styrket kollektiv uddannelsesvejledning og erhvervspraktik",
    parts: ["omkring-grundskolen"],
    description: "Folkeskolen prioriterer den fælles uddannelsesvejledning og erhvervspraktikken højere.",
    promise:
      "Når folkeskolen giver den fælles vejledning eller erhvervspraktikken mere plads, er det med til at give eleverne viden om, hvilke uddannelser og karriereveje der findes, og kendskab til virksomheder i nærområdet. Det kan få særligt de erhvervsrettede uddannelser ind i deres overvejelser.",
    source: focusPoint("Styrket kollektiv uddannelsesvejledning og erhvervspraktik"),
    related: ["brobygning", "fritidsjob"],
  },
  "saerlige-undervisningsforloeb": {
    label: "Særlige undervisningsforløb for unge i risikogruppe",
    parts: ["omkring-grundskolen"],
    description: "Målrettede forløb for elever, der risikerer at glide væk fra uddannelse og job.",
    promise:
      "Ud over et fagligt løft kan forløbene ofte også styrke de unges personlige og sociale kompetencer. Det kan gøre dem mere parate til uddannelse og være med til at forhindre, at de forlader skolen før tid.",
    source: focusPoint("Særlige undervisningsforløb for unge i risikogruppe"),
    related: ["saerlige-maalgrupper", "vejledning-og-erhvervspraktik"],
  },
  mentorer: {
    label: "Mentorer og støttekontaktpersoner",
    parts: ["efter-grundskolen"],
    description:
      "En mentor eller støttekontaktperson, der hjælper den unge med at få hverdagen og forløbet til at hænge sammen.",
    promise: `Ifølge ${CATALOGUE_NAME} betyder mentorer og støttekontaktpersoner meget, fordi de er med til at få styr på de problemer i hverdagen, som ellers kan spænde ben for, at den unge begynder på en uddannelse eller et job. Blandt de tre typer tiltag hører mentorordninger til de relationelle.`,
    source: {
      description: inCatalogue("Mentorer/støttekontaktpersoner"),
      promise: [inCatalogue("Mentorer/støttekontaktpersoner"), inCatalogue("Indsatser efter grundskolen")],
    },
    related: ["relationsarbejde", "stoette-i-overgange", "individuelle-planer"],
  },
  "virksomhedsrettede-indsatser": {
    label: "Virksomhedsrettede indsatser",
    parts: ["efter-grundskolen"],
    description: "Indsatser, der bringer den unge i kontakt med virksomheder og arbejdslivet.",
    promise:
      "Et virksomhedsrettet forløb kan være med til, at den unge bliver klogere på sine kompetencer og sine mål for uddannelse og job, og til at udvikle dem. Desuden kan den unge få et større fagligt og socialt netværk gennem forløbet, og det kan føre den unge nærmere job eller uddannelse.",
    source: focusPoint("Virksomhedsrettede indsatser"),
    related: ["nye-veje", "fritidsjob", "mentorer"],
  },
  "trivsel-og-motivation": {
    label: "Trivsels- og motivationsunderstøttende indsatser",
    parts: ["efter-grundskolen", "fastholdelse"],
    description: "Indsatser, der styrker den unges trivsel og lyst til at komme videre.",
    promise: `${CATALOGUE_NAME} nævner tilgangen både efter grundskolen og under fastholdelse. Efter grundskolen har indsatser for trivsel og motivation i mange tilfælde afgørende betydning for, om den unge er parat til uddannelse eller job, især når den unge har komplekse problemer. Under fastholdelse har de stor betydning for, at de unge bliver i deres uddannelse eller job.`,
    // The catalogue prints this focus point in both parts, with a different text in each.
    source: {
      description: inCatalogue(
        "Trivsels- og motivationsunderstøttende indsatser",
        "Indsatser efter grundskolen",
      ),
      promise: [
        inCatalogue("Trivsels- og motivationsunderstøttende indsatser", "Indsatser efter grundskolen"),
        inCatalogue("Trivsels- og motivationsunderstøttende indsatser", "Fastholdelse i uddannelse og job"),
      ],
    },
    related: ["relationsarbejde", "aktivitet", "saerlige-maalgrupper"],
  },
  "stoette-i-overgange": {
    label: "Støtte i overgange til uddannelse eller beskæftigelse",
    parts: ["fastholdelse"],
    description:
      "Nogen tager imod den unge og følger med, når den unge skifter fra ét sted eller forløb til det næste.",
    promise: `Typisk er det i skiftene, fx fra grundskole til uddannelse eller fra skole til praktik, at en ungs eventuelle vanskeligheder bliver tydelige, og for mange og for hyppige skift er medvirkende til, at mange falder fra. Derfor er det ifølge ${CATALOGUE_NAME} afgørende, at hjælpen følger den unge på tværs, så den unge ikke skal starte forfra ved hvert skift.`,
    source: {
      description: inCatalogue("Støtte i overgange til uddannelse eller beskæftigelse"),
      promise: [
        inCatalogue("Støtte i overgange til uddannelse eller beskæftigelse"),
        inCatalogue("Fastholdelse i uddannelse og job"),
      ],
    },
    related: ["tvaers-af-forvaltninger", "mentorer", "brobygning"],
  },
  "saerlige-maalgrupper": {
    label: "Tilbud til særlige målgrupper",
    parts: ["fastholdelse"],
    description:
      "Tilbud tilrettelagt for en bestemt gruppe unge, fx unge med en diagnose som autisme, ADHD eller ADD.",
    promise: `Ifølge ${CATALOGUE_NAME} er et særligt målrettet tilbud ofte afgørende for, at unge med en diagnose som autisme, ADHD eller ADD ikke falder fra, når de ellers er i fare for det. Også når unge har særlige psykiske eller sociale problemer – Marselisborg-kataloget nævner unge mødre og unge i kriminalitet eller stofmisbrug – ser et målrettet tilbud ud til at have den betydning. Mere generelt regner rapporten tilbud til særlige målgrupper som en af de faktorer, der medvirker til at få unge ud af restgruppen og til at holde dem i uddannelse eller job.`,
    source: focusPoint("Tilbud til særlige målgrupper"),
    sourceExceptions: [
      {
        rule: "forbehold",
        quote: "Tilbud tilrettelagt for en bestemt gruppe unge",
        reason:
          "Beskrivelsen siger kun, hvem tilbuddene er til; kildens »ofte« gælder virkningen, som løftet gengiver med forbeholdet.",
      },
    ],
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
    return { title: "Tre af vejene til et vellykket samarbejde", points: COLLABORATION_WAYS };
  if (part === "efter-grundskolen")
    return {
      title: "Tre typer tiltag – og forskellige bud på, hvordan de bedst kombineres",
      points: MEASURE_KINDS,
    };
  return undefined;
}
