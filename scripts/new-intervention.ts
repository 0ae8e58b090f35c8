/**
 * `npm run new`: creates content/interventions/<slug>.mdx from answers given as flags or, for
 * whatever is missing, asked for one at a time. The file it writes passes `npm run check`.
 * Usage: npm run new [-- --title "…" --phase efter-grundskolen … [--yes]]   (--help lists all flags)
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { todayInDenmark, closestMatch } from "../src/lib/schema/index.ts";
import { routes } from "../src/lib/catalogue/index.ts";
import { entryId, readEntryFile } from "../src/lib/content/index.ts";
import { buildTree, checkFiles, checkLinksText, formatProblem } from "../src/lib/check/index.ts";
import { displayPath, listMdxFiles, readContentFile, readLinks } from "./lib/content-files.ts";
import {
  buildEntry,
  checkAnswer,
  duplicateSlug,
  duplicateTitle,
  missingAnswers,
  QUESTIONS,
  renderEntry,
  renderLinkBlock,
  validateEntry,
  type Answers,
  type Existing,
  questionFor,
  type Question,
  type QuestionKey,
} from "./lib/new-entry.ts";
import {
  ASSESS_PROMPT,
  parseLevel,
  rationaleError,
  rubricLines,
  wantsAssessment,
  withAssessments,
  type Assessment,
} from "./lib/new-assessment.ts";
import { ELEMENT_KEYS, type ElementKey } from "../src/lib/vocabulary/index.ts";

const root = process.cwd();
const tree = buildTree();
const today = todayInDenmark();

function usage(): string {
  const flags = QUESTIONS.map(
    (question) => `  --${question.flag.padEnd(20)} ${question.prompt}. ${question.help}`,
  );
  return [
    "Opretter en ny indsats i content/interventions/ ud fra svar på nogle spørgsmål.",
    "",
    "Brug: npm run new                      (spørger om det hele)",
    '      npm run new -- --title "…" …      (spørger kun om det, der mangler)',
    "      npm run new -- … --yes            (spørger aldrig; fejler, hvis noget mangler)",
    "",
    "Flag:",
    ...flags,
    "  --yes                  Spørg ikke; brug kun flagene.",
    "  --help                 Vis denne hjælp.",
    "",
    "Ordforrådene (faser, tags, kommuner) står i CONTRIBUTING.md og på sitets side /data/.",
  ].join("\n");
}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const values: Record<string, string | boolean | undefined> = (() => {
  try {
    return parseArgs({
      options: {
        ...Object.fromEntries(QUESTIONS.map((question) => [question.flag, { type: "string" as const }])),
        yes: { type: "boolean" },
        "non-interactive": { type: "boolean" },
        help: { type: "boolean" },
      },
    }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage()}`, 2);
  }
})();

if (values["help"]) {
  console.log(usage());
  process.exit(0);
}

const existing: Existing[] = existsSync(tree.interventions)
  ? listMdxFiles(tree.interventions).map((file) => {
      const entry = readContentFile(file, root, tree.interventions);
      const title = (entry.frontmatter as { title?: unknown } | undefined)?.title;
      return { id: entry.id, title: typeof title === "string" ? title : entry.id, path: entry.path };
    })
  : [];
const linkIds = new Set(existsSync(tree.links) ? Object.keys(readLinks(tree.links)) : []);

/** Extra checks that need the existing content: duplicates and known link ids. */
function contextError(question: Question, value: string): string | undefined {
  if (question.key === "title") return duplicateTitle(value, existing);
  if (question.key === "slug") return duplicateSlug(value, existing);
  if (question.key === "sourceLink" && !linkIds.has(value)) {
    const suggestion = closestMatch(
      value,
      [...linkIds].map((id) => ({ value: id })),
    );
    return `"${value}" findes ikke i content/links.toml. Vælg kilden "url" for at tilføje et nyt link.${suggestion ? ` Mente du: "${suggestion}"?` : ""}`;
  }
  return undefined;
}

