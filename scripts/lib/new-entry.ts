/**
 * The pure half of `npm run new`: which answers an entry needs, how each is validated (with the
 * schema's own fields, so the messages and "Mente du …?" suggestions match `npm run check`), and
 * the commented MDX skeleton it writes. Nothing here reads stdin or touches the disk.
 */
import { z } from "astro/zod";
import { stringify } from "yaml";
import {
  anchoringField,
  standaloneInterventionSchema,
  municipalityField,
  phaseField,
  publicationField,
  regionField,
  targetGroupField,
  linkSchema,
  RESPONSIBLE_UNKNOWN,
  unknownValueMessage,
  calendarDateField,
  forbiddenCharacter,
  urlProblem,
} from "../../src/lib/schema/index.ts";
import { contactProblem } from "../../src/lib/catalogue/index.ts";
import {
  PUBLICATIONS,
  ANCHORINGS,
  ELEMENTS,
  MAX_SCORE_LEVEL,
  MUNICIPALITIES,
  REGIONS,
  SCOPES,
  PHASES,
  RESULT_UNITS,
  STATUSES,
  TARGET_GROUPS,
} from "../../src/lib/vocabulary/index.ts";
import { entryId, SLUG_PATTERN, slugify, titleKey } from "../../src/lib/content/index.ts";

const entrySchema = standaloneInterventionSchema;
const shape = entrySchema.shape;

export type Answers = Partial<Record<QuestionKey, string>>;

type Vocabulary = Readonly<Record<string, object>>;

export type Question = {
  key: QuestionKey;
  /** Command-line flag, without the leading --. */
  flag: string;
  prompt: string;
  /** Shown under the prompt and in --help. */
  help: string;
  /** Whether the entry needs an answer, given the answers so far. */
  needed: (answers: Answers) => boolean;
  /** Controlled values: shown as a numbered list, and names or labels are accepted for slugs. */
  vocabulary?: Vocabulary;
  /** Whether to print the vocabulary as a numbered list (not for the 98 municipalities). */
  showChoices?: boolean;
  list?: boolean;
  /** Danish error message, or undefined when the (resolved) value is fine. */
  validate: (value: string, answers: Answers) => string | undefined;
};

export type QuestionKey =
  | "title"
  | "slug"
  | "summary"
  | "scope"
  | "municipalities"
  | "regions"
  | "organisation"
  | "responsible"
  | "contact"
  | "focus"
  | "targetDescription"
  | "targetTags"
  | "age"
  | "anchoringTags"
  | "phase"
  | "sourceKind"
  | "sourceUrl"
  | "sourceTitle"
  | "sourcePublisher"
  | "sourceLink"
  | "sourcePublication"
  | "sourceSection"
  | "reviewed";

/** How an entry can cite its first source. */
export const SOURCE_KINDS = {
  url: { label: "En webside (adressen lægges i content/links.toml)" },
  link: { label: "Et link, der allerede står i content/links.toml" },
  publication: { label: "En publikation, projektet kender (fx kataloget fra 2022)" },
} as const;

const reviewedField = calendarDateField("reviewed", { notFuture: true });

const firstMessage = (result: { success: boolean; error?: z.ZodError }) =>
  result.success ? undefined : result.error!.issues[0]!.message;

