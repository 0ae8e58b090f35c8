/**
 * Socialstyrelsen's 11 elements of promising practice ("lovende praksis"),
 * in the order the catalogue lists them, and the 0–3 scale we score them on. The scale rates how well
 * the sources document an element; the per-element wording for each level is in rubric.ts.
 */
export const ELEMENTS = {
  "teori-og-viden": {
    label: "Teori og viden",
    description: "Indsatsen hviler på en beskrevet teori eller viden om, hvorfor den skaber forandring.",
  },
  virkning: {
    label: "Virkning",
    description: "Der er dokumentation for, at indsatsen har positive resultater for de unge.",
  },
  beskrivelse: {
    label: "Beskrivelse",
    description: "Målgruppe, aktiviteter og metoder er beskrevet så konkret, at andre kan gøre det samme.",
  },
  maal: {
    label: "Mål",
    description: "Indsatsen har klare og konkrete mål for, hvad den skal opnå for de unge.",
  },
  overfoerbarhed: {
    label: "Overførbarhed",
    description: "Indsatsen kan tages i brug andre steder end der, hvor den er udviklet.",
  },
  oekonomi: {
    label: "Økonomi",
    description: "Udgifterne til indsatsen er kendte og opgjort.",
  },
  "faglig-refleksion": {
    label: "Faglig refleksion",
    description: "Medarbejderne reflekterer systematisk over egen praksis og lærer af den.",
  },
  "relationelt-samarbejde": {
    label: "Relationelt samarbejde",
    description: "Relationen mellem den unge og fagpersonen er et bevidst redskab i arbejdet.",
  },
  "individuel-tilrettelaeggelse": {
    label: "Individuel tilrettelæggelse",
    description: "Forløbet tilpasses den enkelte unges behov, ønsker og ressourcer.",
  },
  monitorering: {
    label: "Monitorering",
    description: "Den unges udvikling og resultater registreres systematisk undervejs.",
  },
  opfoelgning: {
    label: "Opfølgning",
    description: "Der følges løbende op på målene, og indsatsen justeres efter det.",
  },
} as const;

export type ElementKey = keyof typeof ELEMENTS;
export const ELEMENT_KEYS = Object.keys(ELEMENTS) as [ElementKey, ...ElementKey[]];

export const SCORE_LEVELS = {
  0: {
    label: "Ikke beskrevet",
    description: "Kilderne beskriver indsatsen grundigt, men viser intet om elementet.",
  },
  1: {
    label: "Nævnt",
    description:
      "Kilderne nævner elementet, men uden de detaljer, tal eller redskaber, der gør det efterprøveligt.",
  },
  2: {
    label: "Delvist dokumenteret",
    description: "Kilderne beskriver elementet konkret, men ikke alt, hvad rubrikken kræver til niveau 3.",
  },
  3: {
    label: "Veldokumenteret",
    description: "Kilderne beskriver elementet med alt, hvad rubrikken kræver til niveau 3.",
  },
} as const;

export type ScoreLevel = keyof typeof SCORE_LEVELS;
export const MAX_SCORE_LEVEL = Math.max(...Object.keys(SCORE_LEVELS).map(Number));
export const NOT_ASSESSED_LABEL = "Ikke vurderet";