/** Optional questions asked right after a required one, with the default an empty answer takes. */
const FOLLOW_UPS: Partial<
  Record<QuestionKey, (answers: Answers) => { key: QuestionKey; fallback?: string }[]>
> = {
  title: (answers) => [{ key: "slug", fallback: answers.title ? entryId(answers.title) : "" }],
  summary: () => [{ key: "scope", fallback: "kommunal" }],
  responsible: () => [{ key: "contact" }],
  targetTags: () => [{ key: "age" }],
  sourceTitle: () => [{ key: "sourcePublisher" }],
  sourcePublication: () => [{ key: "sourceSection" }],
};

/** Reads answers line by line, so piped input (tests, scripts) works as well as a terminal. */
type Reader = (prompt: string) => Promise<string>;

const answers: Answers = {};
const assessments: Partial<Record<ElementKey, Assessment>> = {};
const errors: string[] = [];
for (const question of QUESTIONS) {
  const raw = values[question.flag];
  if (typeof raw !== "string") continue;
  const { value, error } = checkAnswer(question, raw, answers);
  const problem = error ?? contextError(question, value);
  if (problem) errors.push(`--${question.flag}: ${problem}`);
  else answers[question.key] = value;
}

const interactive = !values["yes"] && !values["non-interactive"];
if (!interactive) {
  for (const question of missingAnswers(answers)) {
    if (!errors.some((error) => error.startsWith(`--${question.flag}:`))) {
      errors.push(`--${question.flag}: mangler. ${question.prompt}: ${question.help}`);
    }
  }
  const slugProblem =
    answers.title && !answers.slug ? duplicateSlug(entryId(answers.title), existing) : undefined;
  if (slugProblem) errors.push(`--slug: ${slugProblem}`);
  if (errors.length > 0) fail(`Indsatsen blev ikke oprettet:\n${errors.map((e) => `  ${e}`).join("\n")}`, 2);
} else {
  for (const error of errors) console.error(error);
  await askForMissing(answers);
}

async function askForMissing(answers: Answers): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  const read: Reader = async (prompt) => {
    process.stdout.write(prompt);
    const next = await lines.next();
    if (next.done) fail("\nAfbrudt; der er ikke oprettet nogen fil.", 130);
    return next.value;
  };
  console.log("Ny indsats. Tryk Ctrl+C for at afbryde; der skrives intet, før alle svar er givet.");
  let question: Question | undefined;
  while ((question = missingAnswers(answers)[0])) {
    await ask(read, question, answers);
    for (const followUp of FOLLOW_UPS[question.key]?.(answers) ?? []) {
      if (answers[followUp.key] === undefined)
        await ask(read, questionFor(followUp.key), answers, followUp.fallback ?? "");
    }
  }
  if (!answers.slug)
    await ask(read, questionFor("slug"), answers, answers.title ? entryId(answers.title) : "");
  // The offer is optional: input that ends there (a script, a pipe) simply means no assessments.
  const readOptional: Reader = async (prompt) => {
    process.stdout.write(prompt);
    const next = await lines.next();
    return next.done ? "" : next.value;
  };
  await askAssessments(readOptional, read);
  rl.close();
}

/** Element by element: the rubric, then a level (Enter = not assessed) and a rationale. */
async function askAssessments(offer: Reader, read: Reader): Promise<void> {
  console.log(`\n${ASSESS_PROMPT}`);
  if (!wantsAssessment(await offer("> "))) return;
  console.log(
    "Vurder kun det, kilderne dokumenterer. Grundlaget bliver indsatsens første kilde; ret det i filen, hvis et andet afsnit eller link er mere præcist.",
  );
  for (const key of ELEMENT_KEYS) {
    console.log(`\n${rubricLines(key).join("\n")}`);
    let level: Assessment["level"] | undefined;
    for (;;) {
      const parsed = parseLevel(await read("Niveau> "));
      if (!parsed.error) {
        level = parsed.level;
        break;
      }
      console.log(`  ${parsed.error}`);
    }
    if (level === undefined) continue;
    for (;;) {
      const rationale = (await read("Begrundelse (hvad i kilderne niveauet bygger på)> ")).trim();
      const error = rationaleError(rationale);
      if (!error) {
        assessments[key] = { level, rationale };
        break;
      }
      console.log(`  ${error}`);
    }
  }
}

