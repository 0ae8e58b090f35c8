/**
 * The source check (`npm run sources`) for one document: a body with its source notes (an
 * intervention, a governance example, a part or phase introduction) or the approaches' texts. Every
 * note must resolve to a passage of its publication, and every claim must hold no number or name
 * the passage lacks and keep the passage's hedges. `known: katalog` tags need a place in the
 * catalogue, prose may not name a publisher links.toml does not give, and the page must list every
 * source a note names. Pure: texts, links and focus points come in through the context.
 */
import { PUBLICATIONS, type PublicationId } from "../vocabulary/publications.ts";
import { countedClaims, type BodyNotes, type Claim, type NoteDefinition } from "./body.ts";
import { excuses, type ExceptionRule, type SourceException } from "./exceptions.ts";
import { missingFacts, passageFacts, type Fact } from "./facts.ts";
import { droppedHedges, type DroppedHedge } from "./hedges.ts";
import { judgeKnownTag } from "./known.ts";
import {
  formatNoteSource,
  MAX_NOTE_LABEL_LENGTH,
  NOTE_LABEL_PATTERN,
  sameTarget,
  type NoteSource,
  type NoteTarget,
} from "./note-syntax.ts";
import {
  applyMisprints,
  resolveHeading,
  resolveRow,
  wholeText,
  type Passage,
  type PublicationText,
  type Resolution,
} from "./publication-text.ts";
import { MENTIONS_LINK, unlistedPublishers, type LinkFacts } from "./publisher.ts";
import { SEEDED_PUBLICATIONS } from "./seeds.ts";

/** What a finding is about; each has its row in CONTRIBUTING's error catalogue. */
export const SOURCE_RULES = [
  "note",
  "henvisning",
  "kildeliste",
  "tal",
  "navn",
  "forbehold",
  "udgiver",
  "redaktionens-note",
  "known",
  "undtagelse",
] as const;

export type SourceRule = (typeof SOURCE_RULES)[number];

export type Finding = { path: string; line: number; field: string; rule: SourceRule; message: string };

export type CheckedCollection = "interventions" | "governance" | "parts" | "phases" | "approaches";

export type ApproachTagInput = {
  id: string;
  known: string;
  section?: string | undefined;
  line: number;
  index: number;
};

export type LocatedException = SourceException & { line: number; index: number };

export type SourceDocument = {
  path: string;
  collection: CheckedCollection;
  notes: BodyNotes;
  /** Sources the page lists, which a note's name links to; undefined when the page lists what the notes cite. */
  listed?: readonly NoteTarget[] | undefined;
  /** Where `listed` comes from, for messages ("sources", "sources eller links"). */
  listedField?: string;
  /** The link ids the entry lists, for a claim that speaks of "linket" without a link note of its own. */
  entryLinks: readonly string[];
  approachTags: readonly ApproachTagInput[];
  exceptions: readonly LocatedException[];
};

export type SourceContext = {
  /** Texts of the seeded publications the project holds (missing when the seeds are not there). */
  texts: Partial<Record<PublicationId, PublicationText>>;
  links: Readonly<Record<string, { title: string; publisher?: string | undefined }>>;
  /** The heading of an approach's focus point in the catalogue. */
  focusHeading: (approach: string) => string | undefined;
};

/** Notes that point at text the project does not hold, by what they point at. */
export type NotChecked = Record<string, number>;

export type DocumentReport = {
  path: string;
  findings: Finding[];
  coverage: { total: number; covered: number };
  /** Claims checked against a passage. */
  checkedClaims: number;
  notChecked: NotChecked;
};

/** Danish names of what a note points at, for messages. */
export function targetName(target: NoteTarget, context: Pick<SourceContext, "links">): string {
  if (target.kind === "publication") return PUBLICATIONS[target.id].short;
  const link = context.links[target.id];
  return link ? `linket »${link.title}« (link:${target.id})` : `link:${target.id}`;
}

/** The key a note that cannot be checked is counted under. */
function notCheckedKey(target: NoteTarget, texts: SourceContext["texts"]): string | undefined {
  if (target.kind === "link") return "link";
  if (texts[target.id]) return undefined;
  return SEEDED_PUBLICATIONS[target.id] ? `${target.id} (teksten mangler)` : target.id;
}

type ResolvedNote =
  | { status: "passages"; source: NoteSource; passages: Passage[]; text: PublicationText }
  | { status: "unchecked"; source: NoteSource; key: string }
  | { status: "broken" };

const quoteList = (items: readonly string[]) => items.map((item) => `»${item}«`).join(", ");
const suggestion = (items: readonly string[]) => (items.length > 0 ? ` Mente du ${quoteList(items)}?` : "");

