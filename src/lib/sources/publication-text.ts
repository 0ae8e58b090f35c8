/**
 * A publication's plain text (a seed file) read as an outline: its heading lines, their ranks and the
 * rows of its overview tables, so a locator (`afsnit »…«`, `tabel »…«`, `hele teksten`) resolves to
 * the passage a claim rests on. Pure.
 *
 * The seeds are plain text without Markdown headings. A heading is a short line on its own between
 * blank lines that does not end a sentence. Its rank says how far its passage runs (to the next
 * heading of the same or a higher rank, i.e. a lower or equal number):
 *
 * 1. the publication's parts, as its table of contents names them (profile `parts`);
 * 2. the sections of a part (profile `sections`), e.g. "INDSATSER OMKRING GRUNDSKOLEN";
 * 3. the groups inside a section (profile `groups`): "FOKUSPUNKTER I LOVENDE PRAKSIS",
 *    "EKSEMPLER PÅ LOVENDE PRAKSIS" and every "CASE: …";
 * 4. any other line in capitals: a case's subheadings and fact box ("FAKTABOKS");
 * 5. a line in ordinary case: a focus point or example under a group, an article's subheading.
 *
 * So a case heading covers the whole case with its subheadings and fact box, a subheading covers only
 * its own part, and a focus point covers its own paragraph. After the profile's `tablesFrom` heading,
 * section names are the overview's table groups and rank as groups (3), not as sections.
 */
import { collapse } from "./note-syntax.ts";

export type OutlineProfile = {
  /** Rank 1, compared case-insensitively. */
  parts?: readonly string[];
  /** Rank 2. */
  sections?: readonly string[];
  /** Rank 3: exact names, or patterns. */
  groups?: readonly (string | RegExp)[];
  /** From this heading on, `sections` are table groups (rank 3). */
  tablesFrom?: string;
  /** The table of contents: its lines up to the next part are entries, not headings. */
  contents?: string;
  /** Misprints in the publication and what they stand for (the seeds' README lists them). */
  misprints?: Readonly<Record<string, string>>;
};

export type Heading = { line: number; text: string; key: string; rank: number; end: number };

export type TableRow = { line: number; name: string; key: string; cells: string[] };

export type PublicationText = {
  lines: readonly string[];
  headings: readonly Heading[];
  rows: readonly TableRow[];
  misprints: Readonly<Record<string, string>>;
};

/** A located passage: lines `start`–`end` (1-based, inclusive), the heading line included. */
export type Passage = { start: number; end: number; text: string; heading?: Heading | undefined };

const MAX_HEADING_CHARS = 90;
const MAX_HEADING_WORDS = 14;
/** A heading may end in one of these abbreviations, e.g. "SKUB til unge med ADHD, ADD, autisme, mm." */
const ABBREVIATION_END = /(?:\bmm|\bm\.fl|\bosv|\bmv)\.$/i;
const QUOTES = /^[”“"»«'‘’\s]+|[”“"»«'‘’\s]+$/g;

/** How a heading or row name is compared: quotes and trailing colon dropped, dashes unified, case folded. */
export function headingKey(text: string): string {
  return collapse(text.replace(QUOTES, ""))
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/\s*:\s*$/, "")
    .toLowerCase();
}

/** Row names are compared without any whitespace: the tables break words across lines ("Læringslokomotiv et"). */
export const rowKey = (text: string) => headingKey(text).replace(/\s+/g, "");

const letters = (text: string) => text.replace(/[^\p{L}]/gu, "");
const isCapitals = (text: string) => {
  const l = letters(text);
  return l.length >= 2 && l === l.toUpperCase();
};

function isHeadingLine(line: string, before: string | undefined, after: string | undefined): boolean {
  const text = line.trim();
  if (text === "" || text.includes("\t")) return false;
  if ((before ?? "").trim() !== "" || (after ?? "").trim() !== "") return false;
  if (letters(text).length < 2) return false;
  if (text.length > MAX_HEADING_CHARS || text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/^[-•›>*]\s/.test(text) || /^<?https?:/.test(text) || /\]\(/.test(text)) return false;
  const bare = text.replace(QUOTES, "");
  if (/[.,;!]$/.test(bare) && !ABBREVIATION_END.test(bare)) return false;
  return true;
}

