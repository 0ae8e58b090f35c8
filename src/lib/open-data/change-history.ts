/**
 * Each entry's change history, read from one `git log` over the content folder. Pages are Danish and
 * commit subjects are English notes for developers, so a change is described by `describeChange`: the
 * commit's own Danish »Ændring:« line when it has one, else a neutral Danish description. Commit text is
 * untrusted: it is kept as plain strings (control and invisible characters removed, length capped) and
 * rendered through Astro's escaping like any other content, never as HTML. A commit date is never shown
 * later than the build's own time (shownDate).
 *
 * A second, narrower pass finds the commits that changed an entry's status or confirmation, and reads the
 * file before and after each of them (`git cat-file --batch`), so a status change or a confirmation shows
 * as an event in the entry's history and in the feed.
 */
import { personNameProblem } from "../schema/confirmation.ts";
import { isoDate, formatDate } from "../site/format.ts";
import { parseCalendarDate } from "../schema/date-field.ts";
import { CONFIRMATION_METHODS, type ConfirmationMethod } from "../vocabulary/confirmation.ts";
import { STATUSES, type StatusSlug } from "../vocabulary/statuses.ts";

/** What a change did that readers and subscribers should see: a new status or a confirmation. */
export type HistoryEvent =
  | { kind: "status"; from: StatusSlug; to: StatusSlug }
  | { kind: "confirmed"; date: Date; by: string | undefined; how: ConfirmationMethod | undefined };

export type Change = {
  hash: string;
  date: Date;
  summary: string;
  /** Status changes and confirmations this commit made to the entry; empty for other edits. */
  events: readonly HistoryEvent[];
  /** The entry's file in this commit, and before it (undefined when the commit added it). */
  file: { path: string; before: string | undefined };
};

export type ChangeHistory =
  { available: true; changes: ReadonlyMap<string, readonly Change[]> } | { available: false; reason: string };

/** Entries show at most this many changes, newest first, and link to the repository for the rest. */
export const CHANGES_SHOWN = 5;

/**
 * With -z, git separates every field of the output by NUL, which no subject or file name can contain.
 * Each commit starts with a RECORD-marked hash, then its date and subject; the parser reads them by
 * position, so a subject holding the marker or anything else cannot start a record of its own.
 */
const RECORD = "\u001e";

/** The arguments for the one `git log` pass: every non-merge commit under the folder, with renames. */
export const GIT_LOG_ARGS = [
  "log",
  "--no-merges",
  "--relative",
  "-M",
  "--name-status",
  "--no-color",
  "-z",
  `--format=${RECORD}%H%x00%cI%x00%s%x00%b`,
  "--",
  ".",
] as const;

const MAX_SUMMARY = 200;

/** The line a commit message may carry for readers of the site: `Ændring: Nye resultattal fra 2024`. */
export const DESCRIPTION_TRAILER = "Ændring";

/** How a change without its own description is described, by what the commit did to the file. */
export const NEUTRAL_DESCRIPTIONS = {
  added: "Første udgave",
  renamed: "Flyttet til en ny adresse",
  modified: "Redaktionel opdatering",
} as const;

/** Commits from the browser editor (Decap CMS), by what they did. */
export const EDITOR_DESCRIPTIONS = {
  created: "Oprettet i redigeringsværktøjet",
  updated: "Rettet i redigeringsværktøjet",
} as const;

export type FileChange = keyof typeof NEUTRAL_DESCRIPTIONS;

const TRAILER_LINE = new RegExp(`^[ \\t]*${DESCRIPTION_TRAILER}:[ \\t]*(\\S.*)$`, "gimu");
/**
 * Decap's commit messages: `Update Indsats “slug”` (its default templates, in English) or a Danish
 * template of the same shape; GitHub adds ` (#12)` when the editor's pull request is squash-merged,
 * and the body then says it was merged on Decap CMS.
 */
