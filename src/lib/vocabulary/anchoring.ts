/**
 * Controlled vocabulary for where an intervention is organisationally anchored ("forankring"), with
 * other names for the same place (`synonyms`, see target-groups.ts).
 */
export const ANCHORINGS = {
  "uu-vejledning": {
    label: "UU-vejledning",
    description: "Ungdommens Uddannelsesvejledning eller den kommunale uddannelsesvejledning.",
    synonyms: ["UU", "Ungdommens Uddannelsesvejledning"],
  },
  "kommunal-ungeindsats": {
    label: "Den kommunale ungeindsats",
    description: "Kommunens samlede ungeindsats (KUI), fx en ungeenhed på tværs af forvaltninger.",
    synonyms: ["kommunal ungeindsats", "KUI"],
  },
  jobcenter: {
    label: "Jobcenter",
    description: "Jobcenteret eller beskæftigelsesforvaltningen.",
  },
  grundskolen: {
    label: "Grundskolen",
    description: "Folkeskolen og de øvrige grundskoler.",
  },
  "boerne-og-ungeforvaltning": {
    label: "Børne- og ungeforvaltning",
    description: "Kommunens forvaltning for børn, unge og skoler.",
  },
  socialforvaltning: {
    label: "Socialforvaltning",
    description: "Kommunens socialforvaltning.",
  },
  "flere-forvaltninger": {
    label: "Flere forvaltninger",
    description: "Indsatsen er forankret i flere kommunale forvaltninger i fællesskab.",
  },
  ungdomsuddannelse: {
    label: "Ungdomsuddannelse",
    description: "En ungdomsuddannelse i bred forstand, fx gymnasium, HF eller erhvervsuddannelse.",
  },
  erhvervsuddannelse: {
    label: "Erhvervsuddannelse",
    description: "En erhvervsskole eller erhvervsuddannelse (EUD).",
  },
  fgu: {
    label: "FGU",
    description: "Den forberedende grunduddannelse.",
  },
  "hf-vuc": {
    label: "HF/VUC",
    description: "HF-uddannelsen eller et voksenuddannelsescenter (VUC).",
    synonyms: ["HF", "VUC"],
  },
  stu: {
    label: "STU",
    description: "Den særligt tilrettelagte ungdomsuddannelse.",
  },
  ungdomsskole: {
    label: "Ungdomsskole",
    description: "Den kommunale ungdomsskole eller Ungdomsskoleforeningen.",
  },
  erhvervslivet: {
    label: "Erhvervslivet",
    description: "Private virksomheder og erhvervsfolk.",
  },
  civilsamfundet: {
    label: "Civilsamfundet",
    description: "Foreninger, fonde, frivillige og andre organisationer uden for det offentlige.",
  },
  stat: {
    label: "Staten",
    description: "Et ministerium eller en statslig styrelse.",
  },
} as const;

export type AnchoringTag = keyof typeof ANCHORINGS;
export const ANCHORING_TAGS = Object.keys(ANCHORINGS) as [AnchoringTag, ...AnchoringTag[]];
