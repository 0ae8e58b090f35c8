/**
 * What a result figure measures, so /resultater/ can put like with like. A figure without a kind is
 * shown under "Andre tal". Figures in one group still differ in target group, period and method.
 * `units` are the units a figure of the kind can be given in (src/lib/vocabulary/statuses.ts).
 */
export const RESULT_KINDS = {
  "job-eller-uddannelse": {
    label: "Videre i job eller uddannelse",
    description: "Unge, der efter forløbet er gået i job eller uddannelse.",
    units: ["procent", "antal"],
  },
  uddannelse: {
    label: "Startet på uddannelse",
    description: "Unge, der er begyndt på en uddannelse.",
    units: ["procent", "antal"],
  },
  job: { label: "Startet i job", description: "Unge, der er kommet i job.", units: ["procent", "antal"] },
  frafald: {
    label: "Frafald",
    description: "Elever, der er faldet fra en uddannelse.",
    units: ["procent", "antal"],
  },
  deltagere: {
    label: "Deltagere",
    description: "Hvor mange unge indsatsen har haft tilknyttet.",
    units: ["antal"],
  },
  varighed: { label: "Varighed", description: "Hvor længe et forløb varer.", units: ["dage"] },
  oekonomi: { label: "Økonomi", description: "Besparelser og udgifter i kroner.", units: ["kr"] },
} as const;

export type ResultKind = keyof typeof RESULT_KINDS;
export const RESULT_KIND_KEYS = Object.keys(RESULT_KINDS) as [ResultKind, ...ResultKind[]];
export const OTHER_RESULTS_LABEL = "Andre tal";

/**
 * Whom a figure is about. Without a scope it is about the intervention itself; a context figure describes
 * its surroundings (say, the dropout of a whole school the intervention works in), so pages and charts
 * label it as context and never put the intervention's name on it as if it were the intervention's result.
 */
export const RESULT_SCOPES = {
  kontekst: {
    label: "Konteksttal",
    description: "Tallet beskriver omgivelserne, fx skolen som helhed, ikke indsatsens egne resultater.",
  },
} as const;

export type ResultScope = keyof typeof RESULT_SCOPES;
