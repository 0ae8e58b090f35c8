/**
 * The search facets. Each facet names its URL parameter (also the Pagefind filter name), its values
 * in vocabulary order, which values an entry has, and the static filter page of a value if there is
 * one. Static filter pages and the search index both select entries with `valuesOf`, so their
 * counts agree by construction.
 */
import { AGE_BAND_KEYS, AGE_BANDS, ageBandsOf } from "../vocabulary/age-bands.ts";
import { ANCHORING_TAGS, ANCHORINGS, type AnchoringTag } from "../vocabulary/anchoring.ts";
import {
  MUNICIPALITY_SLUGS,
  municipalityName,
  municipalityShortName,
  REGION_SLUGS,
  regionName,
  regionOf,
  type MunicipalitySlug,
} from "../vocabulary/geography.ts";
import { PHASE_SLUGS, PHASES, type PhaseSlug } from "../vocabulary/phases.ts";
import { APPROACH_SLUGS, APPROACHES, type ApproachSlug } from "../vocabulary/approaches.ts";
import { TARGET_GROUP_TAGS, TARGET_GROUPS, type TargetGroupTag } from "../vocabulary/target-groups.ts";
import { ELEMENT_KEYS, ELEMENTS, SCORE_LEVELS } from "../vocabulary/elements.ts";
import { regionsOf, type Context } from "./places.ts";
import { THRESHOLDS, thresholdsMet, thresholdValue, type Scores } from "../scores/scores.ts";
import { routes } from "./routes.ts";
import { PAGE_KIND } from "../search/search-state.ts";
import {
  freshnessOf,
  STATUS_GROUPS,
  statusGroupLabels,
  type FreshnessContext,
  type FreshnessSource,
} from "./freshness.ts";

/** The fields facets read; a collection entry's data satisfies it. */
export type FacetSource = {
  phase: PhaseSlug;
  case: boolean;
  context: Context;
  targetGroup: { tags: readonly TargetGroupTag[]; age?: { min: number; max: number } | undefined };
  anchoring: { tags: readonly AnchoringTag[] };
  approaches: readonly { id: ApproachSlug }[];
  results: readonly unknown[];
  scores: Scores;
};

/** The fields of a governance example that facets read; its collection entry's data satisfies it. */
export type ExampleFacetSource = {
  municipalities: readonly MunicipalitySlug[];
  approaches: readonly { id: ApproachSlug }[];
};

export type FacetValue = {
  value: string;
  label: string;
  description?: string | undefined;
  /** Other words for the value, from the vocabulary; a search that names one offers the filter. */
  synonyms?: readonly string[] | undefined;
};

export type Facet<S = FacetSource> = {
  key: string;
  /** The legend above the checkboxes. */
  label: string;
  values: readonly FacetValue[];
  valuesOf: (data: S) => readonly string[];
  /**
   * The values of a governance example, for the facets that apply to examples too (approach, place,
   * kind). They select the same examples as the approach, municipality and region pages list.
   */
  examplesOf?: ((data: ExampleFacetSource) => readonly string[]) | undefined;
  /** The static filter page for a value, where there is one. */
  href?: ((value: string) => string) | undefined;
  /** The overview page listing every value with its count, where there is one. */
  overview?: { href: string; label: string } | undefined;
  /** Facets shown together under one heading in search, e.g. the 11 elements under "Elementer". */
  group?: string | undefined;
  /** One value at a time (a threshold), shown as radio buttons instead of checkboxes. */
  single?: boolean | undefined;
};

export const ELEMENT_FACET_GROUP = "Elementer";

/** One facet per element whose values are thresholds: "mindst 2" holds entries at level 2 or 3. */
const elementFacets = ELEMENT_KEYS.map((key): Facet => ({
  key,
  label: ELEMENTS[key].label,
  values: THRESHOLDS.map((level) => ({
    value: thresholdValue(level),
    label: `Mindst ${level}`,
    description: `Niveau ${level} (${SCORE_LEVELS[level].label.toLowerCase()}) eller højere.`,
  })),
  valuesOf: (data) => thresholdsMet(data.scores, key),
  group: ELEMENT_FACET_GROUP,
  single: true,
}));

