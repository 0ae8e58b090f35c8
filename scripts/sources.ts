/**
 * `npm run sources`: checks every claim's source note against the publication's own text (issue 20).
 * The logic lives in src/lib/sources/; this reads the files and prints the report in Danish.
 * Usage: npm run sources [-- <content dir>] [-- --approaches <approaches.ts>] [-- --help]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildTree, contentTree } from "../src/lib/check/index.ts";
import {
  compiledSource,
  ENTRY_COLLECTIONS,
  readEntryFolder,
  readLinksFile,
  type EntryCollectionName,
} from "../src/lib/content/index.ts";
import {
  approachesDocument,
  bodyNotes,
  checkDocument,
  coverageLines,
  entryDocument,
  EXCEPTION_RULES,
  focusHeadingOf,
  findingLines,
  LOCATOR_FORMS,
  notCheckedLine,
  readPublication,
  SEEDED_PUBLICATIONS,
  seedFileOf,
  seedsLocation,
  SOURCE_FORMS,
  summaryLine,
  type DocumentReport,
  type PublicationText,
  type SourceContext,
} from "../src/lib/sources/index.ts";
import { APPROACHES, PUBLICATION_IDS, type PublicationId } from "../src/lib/vocabulary/index.ts";

const HELP = `npm run sources [-- <indholdsmappe>] [-- --approaches <fil med APPROACHES>]

Holder hver påstand i brødteksterne (indsatser, styringseksempler, del- og faseintroduktioner) og i
tilgangenes beskrivelser (src/lib/vocabulary/approaches.ts) op mod teksten i den kilde, dens kildenote
peger på. Kildeteksterne ligger i <shared>/seeds/, hvor <shared> er LP_SHARED_DIR eller ../shared.
Uden for CI springes tjekket af teksterne over, hvis mappen mangler; i CI (CI sat) er det en fejl.

En kildenote: [^navn]: <kilde>, <placering>
  <kilde>      ${SOURCE_FORMS}
  <placering>  ${LOCATOR_FORMS}

Fejl (med fil, linje og note):
  note               noten kan ikke læses, mangler en definition eller bruges ikke
  henvisning         placeringen findes ikke i publikationen
  kildeliste         kilden står ikke i sidens kildeliste (sources / links)
  tal, navn          påstanden har et tal eller navn, som passagen ikke har
  forbehold          passagen tager forbehold (kan, ser ud til, ofte …), påstanden gør ikke
  udgiver            teksten nævner en udgiver, som content/links.toml ikke angiver for linket
  redaktionens-note  redaktionens note har en kildenote
  known              known: katalog uden et sted i kataloget, der knytter eksemplet til tilgangen
  undtagelse         en skrevet undtagelse, som ingen påstand bruger

Undtagelser skrives i frontmatter som sourceExceptions: [{ rule, quote, reason }], hvor rule er en af
${Object.keys(EXCEPTION_RULES).join(", ")}. Se CONTRIBUTING.md, »Kildenoter«.
`;

const args = process.argv.slice(2);
const approachesArgument = args.includes("--approaches") ? args[args.indexOf("--approaches") + 1] : undefined;
if (args.includes("--help") || args.includes("-h")) {
  console.log(HELP);
  process.exit(0);
}

const started = performance.now();
const root = process.cwd();
const dirArgument = args.find((arg, index) => !arg.startsWith("-") && args[index - 1] !== "--approaches");
const tree = dirArgument ? contentTree(resolve(dirArgument)) : buildTree();

// The publications' texts.
const location = seedsLocation(process.env, root);
const texts: Partial<Record<PublicationId, PublicationText>> = {};
if (existsSync(location.seeds)) {
  const names = readdirSync(location.seeds);
  for (const id of PUBLICATION_IDS) {
    const file = seedFileOf(id, names);
    if (file)
      texts[id] = readPublication(
        readFileSync(join(location.seeds, file), "utf8"),
        SEEDED_PUBLICATIONS[id]?.profile,
      );
  }
} else if (location.required) {
  console.error(
    `sources: mappen med kildetekster ${location.seeds} findes ikke. Sæt LP_SHARED_DIR til mappen, der indeholder seeds/ (i CI skal teksterne være der).`,
  );
  process.exit(1);
} else {
  console.warn(
    `sources: ${location.seeds} findes ikke; påstandene holdes ikke op mod kildeteksterne (sæt LP_SHARED_DIR). Alle noter tælles som ikke kontrolleret.`,
  );
}

// The links registry: titles and publishers.
const linksRead = readLinksFile(tree.links, relative(root, tree.links));
const links: SourceContext["links"] = Object.fromEntries(
  Object.entries(linksRead.links ?? {}).flatMap(([id, value]) => {
    if (typeof value !== "object" || value === null) return [];
    const record = value as Record<string, unknown>;
    const title = typeof record["title"] === "string" ? record["title"] : id;
    const publisher = typeof record["publisher"] === "string" ? record["publisher"] : undefined;
    return [[id, { title, publisher }]];
  }),
);

// Another branch's approaches can be checked with --approaches <file> (a module exporting APPROACHES).
const approachesFile = approachesArgument
  ? resolve(approachesArgument)
  : fileURLToPath(new URL("../src/lib/vocabulary/approaches.ts", import.meta.url));
const approaches = (approachesArgument
  ? ((await import(pathToFileURL(approachesFile).href)) as { APPROACHES: object }).APPROACHES
  : APPROACHES) as unknown as Record<string, Record<string, unknown>>;
const context: SourceContext = {
  texts,
  links,
  focusHeading: (id) => focusHeadingOf(approaches[id]),
};

const reports: DocumentReport[] = [];
const unreadable: string[] = [];
const collections: Exclude<EntryCollectionName, never>[] = ["interventions", "governance", "parts", "phases"];
for (const collection of collections) {
  const { files } = readEntryFolder(tree[collection], collection, root);
  for (const file of files) {
    if (file.problems.length > 0 || typeof file.data !== "object" || file.data === null) {
      unreadable.push(file.path);
      continue;
    }
    const notes = await bodyNotes(compiledSource(file), ENTRY_COLLECTIONS[collection].format);
    const document = entryDocument(
      file.path,
      collection,
      file.data as Record<string, unknown>,
      file.lineOf,
      notes,
    );
    reports.push(checkDocument(document, context));
  }
}

reports.push(
  checkDocument(
    approachesDocument(approaches, readFileSync(approachesFile, "utf8"), relative(root, approachesFile)),
    context,
  ),
);

const findings = reports.flatMap((report) => report.findings);
for (const report of reports) for (const line of findingLines(report)) console.error(line);
if (findings.length > 0) console.error("");
console.log("Dækning pr. fil:");
for (const line of coverageLines(reports)) console.log(`  ${line}`);
console.log("");
for (const path of unreadable) console.warn(`${path}: kan ikke læses; kør npm run check.`);
console.log(notCheckedLine(reports));
const seconds = (performance.now() - started) / 1000;
(findings.length > 0 ? console.error : console.log)(summaryLine(reports, seconds));
if (findings.length > 0) {
  console.error("Se CONTRIBUTING.md, »Kildenoter«, for hvordan en note skrives og hvad hver fejl betyder.");
  process.exit(1);
}
