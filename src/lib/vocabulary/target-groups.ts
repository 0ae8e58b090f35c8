/**
 * Controlled vocabulary for who an intervention is for ("målgruppe"). `synonyms` are other words for
 * the same group, never narrower ones ("angst" is an example of psykisk sårbarhed, not a synonym):
 * a search that names one offers the group's filter (src/lib/search/vocabulary-offers.ts).
 */
export const TARGET_GROUPS = {
  "psykisk-saarbare": {
    label: "Psykisk sårbare",
    description: "Unge med psykiske vanskeligheder, diagnoser eller sårbarhed, fx angst eller depression.",
    synonyms: [
      "psykiske problemer",
      "psykiske vanskeligheder",
      "psykiske udfordringer",
      "psykisk syge",
      "psykisk sygdom",
      "psykiske lidelser",
    ],
  },
  mistrivsel: {
    label: "Unge i mistrivsel",
    description:
      "Unge, der mistrives psykisk eller socialt, fx med selvisolation eller udadreagerende adfærd.",
    synonyms: ["mistrivsel", "mistrivende unge"],
  },
  "ikke-uddannelsesparate": {
    label: "Ikke-uddannelsesparate",
    description:
      "Unge, der er vurderet ikke-uddannelsesparate eller mangler parathed til en ungdomsuddannelse.",
  },
  uddannelseshjaelpsmodtagere: {
    label: "Uddannelseshjælpsmodtagere",
    description: "Unge under 30 år uden erhvervskompetencegivende uddannelse, der modtager uddannelseshjælp.",
    synonyms: ["modtagere af uddannelseshjælp", "uddannelseshjælp"],
  },
  aktivitetsparate: {
    label: "Aktivitetsparate",
    description:
      "Unge, som jobcenteret vurderer ikke er klar til at starte uddannelse eller job inden for et år.",
  },
  "ledige-unge": {
    label: "Ledige unge",
    description: "Unge uden job eller uddannelse, som er i kontakt med jobcenteret.",
    synonyms: ["arbejdsløse unge", "unge ledige"],
  },
  frafaldstruede: {
    label: "Frafaldstruede",
    description: "Unge, der er i gang med en uddannelse, men i risiko for at falde fra.",
  },
  anbragte: {
    label: "Anbragte og tidligere anbragte",
    description: "Unge, der er eller har været anbragt uden for hjemmet.",
    synonyms: ["anbragte", "anbragte unge", "tidligere anbragte"],
  },
  udviklingsforstyrrelser: {
    label: "Udviklingsforstyrrelser",
    description:
      "Unge med autisme eller andre gennemgribende udviklingsforstyrrelser, eller med ADHD eller ADD.",
  },
  laeringsvanskeligheder: {
    label: "Læringsvanskeligheder",
    description: "Børn og unge, der har svært ved at lære i den almindelige undervisning.",
    synonyms: ["indlæringsvanskeligheder"],
  },
  skolevaegring: {
    label: "Skolevægring",
    description:
      "Unge med undervisningspligt, der har svært ved at komme i skole eller bliver væk (skolevægring).",
    synonyms: ["ufrivilligt skolefravær"],
  },
  misbrug: {
    label: "Misbrug",
    description: "Unge med et problematisk forbrug af rusmidler.",
    synonyms: ["rusmiddelmisbrug", "rusmiddelproblemer", "problematisk rusmiddelforbrug"],
  },
  "socialt-udsatte": {
    label: "Socialt udsatte",
    description:
      "Unge i udsatte positioner, fx med svag familiebaggrund eller svært ved at holde fast i skole og fritid.",
    synonyms: ["udsatte unge"],
  },
  "etniske-minoriteter": {
    label: "Etniske minoriteter",
    description: "Unge med en anden etnisk baggrund end dansk.",
    synonyms: ["etniske minoritetsunge", "unge med anden etnisk baggrund"],
  },
  grundskoleelever: {
    label: "Alle grundskoleelever",
    description: "Indsatsen er for alle elever i folkeskolen, ikke kun for en risikogruppe.",
    synonyms: ["grundskoleelever", "folkeskoleelever"],
  },
  udskolingselever: {
    label: "Udskolingselever",
    description: "Elever i folkeskolens ældste klasser (7.–9./10. klasse).",
  },
  "stu-elever": {
    label: "STU-elever",
    description: "Unge på eller omkring den særligt tilrettelagte ungdomsuddannelse (STU).",
  },
  "fgu-elever": {
    label: "FGU-elever",
    description: "Unge på eller i målgruppen for den forberedende grunduddannelse (FGU).",
  },
  "mellem-stu-og-fgu": {
    label: "Mellem STU og FGU",
    description:
      "Unge i gråzonen mellem STU og FGU: de hører ikke klart til nogen af de to uddannelser og er derfor på ingen af dem.",
  },
  erhvervsskoleelever: {
    label: "Erhvervsskoleelever",
    description: "Elever på erhvervsuddannelserne (EUD).",
    synonyms: ["EUD-elever"],
  },
  "unge-uden-uddannelse-og-job": {
    label: "Unge uden uddannelse og job",
    description: "Unge, der hverken er i gang med uddannelse eller har et job, uden nærmere afgrænsning.",
    synonyms: ["NEET", "NEET-unge"],
  },
} as const;

export type TargetGroupTag = keyof typeof TARGET_GROUPS;
export const TARGET_GROUP_TAGS = Object.keys(TARGET_GROUPS) as [TargetGroupTag, ...TargetGroupTag[]];