function resolveLocator(
  source: NoteSource,
  text: PublicationText,
): Resolution | { ok: false; message: string } {
  const locator = source.locator;
  if (!locator || locator.kind === "hele-teksten") return { ok: true, passages: [wholeText(text)] };
  if (locator.kind === "afsnit") return resolveHeading(text, locator.heading, locator.within);
  if (text.rows.length === 0) {
    return {
      ok: false,
      message: `${targetName(source.target, { links: {} })} har ingen tabel. Brug afsnit »<overskrift>« eller hele teksten.`,
    };
  }
  return resolveRow(text, locator.row);
}

function locatorMessage(source: NoteSource, suggestions: readonly string[]): string {
  const name = targetName(source.target, { links: {} });
  const locator = source.locator!;
  if (locator.kind === "afsnit") {
    const inside = locator.within ? ` inden for »${locator.within}«` : "";
    return `${name} har ingen overskrift »${locator.heading}«${inside}.${suggestion(suggestions)} Skriv overskriften, som publikationen trykker den; store og små bogstaver er ligegyldige.`;
  }
  return `Oversigten over indsatser i ${name} har ingen række »${locator.kind === "tabel" ? locator.row : ""}«.${suggestion(suggestions)} Skriv navnet fra tabellens første kolonne (NAVN).`;
}

/** The publication's own title, publisher and date count as part of every passage of it. */
function metadataOf(source: NoteSource): string {
  if (source.target.kind !== "publication") return "";
  const publication = PUBLICATIONS[source.target.id];
  return [publication.title, publication.publisher ?? "", publication.date, publication.short].join("\n");
}

const MAX_COMBINATIONS = 32;

/** Every choice of one passage per note, at most MAX_COMBINATIONS. */
function combinations<T>(lists: readonly (readonly T[])[]): T[][] {
  let result: T[][] = [[]];
  for (const list of lists) {
    result = result.flatMap((partial) => list.map((item) => [...partial, item])).slice(0, MAX_COMBINATIONS);
  }
  return result;
}

type ClaimFinding = { rule: ExceptionRule; value?: string; message: string };

function where(notes: readonly { source: NoteSource; passage: Passage }[]): string {
  return notes
    .map(({ source, passage }) => `${formatNoteSource(source)} (linje ${passage.start}–${passage.end})`)
    .join(" og ");
}

function factFindings(missing: readonly Fact[], place: string): ClaimFinding[] {
  return missing.map((fact) =>
    fact.kind === "tal"
      ? {
          rule: "tal",
          value: fact.raw,
          message: `Tallet »${fact.raw}« står ikke i den passage, noten peger på: ${place}. Ret tallet, eller henvis til den passage, hvor det står.`,
        }
      : {
          rule: "navn",
          value: fact.raw,
          message: `Navnet »${fact.raw}« står ikke i den passage, noten peger på: ${place}. Ret navnet, eller henvis til den passage, hvor det står.`,
        },
  );
}

function hedgeFindings(dropped: readonly DroppedHedge[], place: string): ClaimFinding[] {
  return dropped.map((item) => ({
    rule: "forbehold",
    message: `Kilden tager forbehold ${item.passages
      .map((passage) => `(${quoteList(passage.words)}) i »${passage.text}«`)
      .join(
        " og ",
      )} (${place}), men teksten siger det uden forbehold: »${item.claim}« Behold forbeholdet, eller skriv en undtagelse med begrundelse under sourceExceptions.`,
  }));
}