const EDITOR_SUBJECT = /^(\p{L}+) [\p{L} ]+ “[^”]*”(?: \(#\d+\))?$/u;
const EDITOR_BODY = /Merged on Decap CMS/;
const CREATE_VERBS = /^(create|opret|tilføj)/i;

/**
 * The Danish description a page shows for one commit: its »Ændring:« lines (anywhere in the body, so they
 * survive a squash merge, which joins the commits' messages), else a description of an editor commit, else
 * a neutral one from what the commit did to the file. The English subject itself is never shown.
 */
export function describeChange(subject: string, body: string, change: FileChange): string {
  const lines = [...body.matchAll(TRAILER_LINE)].map((match) => cleanSummary(match[1]!));
  const own = [...new Set(lines)].join(" ");
  if (own) return cleanSummary(own);
  const editor = EDITOR_SUBJECT.exec(subject.trim());
  if (editor || EDITOR_BODY.test(body)) {
    return CREATE_VERBS.test(editor?.[1] ?? "") ? EDITOR_DESCRIPTIONS.created : EDITOR_DESCRIPTIONS.updated;
  }
  return NEUTRAL_DESCRIPTIONS[change];
}

/** Control characters and line or paragraph separators: they become a space. */
const BREAKING = /[\p{Cc}\p{Zl}\p{Zp}]/gu;
/**
 * Characters that draw nothing or steer how text is shown: format characters (zero-width space, word
 * joiner, soft hyphen, bidi controls, tag characters that can spell a hidden message), other default
 * ignorables (variation selectors, Hangul fillers), private use, lone surrogates and noncharacters.
 */
const INVISIBLE =
  /[\p{Cf}\p{Co}\p{Cs}\p{Default_Ignorable_Code_Point}\p{Noncharacter_Code_Point}\u2800\u115F\u1160\u3164\uFFA0]/gu;

/**
 * Commit text as safe plain text: invisible and format characters removed, control characters and
 * line breaks made spaces, NFC, one line, at most MAX_SUMMARY characters (whole code points).
 */
export function cleanSummary(subject: string): string {
  const text = subject
    .normalize("NFC")
    .replace(BREAKING, " ")
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length === 0) return "(uden beskrivelse)";
  const chars = [...text];
  return chars.length > MAX_SUMMARY
    ? `${chars
        .slice(0, MAX_SUMMARY - 1)
        .join("")
        .trimEnd()}…`
    : text;
}

/**
 * The date a page shows for a commit: its committer date, but never later than `buildTime`. A commit
 * in the build was made before the build, so a later date is false (a clock set wrong, or a date set
 * on purpose to pin an entry to the top of the feed); the build's own time is the latest true bound.
 */
export function shownDate(date: Date, buildTime: Date): Date {
  return date.getTime() > buildTime.getTime() ? new Date(buildTime.getTime()) : date;
}

/**
 * Parses `git log` output (GIT_LOG_ARGS) into the commits that touched each current file, newest
 * first. `files` maps current file names, relative to the folder, to entry ids. Renames are followed
 * backwards: once a commit renamed old → new, older commits on `old` belong to the same entry.
 */
export function parseGitLog(
  output: string,
  files: ReadonlyMap<string, string>,
  buildTime: Date = new Date(),
): Map<string, Change[]> {
  const owner = new Map(files);
  const changes = new Map<string, Change[]>();
  const tokens = output.split("\0").map((token) => token.replace(/^\n+/, ""));
  let i = 0;
  while (i < tokens.length) {
    const head = tokens[i++]!;
    if (!head.startsWith(RECORD)) continue;
    const hash = head.slice(1);
    const date = shownDate(new Date(tokens[i++] ?? ""), buildTime);
    const subject = tokens[i++] ?? "";
    const body = tokens[i++] ?? "";
    const touched = new Map<string, { change: FileChange; path: string; before: string | undefined }>();
    // File lines follow until the next record: a status, then one path, or two for a rename or copy.
    while (i < tokens.length && /^[ACDMRTUXB]\d*$/.test(tokens[i]!)) {
      const status = tokens[i++]!;
      const paths = /^[RC]/.test(status) ? [tokens[i++]!, tokens[i++]!] : [tokens[i++]!];
      const path = paths.at(-1)!;
      const id = owner.get(path);
      if (id === undefined) continue;
      const change: FileChange = status.startsWith("A")
        ? "added"
        : status.startsWith("R")
          ? "renamed"
          : "modified";
      touched.set(id, { change, path, before: change === "added" ? undefined : paths[0]! });
      if (status.startsWith("R")) {
        owner.delete(path);
        owner.set(paths[0]!, id);
      } else if (status === "A") {
        // Before it was added, a file of the same name belonged to another entry's history.
        owner.delete(path);
      }
    }
    if (!/^[0-9a-f]{7,64}$/.test(hash) || Number.isNaN(date.getTime())) continue;
    for (const [id, { change, path, before }] of touched) {
      const list = changes.get(id) ?? [];
      list.push({
        hash,
        date,
        summary: describeChange(subject, body, change),
        events: [],
        file: { path, before },
      });
      changes.set(id, list);
    }
  }
  return changes;
}

/** The entry's newest change date, or undefined when the history has none. */
export function lastChange(history: ChangeHistory, id: string): Date | undefined {
  return history.available ? history.changes.get(id)?.[0]?.date : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Status changes and confirmations, read from the entry's file before and after each commit that touched
// those lines. The file's text is untrusted history: only a known status, a real date, a known method and
// a confirmer that passes the name rule are shown; anything else is left out rather than guessed.

/** Frontmatter lines whose change makes a commit worth reading for events (git log -G, extended regex). */
export const STATE_LINES = "^(status|confirmed|  (date|by|how|link)):";

/** The hashes of commits that changed such a line in the folder. */
export const STATE_LOG_ARGS = [
  "log",
  "--no-merges",
  "--relative",
  "-M",
  "--no-color",
  "--format=%H",
  `-G${STATE_LINES}`,
  "--",
  ".",
] as const;

/** At most this many file versions are read for events in one build. */
export const MAX_STATE_READS = 4000;

/** What an entry's file said about its status and confirmation at one commit. */
export type EntryState = {
  status: StatusSlug;
  confirmed: { date: Date; by: string | undefined; how: ConfirmationMethod | undefined } | undefined;
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The status and confirmation a file version's frontmatter states (as the shared reader parsed it), or
 * undefined when there is none to read.
 */
export function entryState(data: unknown): EntryState | undefined {
  if (!isObject(data)) return undefined;
  const status =
    typeof data["status"] === "string" && Object.hasOwn(STATUSES, data["status"])
      ? data["status"]
      : data["status"] === undefined
        ? "ukendt"
        : undefined;
  if (status === undefined) return undefined;
  const confirmed = data["confirmed"];
  const date =
    isObject(confirmed) && typeof confirmed["date"] === "string"
      ? parseCalendarDate(confirmed["date"])
      : undefined;
  const by =
    isObject(confirmed) && typeof confirmed["by"] === "string" ? cleanSummary(confirmed["by"]) : undefined;
  const how =
    isObject(confirmed) &&
    typeof confirmed["how"] === "string" &&
    Object.hasOwn(CONFIRMATION_METHODS, confirmed["how"])
      ? (confirmed["how"] as ConfirmationMethod)
      : undefined;
  return {
    status: status as StatusSlug,
    confirmed: date
      ? { date, by: by !== undefined && personNameProblem(by) === undefined ? by : undefined, how }
      : undefined,
  };
}

/** The events between two versions of a file; `before` is undefined for the version that added it. */
export function stateEvents(before: EntryState | undefined, after: EntryState | undefined): HistoryEvent[] {
  if (!after) return [];
  const events: HistoryEvent[] = [];
  if (before && before.status !== after.status)
    events.push({ kind: "status", from: before.status, to: after.status });
  const confirmed = after.confirmed;
  const previous = before?.confirmed;
  if (
    confirmed &&
    (!previous || isoDate(previous.date) !== isoDate(confirmed.date) || previous.by !== confirmed.by)
  ) {
    events.push({ kind: "confirmed", ...confirmed });
  }
  return events;
}

/** An event in Danish, as the entry's history and the feed say it. */
export function eventText(event: HistoryEvent): string {
  if (event.kind === "status")
    return `Status ændret fra »${STATUSES[event.from].label}« til »${STATUSES[event.to].label}«`;
  const how = event.how ? ` ${CONFIRMATION_METHODS[event.how].text}` : "";
  return `Bekræftet af ${event.by ?? "den ansvarlige"} den ${formatDate(event.date)}${how}`;
}

/** The blob requests for `git cat-file --batch`: each change's file after and before the commit. */
export function stateRequests(change: Change): [string, string | undefined] {
  return [
    `${change.hash}:./${change.file.path}`,
    change.file.before === undefined ? undefined : `${change.hash}^:./${change.file.before}`,
  ];
}

/**
 * Splits `git cat-file --batch` output into the objects asked for, in order: a header line
 * "<oid> <type> <size>", then exactly <size> bytes and a newline; or "<name> missing". Reading by size,
 * never by searching the content, so no file text can shift the next object.
 */
export function parseCatFileBatch(output: Uint8Array, count: number): (Uint8Array | undefined)[] {
  const objects: (Uint8Array | undefined)[] = [];
  let at = 0;
  const decoder = new TextDecoder();
  while (objects.length < count && at < output.length) {
    const end = output.indexOf(0x0a, at);
    if (end === -1) break;
    const header = decoder.decode(output.subarray(at, end));
    at = end + 1;
    const match = /^[0-9a-f]{7,64} (\w+) (\d+)$/.exec(header);
    if (!match) {
      objects.push(undefined);
      continue;
    }
    const size = Number(match[2]);
    objects.push(match[1] === "blob" ? output.subarray(at, at + size) : undefined);
    at += size + 1;
  }
  while (objects.length < count) objects.push(undefined);
  return objects;
}

/** One line of an entry's history as pages and the feed show it. */
export type HistoryLine = {
  /** Stable within the entry: the commit and the event's place in it, or the confirmation's date. */
  key: string;
  date: Date;
  text: string;
  /** The commit, where the event comes from one. */
  hash: string | undefined;
};

/**
 * The status changes and confirmations of one entry, newest first. The entry's current confirmation is
 * included even when no commit shows it (a build without history, or not yet committed), dated by itself.
 */
export function entryEvents(
  history: ChangeHistory,
  id: string,
  confirmed: { date: Date; by: string; how: ConfirmationMethod } | undefined,
): HistoryLine[] {
  const changes = history.available ? (history.changes.get(id) ?? []) : [];
  const lines: HistoryLine[] = changes.flatMap((change) =>
    change.events.map((event, index) => ({
      key: `${change.hash}-${index + 1}`,
      date: change.date,
      text: eventText(event),
      hash: change.hash,
    })),
  );
  const known = changes.some((change) =>
    change.events.some(
      (event) => event.kind === "confirmed" && confirmed && isoDate(event.date) === isoDate(confirmed.date),
    ),
  );
  if (confirmed && !known) {
    lines.push({
      key: `bekraeftet-${isoDate(confirmed.date)}`,
      date: confirmed.date,
      text: eventText({ kind: "confirmed", ...confirmed }),
      hash: undefined,
    });
  }
  return lines.sort((a, b) => b.date.getTime() - a.date.getTime());
}