function facet<K extends string>(
  key: string,
  label: string,
  keys: readonly K[],
  describe: (key: K) => { label: string; description?: string; synonyms?: readonly string[] },
  valuesOf: (data: FacetSource) => readonly K[],
  pages?: { href: (value: K) => string; overview: { href: string; label: string } },
  examplesOf?: (data: ExampleFacetSource) => readonly K[],
): Facet {
  return {
    key,
    label,
    values: keys.map((value) => ({ value, ...describe(value) })),
    valuesOf,
    href: pages?.href as ((value: string) => string) | undefined,
    overview: pages?.overview,
    examplesOf,
  };
}

export const FACETS = [
  facet(
    "fase",
    "Fase",
    PHASE_SLUGS,
    (phase) => PHASES[phase],
    (data) => [data.phase],
    { href: routes.phase, overview: { href: routes.interventions(), label: "Alle indsatser" } },
  ),
  // The kind of page; its key is the index's page-kind filter, so examples can be chosen on their own.
  facet(
    PAGE_KIND.filter,
    "Slags",
    [PAGE_KIND.intervention, PAGE_KIND.example] as const,
    (kind) =>
      kind === PAGE_KIND.intervention
        ? { label: "Indsatser", description: "Indsatser rettet direkte mod de unge." }
        : {
            label: "Eksempler på styring og samarbejde",
            description:
              "Kommuners styring og samarbejde om ungeindsatsen; ikke indsatser rettet mod de unge.",
          },
    () => [PAGE_KIND.intervention],
    undefined,
    () => [PAGE_KIND.example],
  ),
  facet(
    "tilgang",
    "Tilgang",
    APPROACH_SLUGS,
    (slug) => APPROACHES[slug],
    (data) => data.approaches.map((tag) => tag.id),
    { href: routes.approach, overview: { href: routes.approaches(), label: "Tilgange" } },
    (data) => data.approaches.map((tag) => tag.id),
  ),
  facet(
    "maalgruppe",
    "Målgruppe",
    TARGET_GROUP_TAGS,
    (tag) => TARGET_GROUPS[tag],
    (data) => data.targetGroup.tags,
    { href: routes.targetGroup, overview: { href: routes.targetGroups(), label: "Målgrupper" } },
  ),
  facet(
    "alder",
    "Alder",
    AGE_BAND_KEYS,
    (band) => AGE_BANDS[band],
    (data) => ageBandsOf(data.targetGroup.age),
  ),
  facet(
    "forankring",
    "Forankring",
    ANCHORING_TAGS,
    (tag) => ANCHORINGS[tag],
    (data) => data.anchoring.tags,
    { href: routes.anchoring, overview: { href: routes.anchorings(), label: "Forankring" } },
  ),
  facet(
    "region",
    "Region",
    REGION_SLUGS,
    (slug) => ({
      label: regionName(slug),
      description: `Indsatser i kommuner i ${regionName(slug)} og indsatser, der dækker hele regionen.`,
      synonyms: [regionName(slug).replace(/^Region /, "")],
    }),
    (data) => regionsOf(data.context),
    { href: routes.region, overview: { href: routes.regions(), label: "Regioner" } },
    (data) => [...new Set(data.municipalities.map(regionOf))],
  ),
  facet(
    "kommune",
    "Kommune",
    MUNICIPALITY_SLUGS,
    (slug) => ({
      label: municipalityShortName(slug),
      description: `Indsatser, som kilderne beskriver i ${municipalityName(slug)}.`,
    }),
    (data) => data.context.municipalities,
    { href: routes.municipality, overview: { href: routes.municipalities(), label: "Kommuner" } },
    (data) => data.municipalities,
  ),
  facet(
    "indhold",
    "Indhold",
    ["uddybende-case", "med-resultattal"] as const,
    (value) =>
      value === "uddybende-case"
        ? {
            label: "Uddybende case",
            description: "De fire indsatser, som Marselisborg-kataloget beskriver i dybden.",
          }
        : { label: "Med resultattal", description: "Indsatser, hvis kilder oplyser resultater i tal." },
    (data) => [
      ...(data.case ? (["uddybende-case"] as const) : []),
      ...(data.results.length > 0 ? (["med-resultattal"] as const) : []),
    ],
  ),
  ...elementFacets,
] as const satisfies readonly Facet[];

