/**
 * The pure half of `npm run new:styring`: validates the answers for a governance example with the
 * collection's own schema and renders the Markdown file. Nothing here reads stdin or touches the disk.
 */
import { stringify } from "yaml";
import { standaloneGovernanceSchema, type GovernanceData } from "../../src/lib/schema/index.ts";
import { entryId, SLUG_PATTERN, titleKey } from "../../src/lib/content/index.ts";
import { CATALOGUE_ID } from "../../src/lib/vocabulary/index.ts";

export type GovernanceAnswers = {
  title?: string | undefined;
  slug?: string | undefined;
  summary?: string | undefined;
  municipalities?: string | undefined;
  organisation?: string | undefined;
  themes?: string | undefined;
  approaches?: string | undefined;
  links?: string | undefined;
  section?: string | undefined;
};

export const GOVERNANCE_FLAGS = {
  title: "Eksemplets navn, som kilderne skriver det",
  slug: "Filnavn uden .md (udeladt: dannet af navnet)",
  summary: "En til to sætninger (40–320 tegn)",
  municipalities: 'Kommuner, adskilt af komma, fx "viborg"',
  organisation: "Organisationen bag et eksempel uden kommune",
  themes: "Temaer, adskilt af komma: politisk-styring, koordinering, viden",
  approaches: "Tilgange som tilgang:katalog eller tilgang:redaktionen, adskilt af komma",
  links: "Id'er fra content/links.toml, adskilt af komma",
  section: "Afsnittet i kataloget, hvor eksemplet står",
} as const;

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** "brobygning:katalog" → { id, known }; without ":" the tag is the editors' reading. */
function approachTag(item: string) {
  const [id = "", known = "redaktionen"] = item.split(":").map((part) => part.trim());
  return { id, known };
}

export type NewGovernance = { slug: string; data: Record<string, unknown> };

/** The frontmatter the answers give, before validation; empty answers are left out. */
export function buildGovernance(answers: GovernanceAnswers, today: string): NewGovernance {
  const municipalities = list(answers.municipalities);
  const links = list(answers.links);
  const approaches = list(answers.approaches).map(approachTag);
  const data: Record<string, unknown> = {
    title: answers.title?.trim(),
    summary: answers.summary?.trim(),
    ...(municipalities.length ? { municipalities } : {}),
    ...(answers.organisation?.trim() ? { organisation: answers.organisation.trim() } : {}),
    themes: list(answers.themes),
    ...(approaches.length ? { approaches } : {}),
    ...(links.length ? { links } : {}),
    sources: [
      { publication: CATALOGUE_ID, ...(answers.section?.trim() ? { section: answers.section.trim() } : {}) },
    ],
    reviewed: today,
  };
  return { slug: answers.slug?.trim() || (answers.title ? entryId(answers.title) : ""), data };
}

/** Every problem with the answers, in Danish, before anything is written. */
export function validateGovernance(
  entry: NewGovernance,
  existing: readonly { id: string; title: string }[],
  linkIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  if (!SLUG_PATTERN.test(entry.slug))
    problems.push(
      `--slug: "${entry.slug}" er ikke et gyldigt filnavn. Brug små bogstaver a–z, tal og bindestreger.`,
    );
  if (existing.some((e) => e.id === entry.slug))
    problems.push(`--slug: Der findes allerede et eksempel med filnavnet ${entry.slug}.md.`);
  const title = typeof entry.data["title"] === "string" ? entry.data["title"] : "";
  const same = existing.find((e) => titleKey(e.title) === titleKey(title));
  if (title && same)
    problems.push(`--title: Et eksempel med navnet »${same.title}« findes allerede (${same.id}.md).`);
  const result = standaloneGovernanceSchema.safeParse(entry.data);
  if (!result.success) {
    for (const issue of result.error.issues)
      problems.push(`--${String(issue.path[0] ?? "")}: ${issue.message}`);
  }
  for (const link of (entry.data["links"] as string[] | undefined) ?? []) {
    if (!linkIds.has(link)) problems.push(`--links: "${link}" findes ikke i content/links.toml.`);
  }
  return problems;
}

/** The Markdown file: validated frontmatter and a paragraph to replace with the description. */
export function renderGovernance(data: GovernanceData | Record<string, unknown>): string {
  const yaml = stringify(data, { lineWidth: 0, flowCollectionPadding: true }).trimEnd();
  return [
    "---",
    "# Oprettet med `npm run new:styring`. Felterne er forklaret i CONTRIBUTING.md.",
    yaml,
    "---",
    "",
    "Skriv her med egne ord, hvad kataloget fortæller om eksemplet, hvorfor det er med, og hvad kilderne ikke oplyser.",
    "",
  ].join("\n");
}
