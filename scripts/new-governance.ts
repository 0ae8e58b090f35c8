/**
 * `npm run new:styring`: creates content/governance/<slug>.md, a governance or collaboration
 * example, from flags or, for what is missing, questions. Nothing is written until every answer
 * passes the same schema `npm run check` uses.
 * Usage: npm run new:styring [-- --title "…" --themes politisk-styring … [--yes]]
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { buildTree } from "../src/lib/check/index.ts";
import { displayPath, listFiles, readContentFile, readLinks } from "./lib/content-files.ts";
import {
  buildGovernance,
  GOVERNANCE_FLAGS,
  renderGovernance,
  validateGovernance,
  type GovernanceAnswers,
} from "./lib/new-governance.ts";

const root = process.cwd();
const tree = buildTree();
const today = new Date().toISOString().slice(0, 10);
const keys = Object.keys(GOVERNANCE_FLAGS) as (keyof typeof GOVERNANCE_FLAGS)[];

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const usage = [
  "Opretter et eksempel på styring og samarbejde i content/governance/.",
  "",
  "Flag:",
  ...keys.map((key) => `  --${key.padEnd(16)} ${GOVERNANCE_FLAGS[key]}`),
  "  --yes              Spørg ikke; brug kun flagene.",
].join("\n");

const values: Record<string, string | boolean | undefined> = (() => {
  try {
    return parseArgs({
      options: {
        ...Object.fromEntries(keys.map((key) => [key, { type: "string" as const }])),
        yes: { type: "boolean" },
        help: { type: "boolean" },
      },
    }).values;
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`, 2);
  }
})();
if (values["help"]) {
  console.log(usage);
  process.exit(0);
}

const answers: GovernanceAnswers = {};
for (const key of keys) {
  const value = values[key];
  if (typeof value === "string") answers[key] = value;
}

if (!values["yes"]) {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  const lines = rl[Symbol.asyncIterator]();
  for (const key of [
    "title",
    "summary",
    "municipalities",
    "themes",
    "approaches",
    "links",
    "section",
  ] as const) {
    if (answers[key] !== undefined) continue;
    process.stdout.write(`${GOVERNANCE_FLAGS[key]}: `);
    const next = await lines.next();
    if (next.done) fail("\nAfbrudt; der er ikke oprettet nogen fil.", 130);
    answers[key] = next.value.trim() || undefined;
  }
  rl.close();
}

const existing = existsSync(tree.governance)
  ? listFiles(tree.governance, ".md").map((file) => {
      const entry = readContentFile(file, root, tree.governance);
      const title = (entry.frontmatter as { title?: unknown } | undefined)?.title;
      return { id: entry.id, title: typeof title === "string" ? title : entry.id };
    })
  : [];
const linkIds = new Set(existsSync(tree.links) ? Object.keys(readLinks(tree.links)) : []);
const entry = buildGovernance(answers, today);
const problems = validateGovernance(entry, existing, linkIds);
if (problems.length > 0)
  fail(`Eksemplet blev ikke oprettet:\n${problems.map((p) => `  ${p}`).join("\n")}`, 2);

mkdirSync(tree.governance, { recursive: true });
const file = join(tree.governance, `${entry.slug}.md`);
try {
  writeFileSync(file, renderGovernance(entry.data), { flag: "wx" });
} catch {
  fail(`Filen ${displayPath(file, root)} findes allerede; der er ikke skrevet noget.`);
}
console.log(`Oprettet: ${displayPath(file, root)}\nSkriv beskrivelsen med egne ord, og kør npm run check.`);