/** Reads a publication's text into headings with ranks and table rows. */
export function readPublication(text: string, profile: OutlineProfile = {}): PublicationText {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const parts = new Set((profile.parts ?? []).map(headingKey));
  const sections = new Set((profile.sections ?? []).map(headingKey));
  const groups = (profile.groups ?? []).map((group) =>
    typeof group === "string" ? headingKey(group) : group,
  );
  const tablesFrom = profile.tablesFrom ? headingKey(profile.tablesFrom) : undefined;
  let inTables = false;
  const contents = profile.contents ? headingKey(profile.contents) : undefined;
  let inContents = false;
  const found: Omit<Heading, "end">[] = [];
  lines.forEach((line, index) => {
    if (!isHeadingLine(line, lines[index - 1], lines[index + 1])) return;
    const text = collapse(line);
    const key = headingKey(text);
    if (inContents && !parts.has(key)) return;
    inContents = key === contents;
    let rank: number;
    if (parts.has(key)) rank = 1;
    else if (sections.has(key)) rank = inTables ? 3 : 2;
    else if (groups.some((group) => (typeof group === "string" ? group === key : group.test(text)))) rank = 3;
    else rank = isCapitals(text) ? 4 : 5;
    found.push({ line: index + 1, text, key, rank });
    if (tablesFrom && key === tablesFrom) inTables = true;
  });
  const headings = found.map((heading, index) => {
    const next = found.slice(index + 1).find((other) => other.rank <= heading.rank);
    return { ...heading, end: next ? next.line - 1 : lines.length };
  });
  const rows: TableRow[] = [];
  lines.forEach((line, index) => {
    const cells = line.split("\t").map((cell) => collapse(cell));
    if (cells.length < 3 || cells[0] === "" || headingKey(cells[0]!) === "navn") return;
    rows.push({ line: index + 1, name: cells[0]!, key: rowKey(cells[0]!), cells });
  });
  return { lines, headings, rows, misprints: profile.misprints ?? {} };
}

const passage = (publication: PublicationText, start: number, end: number, heading?: Heading): Passage => ({
  start,
  end,
  text: publication.lines.slice(start - 1, end).join("\n"),
  heading,
});

/** Every heading with this text, in order. */
export function findHeadings(publication: PublicationText, heading: string): Heading[] {
  const key = headingKey(heading);
  return publication.headings.filter((candidate) => candidate.key === key);
}

export type Resolution = { ok: true; passages: Passage[] } | { ok: false; suggestions: string[] };

/**
 * The passages a heading names: one per occurrence, each running to the next heading of its rank.
 * With `within`, only the occurrences inside the passage of a heading with that text.
 */
export function resolveHeading(publication: PublicationText, heading: string, within?: string): Resolution {
  const outer = within === undefined ? undefined : findHeadings(publication, within);
  if (outer && outer.length === 0) {
    return {
      ok: false,
      suggestions: nearest(
        within!,
        publication.headings.map((candidate) => candidate.text),
      ),
    };
  }
  const matches = findHeadings(publication, heading).filter(
    (match) => !outer || outer.some((parent) => parent.line < match.line && parent.end >= match.line),
  );
  if (matches.length > 0) {
    return { ok: true, passages: matches.map((match) => passage(publication, match.line, match.end, match)) };
  }
  return {
    ok: false,
    suggestions: nearest(
      heading,
      publication.headings.map((candidate) => candidate.text),
    ),
  };
}

/** A row of the overview tables by the name in its first column. */
export function resolveRow(publication: PublicationText, name: string): Resolution {
  const key = rowKey(name);
  const matches = publication.rows.filter(
    (row) => row.key === key || rowKey(applyMisprints(row.name, publication.misprints)) === key,
  );
  if (matches.length > 0)
    return { ok: true, passages: matches.map((row) => passage(publication, row.line, row.line)) };
  return {
    ok: false,
    suggestions: nearest(
      name,
      publication.rows.map((row) => row.name),
    ),
  };
}

/** The whole text as one passage. */
export const wholeText = (publication: PublicationText): Passage =>
  passage(publication, 1, publication.lines.length);

/** The text with the publication's misprints corrected. */
export function applyMisprints(text: string, misprints: Readonly<Record<string, string>>): string {
  let result = text;
  for (const [printed, meant] of Object.entries(misprints)) result = result.split(printed).join(meant);
  return result;
}

function nearest(wanted: string, candidates: readonly string[]): string[] {
  const key = headingKey(wanted);
  const scored = [...new Set(candidates)].map((candidate) => ({
    candidate,
    score: similarity(key, headingKey(candidate)),
  }));
  const ranked = scored.filter((item) => item.score >= 0.5).sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  // Only the close calls: a heading that merely shares a word with the wanted one is no help.
  return ranked
    .filter((item) => item.score >= top - 0.1)
    .slice(0, 3)
    .map((item) => item.candidate);
}

/** Share of the wanted text's character pairs that the candidate also has (Dice on bigrams). */
function similarity(a: string, b: string): number {
  const pairs = (text: string) => {
    const list: string[] = [];
    for (let i = 0; i < text.length - 1; i++) list.push(text.slice(i, i + 2));
    return list;
  };
  const left = pairs(a);
  const right = pairs(b);
  if (left.length === 0 || right.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const pair of right) pool.set(pair, (pool.get(pair) ?? 0) + 1);
  let shared = 0;
  for (const pair of left) {
    const count = pool.get(pair) ?? 0;
    if (count > 0) {
      shared++;
      pool.set(pair, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** The nearest enclosing heading of at most `rank` for a line, if any. */
export function enclosing(publication: PublicationText, line: number, rank: number): Heading | undefined {
  let found: Heading | undefined;
  for (const heading of publication.headings) {
    if (heading.line >= line) break;
    if (heading.rank <= rank && heading.end >= line) found = heading;
  }
  return found;
}