export const FACET_KEYS: readonly string[] = FACETS.map((f) => f.key);

/** The key of the status facet, which search offers beside FACETS. */
export const STATUS_FACET_KEY = "status";

/**
 * The status as a filter: "I gang" split into recent and aged by the one rule (src/lib/catalogue/freshness.ts), as of
 * the build date, so a filter never offers an aged entry as plainly running. It depends on the build and the
 * links' dates, so it is made per build rather than listed in FACETS, and has no static filter pages.
 */
export function statusFacet(context: FreshnessContext): Facet<FacetSource & FreshnessSource> {
  const labels = statusGroupLabels(context.buildDate);
  return {
    key: STATUS_FACET_KEY,
    label: "Status",
    values: STATUS_GROUPS.map((value) => ({ value, ...labels[value] })),
    valuesOf: (data) => [freshnessOf(data, context).status.group],
  };
}

/** Every facet search offers: FACETS with the status after the content facet. */
export function searchFacets(context: FreshnessContext): Facet<FacetSource & FreshnessSource>[] {
  const status = statusFacet(context);
  const at = FACETS.findIndex((f) => f.key === "indhold");
  return [...FACETS.slice(0, at + 1), status, ...FACETS.slice(at + 1)];
}

export function facetByKey(key: string): Facet {
  const found = FACETS.find((f) => f.key === key);
  if (!found) throw new Error(`Unknown facet "${key}". Known facets: ${FACET_KEYS.join(", ")}.`);
  return found;
}

/** Entries carrying `value` in `facet`. */
export function entriesWith<S, E extends { data: S }>(
  entries: readonly E[],
  f: Facet<S>,
  value: string,
): E[] {
  return entries.filter((entry) => f.valuesOf(entry.data).includes(value));
}

/** Governance examples carrying `value` in `facet`; none where the facet does not apply to examples. */
export function examplesWith<E extends { data: ExampleFacetSource }>(
  examples: readonly E[],
  f: Facet,
  value: string,
): E[] {
  const valuesOf = f.examplesOf;
  return valuesOf ? examples.filter((example) => valuesOf(example.data).includes(value)) : [];
}

/**
 * A facet value with its counts: `count` interventions and, apart from them, `examples` governance
 * examples (0 where the facet does not apply to examples).
 */
export type CountedValue = FacetValue & { count: number; examples: number };

/**
 * Every count the site shows for a facet's values, in vocabulary order, zero counts included: the
 * home page, the overview and filter pages and the search facets all count with this one function,
 * so their numbers agree. Interventions and governance examples are counted apart.
 */
export function facetCounts<S>(
  entries: readonly { data: S }[],
  f: Facet<S>,
  examples: readonly { data: ExampleFacetSource }[] = [],
): CountedValue[] {
  const tally = <I>(items: readonly I[], valuesOf: ((item: I) => readonly string[]) | undefined) => {
    const counts = new Map<string, number>();
    if (valuesOf) {
      for (const item of items) {
        for (const value of new Set(valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    return counts;
  };
  const interventions = tally(entries, (entry) => f.valuesOf(entry.data));
  const exampleCounts = tally(examples, f.examplesOf && ((example) => f.examplesOf!(example.data)));
  return f.values.map((v) => ({
    ...v,
    count: interventions.get(v.value) ?? 0,
    examples: exampleCounts.get(v.value) ?? 0,
  }));
}

/** One value of a facet with its label and description, for headings and page texts. */
export function facetValue<S>(f: Facet<S>, value: string): FacetValue {
  const found = f.values.find((v) => v.value === value);
  if (!found) throw new Error(`Facet "${f.key}" has no value "${value}".`);
  return found;
}
