/** What a governance or collaboration example (content/governance/) is an example of. */
export const GOVERNANCE_THEMES = {
  "politisk-styring": {
    label: "Politisk styring og opfølgning",
    description: "Hvordan en kommune sætter mål for ungeområdet, styrer efter dem og følger op.",
  },
  koordinering: {
    label: "Koordinering og samarbejde",
    description: "Hvordan forvaltninger og andre aktører organiserer sig om en sammenhængende ungeindsats.",
  },
  viden: {
    label: "Viden på tværs af kommuner",
    description: "Analyser og forsøgsprogrammer, der samler erfaringer fra flere kommuner eller projekter.",
  },
} as const;

export type GovernanceTheme = keyof typeof GOVERNANCE_THEMES;
export const GOVERNANCE_THEME_SLUGS = Object.keys(GOVERNANCE_THEMES) as [
  GovernanceTheme,
  ...GovernanceTheme[],
];