/** Splits "a, b" or "a|b" into trimmed values. */
export function splitList(value: string): string[] {
  return value
    .split(/[,|]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * The vocabulary key an editor meant: the key itself, or a name or label written out
 * ("Ringkøbing-Skjern", "Psykisk sårbare"). Anything else is returned as typed, so validation
 * can name it and suggest the closest value.
 */
export function resolveValue(input: string, vocabulary: Vocabulary): string {
  const value = input.trim();
  if (value in vocabulary) return value;
  const wanted = slugify(value);
  if (wanted in vocabulary) return wanted;
  for (const [key, entry] of Object.entries(vocabulary)) {
    const names = [(entry as { label?: string }).label, (entry as { name?: string }).name];
    if (names.some((name) => name !== undefined && slugify(name) === wanted)) return key;
  }
  return value;
}

/** Resolves a numbered choice ("2") or names to vocabulary keys; lists are joined with ", ". */
export function resolveAnswer(question: Question, raw: string): string {
  const vocabulary = question.vocabulary;
  if (!vocabulary) return raw.trim();
  const keys = Object.keys(vocabulary);
  const numbered = question.showChoices !== false;
  const one = (item: string) =>
    (numbered && /^\d+$/.test(item) && keys[Number(item) - 1]) || resolveValue(item, vocabulary);
  return question.list ? splitList(raw).map(one).join(", ") : one(raw.trim());
}

const local = (answers: Answers) =>
  (answers.scope ?? "kommunal") === "kommunal" || answers.scope === "tvaerkommunal";
const always = () => true;

export const QUESTIONS: readonly Question[] = [
  {
    key: "title",
    flag: "title",
    prompt: "Indsatsens navn",
    help: "Som kilderne skriver det, fx »Unge i gang«.",
    needed: always,
    validate: (value) => firstMessage(shape.title.safeParse(value)),
  },
  {
    key: "slug",
    flag: "slug",
    prompt: "Filnavn (slug)",
    help: "Bliver filnavnet og adressen /indsatser/<slug>/. Små bogstaver, tal og bindestreger; æ, ø, å skrives ae, oe, aa.",
    needed: () => false,
    validate: (value) =>
      SLUG_PATTERN.test(value)
        ? undefined
        : `"${value}" er ikke et gyldigt filnavn. Brug små bogstaver a–z, tal og bindestreger, fx "${slugify(value) || "unge-i-gang"}".`,
  },
  {
    key: "summary",
    flag: "summary",
    prompt: "Resumé",
    help: "En til to sætninger med egne ord (40–320 tegn), vist på kort og i søgeresultater.",
    needed: always,
    validate: (value) => firstMessage(shape.summary.safeParse(value)),
  },
  {
    key: "scope",
    flag: "scope",
    prompt: "Rækkevidde",
    help: "Kommunal er det almindelige; vælg tværkommunal, regional eller national, hvis indsatsen rækker videre.",
    needed: () => false,
    vocabulary: SCOPES,
    validate: (value) => (value in SCOPES ? undefined : unknownValueMessage(value, SCOPES, "rækkevidde")),
  },
  {
    key: "municipalities",
    flag: "municipality",
    prompt: "Kommune(r)",
    help: 'Kommunens navn eller slug; flere adskilles med komma, fx "Randers, Favrskov".',
    needed: local,
    list: true,
    vocabulary: MUNICIPALITIES,
    showChoices: false,
    validate: (value) => firstMessage(z.array(municipalityField).min(1).safeParse(splitList(value))),
  },
  {
    key: "regions",
    flag: "region",
    prompt: "Region(er)",
    help: "Kun for regionale indsatser uden bestemte kommuner.",
    needed: (answers) => answers.scope === "regional" && !answers.municipalities,
    list: true,
    vocabulary: REGIONS,
    validate: (value) => firstMessage(z.array(regionField).min(1).safeParse(splitList(value))),
  },
  {
    key: "organisation",
    flag: "organisation",
    prompt: "Organisation",
    help: "Organisationen bag en ikke-kommunal indsats, fx Ungdomsskoleforeningen.",
    needed: () => false,
    validate: () => undefined,
  },
  {
    key: "responsible",
    flag: "responsible",
    prompt: "Ansvarlig",
    help: `Enheden eller organisationen, der driver indsatsen, som kilderne navngiver den, fx »Ungeenheden, Horsens Kommune«. Skriv »${RESPONSIBLE_UNKNOWN}«, hvis kilderne ikke siger det.`,
    needed: always,
    validate: (value) =>
      value.trim().length >= 2
        ? undefined
        : `Skriv enhedens navn, eller »${RESPONSIBLE_UNKNOWN}«, hvis kilderne ikke siger det.`,
  },
  {
    key: "contact",
    flag: "contact",
    prompt: "Kontakt",
    help: "En offentlig side (https://…) eller en fælles postkasse (mailto:…) for enheden, aldrig en persons egen adresse (kan udelades).",
    needed: () => false,
    validate: (value) => contactProblem(value),
  },
  {
    key: "focus",
    flag: "focus",
    prompt: "Formål",
    help: "Hvad indsatsen vil opnå, med egne ord (mindst 10 tegn).",
    needed: always,
    validate: (value) => firstMessage(shape.focus.safeParse(value)),
  },
  {
    key: "targetDescription",
    flag: "target-group",
    prompt: "Målgruppe",
    help: "Hvem indsatsen er for, med egne ord (mindst 10 tegn).",
    needed: always,
    validate: (value) => firstMessage(shape.targetGroup.shape.description.safeParse(value)),
  },
  {
    key: "targetTags",
    flag: "target-tags",
    prompt: "Målgruppe-tags",
    help: "Et eller flere tags; numre eller navne, adskilt med komma.",
    needed: always,
    list: true,
    vocabulary: TARGET_GROUPS,
    validate: (value) => firstMessage(z.array(targetGroupField).min(1).safeParse(splitList(value))),
  },
  {
    key: "age",
    flag: "age",
    prompt: "Alder",
    help: 'Kun hvis kilderne angiver den, som "15-25".',
    needed: () => false,
    validate: (value) => (parseAge(value) ? undefined : `"${value}" skal skrives som to tal, fx 15-25.`),
  },
  {
    key: "anchoringTags",
    flag: "anchoring",
    prompt: "Forankring",
    help: "Hvor indsatsen er forankret; numre eller navne, adskilt med komma.",
    needed: always,
    list: true,
    vocabulary: ANCHORINGS,
    validate: (value) => firstMessage(z.array(anchoringField).min(1).safeParse(splitList(value))),
  },
  {
    key: "phase",
    flag: "phase",
    prompt: "Fase",
    help: "Katalogets tre faser.",
    needed: always,
    vocabulary: PHASES,
    validate: (value) => firstMessage(phaseField.safeParse(value)),
  },
  {
    key: "sourceKind",
    flag: "source",
    prompt: "Kilde",
    help: "Hvor oplysningerne kommer fra. Alle indsatser skal have mindst én kilde.",
    needed: always,
    vocabulary: SOURCE_KINDS,
    validate: (value) =>
      value in SOURCE_KINDS ? undefined : unknownValueMessage(value, SOURCE_KINDS, "kildetype"),
  },
  {
    key: "sourceUrl",
    flag: "source-url",
    prompt: "Kildens webadresse",
    help: "Den fulde adresse med https://.",
    needed: (answers) => answers.sourceKind === "url",
    validate: (value) => urlProblem(value),
  },
  {
    key: "sourceTitle",
    flag: "source-title",
    prompt: "Kildens titel",
    help: "Sidens titel, som siden selv skriver den.",
    needed: (answers) => answers.sourceKind === "url",
    validate: (value) => firstMessage(linkSchema.shape.title.safeParse(value)),
  },
  {
    key: "sourcePublisher",
    flag: "source-publisher",
    prompt: "Kildens udgiver",
    help: "Hvem står bag siden, fx Randers Kommune (kan udelades).",
    needed: () => false,
    validate: () => undefined,
  },
  {
    key: "sourceLink",
    flag: "source-link",
    prompt: "Linkets id i content/links.toml",
    help: "Navnet i [firkantede parenteser] over linket.",
    needed: (answers) => answers.sourceKind === "link",
    validate: () => undefined,
  },
  {
    key: "sourcePublication",
    flag: "source-publication",
    prompt: "Publikation",
    help: "Publikationens id.",
    needed: (answers) => answers.sourceKind === "publication",
    vocabulary: PUBLICATIONS,
    validate: (value) => firstMessage(publicationField.safeParse(value)),
  },
  {
    key: "sourceSection",
    flag: "source-section",
    prompt: "Afsnit i publikationen",
    help: 'Fx "Oversigt over indsatser – Indsatser efter grundskolen" (kan udelades).',
    needed: () => false,
    validate: () => undefined,
  },
  {
    key: "reviewed",
    flag: "reviewed",
    prompt: "Dato for gennemgang",
    help: "Dagens dato, når intet andet er angivet (ÅÅÅÅ-MM-DD).",
    needed: () => false,
    validate: (value) => firstMessage(reviewedField.safeParse(value)),
  },
];

export function parseAge(value: string): { min: number; max: number } | undefined {
  const match = /^\s*(\d{1,2})\s*[-–]\s*(\d{1,2})\s*$/.exec(value);
  if (!match) return undefined;
  const [min, max] = [Number(match[1]), Number(match[2])];
  return min <= max ? { min, max } : undefined;
}

/** The question behind a flag name, for error messages. */
export const questionFor = (key: QuestionKey) => QUESTIONS.find((question) => question.key === key)!;

/** Which required answers are still missing. */
export function missingAnswers(answers: Answers): Question[] {
  return QUESTIONS.filter((question) => question.needed(answers) && !answers[question.key]?.trim());
}

/** The first problem with an answer, after resolving names to vocabulary keys. */
export function checkAnswer(
  question: Question,
  raw: string,
  answers: Answers,
): { value: string; error?: string } {
  const value = resolveAnswer(question, raw);
  const error = singleLineProblem(raw) ?? question.validate(value, answers);
  return error ? { value, error } : { value };
}

/** Answers are one line of plain text: a line break or a hidden character would change the YAML or the page. */
export function singleLineProblem(raw: string): string | undefined {
  if (/[\r\n]/.test(raw.trim())) return "Svaret skal stå på én linje. Skriv det uden linjeskift.";
  return forbiddenCharacter(raw)?.message.replace("Linjen indeholder", "Svaret indeholder");
}

export type Existing = { id: string; title: string; path: string };

/** Refuses a slug that an existing file already has. */
export function duplicateSlug(slug: string, existing: readonly Existing[]): string | undefined {
  const same = existing.find((entry) => entry.id === slug);
  return same
    ? `Filen ${same.path} findes allerede (»${same.title}«). Er det samme indsats, så ret den fil i stedet. Er det en anden, så vælg et andet filnavn (--slug).`
    : undefined;
}

/** Refuses a title that an existing entry already has, ignoring case, accents and punctuation. */
export function duplicateTitle(title: string, existing: readonly Existing[]): string | undefined {
  const same = existing.find((entry) => titleKey(entry.title) === titleKey(title));
  return same
    ? `En indsats med navnet »${same.title}« findes allerede: ${same.path}. Ret den fil i stedet, eller giv den nye indsats et navn, der skiller sig ud, fx med kommunens navn.`
    : undefined;
}

/** A link id for a new source URL that is not taken yet. */
export function newLinkId(slug: string, taken: ReadonlySet<string>): string {
  if (!taken.has(slug)) return slug;
  let n = 2;
  while (taken.has(`${slug}-${n}`)) n++;
  return `${slug}-${n}`;
}

export type NewEntry = {
  slug: string;
  frontmatter: z.input<typeof entrySchema>;
  /** A new [id] block for content/links.toml, when the source is a new URL. */
  link?: { id: string; title: string; url: string; publisher?: string };
};

/** Assembles the entry from complete, valid answers. */
export function buildEntry(answers: Answers, linkIds: ReadonlySet<string>, today: string): NewEntry {
  const title = answers.title!.trim();
  const slug = answers.slug?.trim() || entryId(title);
  const list = (value: string | undefined) => (value ? splitList(value) : []);
  const age = answers.age ? parseAge(answers.age) : undefined;
  let link: NewEntry["link"];
  let source: z.input<typeof entrySchema>["sources"][number];
  if (answers.sourceKind === "url") {
    const publisher = answers.sourcePublisher?.trim();
    link = {
      id: newLinkId(slug, linkIds),
      title: answers.sourceTitle!.trim(),
      url: answers.sourceUrl!.trim(),
      ...(publisher ? { publisher } : {}),
    };
    source = { link: link.id };
  } else if (answers.sourceKind === "link") {
    source = { link: answers.sourceLink!.trim() };
  } else {
    const section = answers.sourceSection?.trim();
    source = {
      publication: answers.sourcePublication as keyof typeof PUBLICATIONS,
      ...(section ? { section } : {}),
    };
  }
  const organisation = answers.organisation?.trim();
  const responsible = answers.responsible!.trim();
  const contact = answers.contact?.trim();
  return {
    slug,
    ...(link ? { link } : {}),
    frontmatter: {
      title,
      summary: answers.summary!.trim(),
      context: {
        scope: (answers.scope ?? "kommunal") as keyof typeof SCOPES,
        municipalities: list(answers.municipalities) as (keyof typeof MUNICIPALITIES)[],
        regions: list(answers.regions) as (keyof typeof REGIONS)[],
        ...(organisation ? { organisation } : {}),
      },
      responsible: responsible.toLowerCase() === RESPONSIBLE_UNKNOWN ? RESPONSIBLE_UNKNOWN : responsible,
      ...(contact ? { contact } : {}),
      focus: answers.focus!.trim(),
      targetGroup: {
        description: answers.targetDescription!.trim(),
        tags: list(answers.targetTags) as (keyof typeof TARGET_GROUPS)[],
        ...(age ? { age } : {}),
      },
      anchoring: { tags: list(answers.anchoringTags) as (keyof typeof ANCHORINGS)[] },
      phase: answers.phase as keyof typeof PHASES,
      sources: [source],
      reviewed: answers.reviewed?.trim() || today,
    },
  };
}

/** Schema problems in an assembled entry, as "--flag: message" lines (empty when valid). */
export function validateEntry(entry: NewEntry): string[] {
  const slug = SLUG_PATTERN.test(entry.slug)
    ? []
    : [`slug: "${entry.slug}" er ikke et gyldigt filnavn. Brug små bogstaver a–z, tal og bindestreger.`];
  const result = entrySchema.safeParse(entry.frontmatter);
  if (result.success) return slug;
  return [...slug, ...result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)];
}

const yamlScalar = (value: string | number) => stringify(value, { lineWidth: 0 }).trimEnd();
const flowList = (values: readonly string[]) => `[${values.map(yamlScalar).join(", ")}]`;
const keys = (vocabulary: Vocabulary) => Object.keys(vocabulary).join(", ");

/**
 * The body: the headings a practitioner looks for, each with a note on what belongs there. Nothing
 * else, so no filler text reaches a page if an editor forgets to delete it.
 */
export const BODY_SKELETON = [
  "{/* Skriv med egne ord og kun det, kilderne siger. Slet en overskrift, kilderne ikke giver stof til, og slet kommentarerne. Links: [tekst](https://…); ingen HTML. */}",
  "",
  "## Sådan arbejder indsatsen",
  "",
  "{/* Hvad sker der konkret, hvor ofte og hvor længe? Hvordan kommer de unge med? */}",
  "",
  "## Organisering og samarbejde",
  "",
  "{/* Hvem gør arbejdet, og hvem samarbejder de med? */}",
  "",
  "## Resultater",
  "",
  "{/* Tal og erfaringer fra kilderne, med periode og antal unge. Har kilderne ingen, så skriv det. */}",
  "",
];

/** The MDX file: real answers as frontmatter, optional fields as commented examples, and a body to write. */
export function renderEntry(entry: NewEntry): string {
  const data = entry.frontmatter;
  const { context, targetGroup } = data;
  const source = data.sources[0]!;
  const sourceLines =
    "link" in source
      ? [`  - link: ${yamlScalar(source.link)}`]
      : [
          `  - publication: ${yamlScalar(source.publication)}`,
          ...(source.section ? [`    section: ${yamlScalar(source.section)}`] : []),
        ];
  const lines = [
    "---",
    "# Oprettet med `npm run new`. Felterne er forklaret i CONTRIBUTING.md.",
    "# Skriv med egne ord, og skriv kun det, kilderne siger. Linjer med # er kommentarer, som ikke vises;",
    "# fjern # foran et felt for at bruge det, og slet de eksempler, du ikke bruger.",
    `title: ${yamlScalar(data.title)}`,
    `summary: ${yamlScalar(data.summary)}`,
    "context:",
    `  scope: ${context.scope} # ${keys(SCOPES)}`,
    ...(context.municipalities?.length ? [`  municipalities: ${flowList(context.municipalities)}`] : []),
    ...(context.regions?.length ? [`  regions: ${flowList(context.regions)}`] : []),
    context.organisation
      ? `  organisation: ${yamlScalar(context.organisation)}`
      : "  # organisation: Organisationen bag en ikke-kommunal indsats",
    '  # note: Kildens egen formulering, hvis den siger mere, fx "udrulning i 11 kommuner"',
    `responsible: ${yamlScalar(data.responsible)}`,
    data.contact
      ? `contact: ${yamlScalar(data.contact)}`
      : "# contact: https://… eller mailto:… # enhedens offentlige side eller fælles postkasse",
    `focus: ${yamlScalar(data.focus)}`,
    "targetGroup:",
    `  description: ${yamlScalar(targetGroup.description)}`,
    `  tags: ${flowList(targetGroup.tags)}`,
    targetGroup.age
      ? `  age: { min: ${targetGroup.age.min}, max: ${targetGroup.age.max} }`
      : "  # age: { min: 15, max: 25 } # kun hvis kilderne angiver alderen",
    "anchoring:",
    `  tags: ${flowList(data.anchoring.tags)}`,
    "  # organisations: [Navngivne samarbejdspartnere, fx Red Barnet]",
    "  # note: Kildens egen formulering af forankringen",
    `phase: ${data.phase}`,
    "# approaches: [{ id: nye-veje, known: redaktionen }] # tilgange; known: katalog eller redaktionen",
    `# status: igangvaerende # ${keys(STATUSES)}; udeladt = ukendt`,
    "# period:",
    '#   start: "2020" # ÅÅÅÅ eller ÅÅÅÅ-MM',
    '#   end: "2022"',
    "# results: # kun tal, kilderne oplyser",
    `#   - { value: 65, unit: procent, measure: "afsluttet til job eller uddannelse", period: "2020–2021", participants: 137 } # unit: ${keys(RESULT_UNITS)}`,
    ...scoreLines(data.scores),
    "sources:",
    ...sourceLines,
    "  # - publication: katalog-2022 # flere kilder: en linje pr. kilde",
    '  #   section: "Oversigt over indsatser – Indsatser efter grundskolen"',
    "# related: [andet-filnavn] # filnavne (uden .mdx) på beslægtede indsatser",
    `reviewed: ${data.reviewed as string}`,
    "---",
    "",
    ...BODY_SKELETON,
  ];
  return lines.join("\n");
}

/** Assessments as YAML, or a commented example when there are none (the rubric is on /metode/). */
function scoreLines(scores: z.input<typeof entrySchema>["scores"]): string[] {
  if (scores && Object.keys(scores).length > 0)
    return stringify({ scores }, { lineWidth: 0, aliasDuplicateObjects: false }).trimEnd().split("\n");
  return [
    `# scores: # Socialstyrelsens 11 elementer (${keys(ELEMENTS)}); et element, der ikke er vurderet, udelades. Rubrikken står på /metode/`,
    "#   maal:",
    `#     level: 1 # 0–${MAX_SCORE_LEVEL} efter rubrikken`,
    "#     rationale: Hvad i kilderne niveauet bygger på, i mindst 20 tegn.",
    '#     basis: [{ publication: katalog-2022, section: "Oversigt over indsatser" }] # eller [{ link: id-fra-links-toml }]',
  ];
}

/** The [id] block appended to content/links.toml for a new source URL. */
export function renderLinkBlock(link: NonNullable<NewEntry["link"]>): string {
  const toml = (value: string) => JSON.stringify(value);
  return [
    `[${link.id}]`,
    `title = ${toml(link.title)}`,
    ...(link.publisher ? [`publisher = ${toml(link.publisher)}`] : []),
    `url = ${toml(link.url)}`,
    "",
  ].join("\n");
}