/** Checks one document; see the module comment. */
export function checkDocument(document: SourceDocument, context: SourceContext): DocumentReport {
  const findings: Finding[] = [];
  const notChecked: NotChecked = {};
  const usedExceptions = new Set<number>();
  const add = (line: number, field: string, rule: SourceRule, message: string) =>
    findings.push({ path: document.path, line, field, rule, message });
  const { notes } = document;

  // Definitions: syntax, label, link ids, the page's source list and the locator, once each.
  const resolved = new Map<string, ResolvedNote>();
  const seenLabels = new Set<string>();
  for (const definition of notes.definitions) {
    const field = `[^${definition.label}]`;
    if (seenLabels.has(definition.label)) {
      add(
        definition.line,
        field,
        "note",
        `Noten ${field} er defineret mere end én gang. Giv hver note sit eget navn.`,
      );
      continue;
    }
    seenLabels.add(definition.label);
    const labelled = document.collection !== "approaches";
    if (
      labelled &&
      (!NOTE_LABEL_PATTERN.test(definition.label) || definition.label.length > MAX_NOTE_LABEL_LENGTH)
    ) {
      add(
        definition.line,
        field,
        "note",
        `Notens navn skal bestå af små bogstaver a–z, tal og bindestreger (højst ${MAX_NOTE_LABEL_LENGTH} tegn), fx [^case].`,
      );
    }
    resolved.set(definition.label, resolveDefinition(definition));
  }

  function resolveDefinition(definition: NoteDefinition): ResolvedNote {
    const field = `[^${definition.label}]`;
    if (!definition.reading.ok) {
      add(definition.line, field, "note", definition.reading.message);
      return { status: "broken" };
    }
    const { source } = definition.reading;
    if (source.target.kind === "link" && !context.links[source.target.id]) {
      add(
        definition.line,
        field,
        "note",
        `link:${source.target.id} findes ikke i content/links.toml. Brug et id derfra, eller tilføj linket dér.`,
      );
      return { status: "broken" };
    }
    if (document.listed && !document.listed.some((target) => sameTarget(target, source.target))) {
      add(
        definition.line,
        field,
        "kildeliste",
        `Noten henviser til ${targetName(source.target, context)}, som ikke står i sidens kildeliste (${document.listedField ?? "sources"}). Tilføj kilden dér, så notens link fører til den.`,
      );
    }
    const key = notCheckedKey(source.target, context.texts);
    if (key !== undefined) return { status: "unchecked", source, key };
    const text = context.texts[(source.target as { id: PublicationId }).id]!;
    const resolution = resolveLocator(source, text);
    if (!resolution.ok) {
      add(
        definition.line,
        field,
        "henvisning",
        "message" in resolution ? resolution.message : locatorMessage(source, resolution.suggestions),
      );
      return { status: "broken" };
    }
    return { status: "passages", source, passages: resolution.passages, text };
  }

  // References without a definition, and definitions nobody uses.
  const referenced = new Set<string>();
  for (const reference of notes.references) {
    referenced.add(reference.label);
    if (!resolved.has(reference.label)) {
      add(
        reference.line,
        `[^${reference.label}]`,
        "note",
        `Noten [^${reference.label}] har ingen definition. Skriv den nederst i brødteksten: [^${reference.label}]: katalog-2022, afsnit »<overskrift>«.`,
      );
    }
  }
  for (const definition of notes.definitions) {
    if (!referenced.has(definition.label)) {
      add(
        definition.line,
        `[^${definition.label}]`,
        "note",
        `Noten [^${definition.label}] bruges ikke. Sæt [^${definition.label}] efter det afsnit, den dokumenterer, eller slet den.`,
      );
    }
  }

  const entryLinkFacts: LinkFacts[] = document.entryLinks.map((id) => ({
    id,
    publisher: context.links[id]?.publisher,
  }));
  let checkedClaims = 0;

  for (const claim of notes.claims) {
    if (claim.editorsNote) {
      if (claim.refs.length > 0) {
        add(
          claim.line,
          claim.refs.map((label) => `[^${label}]`).join(" "),
          "redaktionens-note",
          "Redaktionens note må ikke have en kildehenvisning: enten er teksten redaktionens egen, eller den bygger på kilden. Fjern noten, eller fjern »Redaktionens note:«.",
        );
      }
      continue;
    }
    if (claim.refs.length === 0) continue;
    const claimNotes = claim.refs.map((label) => resolved.get(label)).filter((note) => note !== undefined);
    const checkable = claimNotes.filter((note) => note.status === "passages");
    const unchecked = claimNotes.filter((note) => note.status === "unchecked");
    for (const note of unchecked) notChecked[note.key] = (notChecked[note.key] ?? 0) + 1;

    const candidates: ClaimFinding[][] = [];
    if (checkable.length > 0) {
      checkedClaims++;
      for (const choice of combinations(
        checkable.map((note) => note.passages.map((passage) => ({ note, passage }))),
      )) {
        const text = choice
          .map(({ note, passage }) => applyMisprints(passage.text, note.text.misprints))
          .join("\n");
        const metadata = choice.map(({ note }) => metadataOf(note.source)).join("\n");
        const place = where(choice.map(({ note, passage }) => ({ source: note.source, passage })));
        const found: ClaimFinding[] = [];
        // A fact the claim may owe to a source whose text we do not hold is not judged.
        if (unchecked.length === 0)
          found.push(...factFindings(missingFacts(claim.text, passageFacts(`${text}\n${metadata}`)), place));
        const topics = choice.flatMap(({ passage }) => (passage.heading ? [passage.heading.text] : []));
        found.push(...hedgeFindings(droppedHedges(claim.text, text, topics), place));
        candidates.push(found);
      }
    }
    // Publisher named in the prose for the claim's links (its link notes, or the entry's when it speaks of a link).
    const noteLinks = claimNotes.flatMap((note) =>
      note.status !== "broken" && note.source.target.kind === "link"
        ? [{ id: note.source.target.id, publisher: context.links[note.source.target.id]?.publisher }]
        : [],
    );
    const links = noteLinks.length > 0 ? noteLinks : MENTIONS_LINK.test(claim.text) ? entryLinkFacts : [];
    const publisherFindings: ClaimFinding[] = unlistedPublishers(claim.text, links).map(({ name }) => ({
      rule: "udgiver",
      value: name,
      message: `Teksten nævner »${name}« som udgiver af ${links.map((link) => `link:${link.id}`).join(", ")}, men content/links.toml angiver ${describePublishers(links)}. Et domæne er ikke en udgiver: slet udgiveren fra teksten, eller ret links.toml, hvis en kilde faktisk nævner den.`,
    }));

    const options = candidates.length > 0 ? candidates : [[]];
    const judged = options.map((found) => excuse([...found, ...publisherFindings], claim));
    const best = judged.reduce((a, b) => (b.left.length < a.left.length ? b : a));
    for (const index of best.used) usedExceptions.add(index);
    for (const finding of best.left) add(claim.line, fieldOf(claim), finding.rule, finding.message);
  }

  function excuse(found: ClaimFinding[], claim: Claim) {
    const used = new Set<number>();
    const left = found.filter((finding) => {
      const exception = document.exceptions.find((candidate) =>
        excuses(
          candidate,
          finding.rule,
          claim.text,
          finding.rule === "tal" || finding.rule === "navn" ? finding.value : undefined,
        ),
      );
      if (exception) used.add(exception.index);
      return !exception;
    });
    return { left, used };
  }

  for (const tag of document.approachTags) checkKnownTag(tag);

  function checkKnownTag(tag: ApproachTagInput) {
    if (tag.known !== "katalog") return;
    const field = `approaches[${tag.index}]`;
    const focus = context.focusHeading(tag.id);
    if (!tag.section) {
      add(
        tag.line,
        field,
        "known",
        `Tilgangen ${tag.id} er markeret known: katalog, men section mangler: overskriften på det eksempel eller den case i Marselisborg-kataloget, der står i samme del som fokuspunktet »${focus ?? tag.id}«. Tilføj section, eller skriv known: redaktionen.`,
      );
      return;
    }
    const catalogue = context.texts["katalog-2022"];
    if (!catalogue || !focus) {
      notChecked["known: katalog"] = (notChecked["known: katalog"] ?? 0) + 1;
      return;
    }
    const verdict = judgeKnownTag(catalogue, focus, tag.section);
    if (verdict.ok) return;
    const messages: Record<typeof verdict.reason, string> = {
      "no-focus-point": `Fokuspunktet »${focus}« for tilgangen ${tag.id} står ikke under »Fokuspunkter i lovende praksis« i Marselisborg-kataloget. Ret tilgangens kilde i src/lib/vocabulary/approaches.ts.`,
      "no-heading": `section »${tag.section}« er ikke en overskrift i Marselisborg-kataloget.${suggestion(
        resolveHeading(catalogue, tag.section).ok
          ? []
          : (resolveHeading(catalogue, tag.section) as { suggestions: string[] }).suggestions,
      )} Skriv eksemplets eller casens overskrift, som kataloget trykker den.`,
      "not-an-example": `»${tag.section}« er hverken et eksempel under »Eksempler på lovende praksis« eller en case i Marselisborg-kataloget. Skriv overskriften på det eksempel eller den case, der nævner indsatsen.`,
      "other-part":
        verdict.reason === "other-part"
          ? `Eksemplet »${tag.section}« står under »${verdict.examplePart}«, men fokuspunktet »${focus}« står under ${quoteList(verdict.focusParts)}. Marselisborg-kataloget knytter altså ikke eksemplet til tilgangen; skriv known: redaktionen.`
          : "",
    };
    add(tag.line, `${field}.section`, "known", messages[verdict.reason]);
  }

  for (const exception of document.exceptions) {
    if (!usedExceptions.has(exception.index)) {
      add(
        exception.line,
        `sourceExceptions[${exception.index}]`,
        "undtagelse",
        `Undtagelsen (rule: ${exception.rule}, quote: »${exception.quote}«) bruges ikke: ingen påstand med det citat bryder reglen. Slet den.`,
      );
    }
  }

  const counted = countedClaims(notes);
  findings.sort((a, b) => a.line - b.line);
  return {
    path: document.path,
    findings,
    coverage: { total: counted.length, covered: counted.filter((claim) => claim.covered).length },
    checkedClaims,
    notChecked,
  };
}

function describePublishers(links: readonly LinkFacts[]): string {
  const named = links.filter((link) => link.publisher).map((link) => `»${link.publisher}«`);
  return named.length > 0 ? `kun ${named.join(", ")} som udgiver` : "ingen udgiver (»Udgiver ikke oplyst«)";
}

const fieldOf = (claim: Claim) => claim.refs.map((label) => `[^${label}]`).join(" ") || "brødtekst";
