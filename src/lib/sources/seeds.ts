/**
 * Which publications the project holds the text of, where that text lives and how it is read. The
 * texts are the seed files in `<shared>/seeds/` (the seeds' README says which is which); `<shared>`
 * is LP_SHARED_DIR or ../shared, found the way scripts/copycheck.ts finds the copy checker. A
 * publication without a seed (kommunalt-indsatskatalog) and every link are "ikke kontrolleret".
 */
import { resolve } from "node:path";
import type { PublicationId } from "../vocabulary/publications.ts";
import type { OutlineProfile } from "./publication-text.ts";

/** The catalogue's outline, as its table of contents (seed 002, l. 17–39) and its parts print it. */
export const CATALOGUE_OUTLINE: OutlineProfile = {
  parts: [
    "Indledning",
    "Politisk fokus og opfølgning",
    "Koordinering og samarbejde",
    "Konkrete indsatser rettet mod de unge",
  ],
  sections: [
    "Tværgående opmærksomheder",
    "Indsatser omkring grundskolen",
    "Indsatser efter grundskolen",
    "Fastholdelse i uddannelse og job",
    "Oversigt over indsatser",
  ],
  groups: ["Fokuspunkter i lovende praksis", "Eksempler på lovende praksis", /^case:/i],
  tablesFrom: "Oversigt over indsatser",
  contents: "Indhold",
  // The seeds' README: "Known typos in the catalogue's tables".
  misprints: {
    Gudborgsund: "Guldborgsund",
    "Ringkjøbing-Skjern": "Ringkøbing-Skjern",
    "Læringslokomotiv et": "Læringslokomotivet",
    "Ungdomsskolefor eningen": "Ungdomsskoleforeningen",
    mistroivsel: "mistrivsel",
  },
};

/** The headings under which the catalogue lists focus points and examples. */
export const FOCUS_POINTS_GROUP = "Fokuspunkter i lovende praksis";
export const EXAMPLES_GROUP = "Eksempler på lovende praksis";
export const CASE_HEADING = /^case:/i;

export type SeededPublication = { seed: string; profile?: OutlineProfile };

/** Publications whose text the project holds, by the seed file's number prefix. */
export const SEEDED_PUBLICATIONS: Partial<Record<PublicationId, SeededPublication>> = {
  "katalog-2022": { seed: "002_", profile: CATALOGUE_OUTLINE },
  "energi-til-hinanden-artikel": { seed: "000_" },
  "mod-til-uddannelse-artikel": { seed: "001_" },
  "fra-anbringelse-til-uddannelse-projekt": { seed: "003_" },
  "alle-unge-skal-med-artikel": { seed: "004_" },
};

export type SeedsLocation = { shared: string; seeds: string; required: boolean };

/** Where the seeds are: LP_SHARED_DIR or ../shared from `cwd`; in CI (CI set) they are required. */
export function seedsLocation(env: Readonly<Record<string, string | undefined>>, cwd: string): SeedsLocation {
  const shared = resolve(cwd, env["LP_SHARED_DIR"] || "../shared");
  return { shared, seeds: resolve(shared, "seeds"), required: Boolean(env["CI"]) };
}

/** The seed file of a publication among the file names of the seeds folder. */
export function seedFileOf(id: PublicationId, names: readonly string[]): string | undefined {
  const seeded = SEEDED_PUBLICATIONS[id];
  if (!seeded) return undefined;
  return names.filter((name) => name.startsWith(seeded.seed) && name.endsWith(".txt")).sort()[0];
}

/** The publications whose text the project holds. */
export const PUBLICATIONS_WITH_TEXT = Object.keys(SEEDED_PUBLICATIONS) as PublicationId[];
