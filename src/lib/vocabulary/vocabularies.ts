/**
 * Every controlled vocabulary with the fields that use it, for the data page, CONTRIBUTING.md's
 * test and any other place that documents them. The values themselves live in src/lib/vocabulary/.
 */
import { PUBLICATIONS } from "./publications.ts";
import { ANCHORINGS } from "./anchoring.ts";
import { APPROACH_BASES, APPROACHES } from "./approaches.ts";
import { GOVERNANCE_THEMES } from "./governance-themes.ts";
import { ELEMENTS } from "./elements.ts";
import { MUNICIPALITIES, REGIONS, SCOPES } from "./geography.ts";
import { PHASES } from "./phases.ts";
import { RESULT_KINDS, RESULT_SCOPES } from "./result-kinds.ts";
import { RESULT_UNITS, STATUSES } from "./statuses.ts";
import { CONFIRMATION_METHODS } from "./confirmation.ts";
import { TARGET_GROUPS } from "./target-groups.ts";

export type VocabularyDoc = {
  /** Fragment id on the data page. */
  anchor: string;
  title: string;
  /** Field paths as in describeFields(): "targetGroup.tags", "results[].unit". */
  fields: readonly string[];
  values: readonly { value: string; label: string; description?: string | undefined }[];
};

type Entry = { label?: string; name?: string; title?: string; description?: string };

const values = (entries: Readonly<Record<string, object>>) =>
  Object.entries(entries).map(([value, entry]) => {
    const { label, name, title, description } = entry as Entry;
    return { value, label: label || name || title || value, description };
  });

export const VOCABULARIES: readonly VocabularyDoc[] = [
  { anchor: "faser", title: "Faser", fields: ["phase"], values: values(PHASES) },
  {
    anchor: "maalgrupper",
    title: "Målgruppe-tags",
    fields: ["targetGroup.tags"],
    values: values(TARGET_GROUPS),
  },
  { anchor: "forankring", title: "Forankrings-tags", fields: ["anchoring.tags"], values: values(ANCHORINGS) },
  { anchor: "tilgange", title: "Tilgange", fields: ["approaches[].id"], values: values(APPROACHES) },
  {
    anchor: "kendt-fra",
    title: "Hvordan en tilgang kendes",
    fields: ["approaches[].known"],
    values: values(APPROACH_BASES),
  },
  {
    anchor: "styringstemaer",
    title: "Temaer for styringseksempler",
    fields: ["themes"],
    values: values(GOVERNANCE_THEMES),
  },
  { anchor: "raekkevidde", title: "Rækkevidde", fields: ["context.scope"], values: values(SCOPES) },
  { anchor: "status", title: "Status", fields: ["status"], values: values(STATUSES) },
  {
    anchor: "bekraeftelse",
    title: "Måder at bekræfte på",
    fields: ["confirmed.how"],
    values: values(CONFIRMATION_METHODS),
  },
  {
    anchor: "enheder",
    title: "Enheder for resultater",
    fields: ["results[].unit"],
    values: values(RESULT_UNITS),
  },
  {
    anchor: "resultattyper",
    title: "Typer af resultater",
    fields: ["results[].kind"],
    values: values(RESULT_KINDS),
  },
  {
    anchor: "konteksttal",
    title: "Konteksttal",
    fields: ["results[].scope"],
    values: values(RESULT_SCOPES),
  },
  { anchor: "elementer", title: "De 11 elementer", fields: ["scores"], values: values(ELEMENTS) },
  {
    anchor: "publikationer",
    title: "Publikationer",
    fields: ["sources[].publication", "sources[].via", "results[].source"],
    values: values(PUBLICATIONS),
  },
  { anchor: "regioner", title: "Regioner", fields: ["context.regions"], values: values(REGIONS) },
  {
    anchor: "kommuner",
    title: "Kommuner",
    fields: ["context.municipalities"],
    values: values(MUNICIPALITIES),
  },
];

export const vocabularyFor = (path: string) =>
  VOCABULARIES.find((vocabulary) => vocabulary.fields.includes(path));