/** Asks until the answer is valid; with a fallback, an empty answer takes it ("" skips the question). */
async function ask(read: Reader, question: Question, answers: Answers, fallback?: string): Promise<void> {
  const hint = fallback === undefined ? "" : fallback ? ` [${fallback}]` : " (Enter for at springe over)";
  console.log(`\n${question.prompt}${hint}: ${question.help}`);
  if (question.vocabulary && question.showChoices !== false) {
    Object.entries(question.vocabulary).forEach(([key, entry], index) => {
      const { label, name, title } = entry as { label?: string; name?: string; title?: string };
      const shown = label ?? name ?? title;
      console.log(`  ${String(index + 1).padStart(2)}. ${key}${shown ? ` – ${shown}` : ""}`);
    });
  }
  for (;;) {
    const raw = (await read("> ")).trim() || fallback;
    if (raw === undefined) {
      console.log("  Skriv et svar.");
      continue;
    }
    if (raw === "") return;
    const { value, error } = checkAnswer(question, raw, answers);
    const problem = error ?? contextError(question, value);
    if (!problem) {
      answers[question.key] = value;
      return;
    }
    console.log(`  ${problem}`);
  }
}

const entry = withAssessments(buildEntry(answers, linkIds, today), assessments);
const problems = validateEntry(entry);
if (problems.length > 0) fail(`Indsatsen blev ikke oprettet:\n${problems.map((p) => `  ${p}`).join("\n")}`);

const file = join(tree.interventions, `${entry.slug}.mdx`);
const written = displayPath(resolve(file), root);
if (existsSync(file)) fail(`Filen ${written} findes allerede; der er ikke skrevet noget.`);

// Judge the exact files before writing anything, with the check's own reader, schema and body rules.
const text = renderEntry(entry);
const links = readFileSync(tree.links, "utf8");
const newLinks = entry.link
  ? `${links}${links.endsWith("\n") ? "" : "\n"}\n${renderLinkBlock(entry.link)}`
  : links;
const linkCheck = checkLinksText(newLinks, displayPath(tree.links, root));
const candidate = { ...readEntryFile(file, root, ".mdx", text) };
const before = [...linkCheck.problems, ...checkFiles([candidate], linkCheck.ids)];
if (before.length > 0) {
  fail(`Indsatsen blev ikke oprettet; der er ikke skrevet noget:\n${before.map(formatProblem).join("\n")}`);
}

/** Writes next to the target and renames, so a file is either complete or not there. */
function writeAtomically(target: string, content: string): void {
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { flag: "wx" });
  renameSync(temporary, target);
}
if (entry.link) writeAtomically(tree.links, newLinks);
writeAtomically(file, text);

console.log(
  [
    "",
    `Oprettet: ${written}`,
    ...(entry.link ? [`Nyt link: [${entry.link.id}] i ${displayPath(tree.links, root)}`] : []),
    "",
    "Næste skridt:",
    "  1. Åbn filen, og skriv beskrivelsen med egne ord, dér hvor kommentaren står.",
    "     Tilføj flere kilder, resultater og vurderinger, hvis kilderne giver grundlag for dem.",
    "  2. Kør npm run check.",
    `  3. Kør npm run dev, og se siden på http://localhost:4321${routes.intervention(entry.slug)}`,
    "  4. Send ændringen som pull request; se CONTRIBUTING.md.",
  ].join("\n"),
);
