/** The catalogue's three sections of concrete interventions, in reading order. */
export const PHASES = {
  "omkring-grundskolen": {
    label: "Omkring grundskolen",
    short: "Omkring grundskolen",
    description:
      "Forebyggende indsatser i og omkring folkeskolen, især i udskolingen, før de unge skal vælge ungdomsuddannelse.",
  },
  "efter-grundskolen": {
    label: "Efter grundskolen",
    short: "Efter grundskolen",
    description:
      "Indsatser for unge, der har forladt grundskolen uden at være kommet i gang med uddannelse eller job.",
  },
  fastholdelse: {
    label: "Fastholdelse i uddannelse og job",
    short: "Fastholdelse",
    description: "Indsatser, der hjælper unge med at blive i den uddannelse eller det job, de er startet i.",
  },
} as const;

export type PhaseSlug = keyof typeof PHASES;
export const PHASE_SLUGS = Object.keys(PHASES) as [PhaseSlug, ...PhaseSlug[]];
