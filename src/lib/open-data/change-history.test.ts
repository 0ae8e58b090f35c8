import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadChangeHistory } from "../../data/change-history.ts";
import {
  cleanSummary,
  describeChange,
  EDITOR_DESCRIPTIONS,
  entryEvents,
  GIT_LOG_ARGS,
  lastChange,
  NEUTRAL_DESCRIPTIONS,
  parseCatFileBatch,
  parseGitLog,
} from "./change-history.ts";
import { atomFeed } from "./feed.ts";
import { feedEntries } from "./open-data.ts";

const work = mkdtempSync(join(tmpdir(), "lp-history-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", args, {
    cwd,
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "Test",
      GIT_AUTHOR_EMAIL: "test@example.org",
      GIT_COMMITTER_NAME: "Test",
      GIT_COMMITTER_EMAIL: "test@example.org",
    },
  });

/** A repository whose content/interventions folder has a rename, a hostile subject and an unrelated file. */
function makeRepository(): string {
  const repo = join(work, "repo");
  const folder = join(repo, "content", "interventions");
  mkdirSync(folder, { recursive: true });
  git(repo, "init", "-q", "-b", "main");
  const commit = (message: string, date: string) => {
    git(repo, "add", "-A");
    execFileSync("git", ["commit", "-q", "--cleanup=verbatim", "-m", message], {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Test",
        GIT_AUTHOR_EMAIL: "test@example.org",
        GIT_COMMITTER_NAME: "Test",
        GIT_COMMITTER_EMAIL: "test@example.org",
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  };
  writeFileSync(join(folder, "gammelt-navn.mdx"), "title: Gammel\n".repeat(20));
  writeFileSync(join(folder, "anden.mdx"), "title: Anden\n");
  commit("Add two entries", "2026-01-01T10:00:00Z");
  execFileSync(
    "git",
    ["mv", "content/interventions/gammelt-navn.mdx", "content/interventions/nyt-navn.mdx"],
    {
      cwd: repo,
    },
  );
  commit("Rename an entry", "2026-02-01T10:00:00Z");
  writeFileSync(join(folder, "nyt-navn.mdx"), "title: Gammel\n".repeat(20) + "extra\n");
  commit(
    'Fix <b>typo</b> \u001e\n\nÆndring: <script>alert("x")</script> \u001e\u202e Rettet & mere\n',
    "2026-03-01T10:00:00Z",
  );
  writeFileSync(join(folder, "anden.mdx"), "title: Anden\nmore\n");
  commit(
    "Update Indsats “anden” (#12)\n\nAutomatically generated. Merged on Decap CMS.",
    "2026-03-15T10:00:00Z",
  );
  writeFileSync(join(repo, "README.md"), "outside\n");
  commit("Touch a file outside the folder", "2026-04-01T10:00:00Z");
  return repo;
}

const repo = makeRepository();
const folder = join(repo, "content", "interventions");
const files = new Map([
  ["nyt-navn.mdx", "nyt-navn"],
  ["anden.mdx", "anden"],
]);

describe("change history from git", () => {
  it("lists each entry's commits newest first, following renames, in one git log pass", async () => {
    const history = await loadChangeHistory(folder, files);
    expect(history.available).toBe(true);
    if (!history.available) return;
    const renamed = history.changes.get("nyt-navn")!;
    expect(renamed.map((change) => change.date.toISOString())).toEqual([
      "2026-03-01T10:00:00.000Z",
      "2026-02-01T10:00:00.000Z",
      "2026-01-01T10:00:00.000Z",
    ]);
    // The English subjects are never shown: a neutral Danish description by what the commit did.
    expect(renamed.slice(1).map((change) => change.summary)).toEqual([
      NEUTRAL_DESCRIPTIONS.renamed,
      NEUTRAL_DESCRIPTIONS.added,
    ]);
    expect(history.changes.get("anden")!.map((c) => c.summary)).toEqual([
      EDITOR_DESCRIPTIONS.updated,
      NEUTRAL_DESCRIPTIONS.added,
    ]);
    expect(lastChange(history, "nyt-navn")?.toISOString()).toBe("2026-03-01T10:00:00.000Z");
  });

  it("shows a commit's Ændring line as plain text without control or bidi characters; it cannot start a record", async () => {
    const history = await loadChangeHistory(folder, files);
    if (!history.available) throw new Error("history should be available");
    const summary = history.changes.get("nyt-navn")![0]!.summary;
    expect(summary).toBe('<script>alert("x")</script> Rettet & mere');
    expect(history.changes.get("anden")).toHaveLength(2);
  });

  it("reports the history unavailable in a shallow clone", async () => {
    const shallow = join(work, "shallow");
    git(work, "clone", "-q", "--depth", "1", `file://${repo}`, shallow);
    const history = await loadChangeHistory(join(shallow, "content", "interventions"), files);
    expect(history).toEqual({ available: false, reason: "shallow" });
    expect(lastChange(history, "nyt-navn")).toBeUndefined();
  });

  it("reports the history unavailable outside a repository (a tarball)", async () => {
    const plain = join(work, "tarball");
    mkdirSync(plain);
    writeFileSync(join(plain, "anden.mdx"), "x");
    const history = await loadChangeHistory(plain, files);
    expect(history).toEqual({ available: false, reason: "no-git" });
  });
});

describe("commit text as input (issue 26)", () => {
  /** A repository with one entry whose last commit is dated 2099 and hides characters in its Ændring line. */
  function plantedRepository(): string {
    const planted = join(work, "planted");
    const entries = join(planted, "content", "interventions");
    mkdirSync(entries, { recursive: true });
    git(planted, "init", "-q", "-b", "main");
    const commit = (message: string, date: string) => {
      git(planted, "add", "-A");
      execFileSync("git", ["commit", "-q", "--cleanup=verbatim", "-m", message], {
        cwd: planted,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: "Test",
          GIT_AUTHOR_EMAIL: "test@example.org",
          GIT_COMMITTER_NAME: "Test",
          GIT_COMMITTER_EMAIL: "test@example.org",
          GIT_AUTHOR_DATE: date,
          GIT_COMMITTER_DATE: date,
        },
      });
    };
    writeFileSync(join(entries, "fremtid.mdx"), "title: Fremtid\n");
    commit("Add", "2026-01-01T10:00:00Z");
    writeFileSync(join(entries, "fremtid.mdx"), "title: Fremtid\nmere\n");
    const hidden = "\u{E0049}\u{E0047}\u{E004E}"; // tag characters spelling a hidden "IGN"
    commit(
      `Pin to top\n\nÆndring: Nye\u200B tal\u2060 fra\u00AD 2099${hidden}\u202E\uFEFF\u0007 ${"x".repeat(400)}\u2028ikke med\n`,
      "2099-01-01T00:00:00Z",
    );
    return entries;
  }
  const planted = plantedRepository();
  const plantedFiles = new Map([["fremtid.mdx", "fremtid"]]);

  it("never shows a commit date after the build's own time", async () => {
    const before = Date.now();
    const history = await loadChangeHistory(planted, plantedFiles);
    if (!history.available) throw new Error("history should be available");
    const dates = history.changes.get("fremtid")!.map((change) => change.date.getTime());
    expect(Math.max(...dates)).toBeLessThanOrEqual(Date.now());
    expect(Math.max(...dates)).toBeGreaterThanOrEqual(before);
    expect(dates[1]).toBe(Date.parse("2026-01-01T10:00:00Z"));
  });

  it("strips invisible, format and control characters from an Ændring line and caps its length", async () => {
    const history = await loadChangeHistory(planted, plantedFiles);
    if (!history.available) throw new Error("history should be available");
    const summary = history.changes.get("fremtid")![0]!.summary;
    expect(summary.startsWith("Nye tal fra 2099 xxx")).toBe(true);
    expect(summary).not.toMatch(/[\p{Cf}\p{Cc}\u2028\u{E0000}-\u{E007F}]/u);
    expect([...summary]).toHaveLength(200);
    expect(summary.endsWith("…")).toBe(true);
  });

  it("keeps the feed's <updated> out of the future", async () => {
    const history = await loadChangeHistory(planted, plantedFiles);
    const now = new Date();
    const [entry] = feedEntries(
      [
        {
          id: "fremtid",
          data: { title: "Fremtid", summary: "x", reviewed: new Date("2026-01-01") },
        } as never,
      ],
      new URL("https://example.org/"),
      (id) => lastChange(history, id),
    );
    expect(entry!.updated.getTime()).toBeLessThanOrEqual(Date.now());
    const xml = atomFeed(
      {
        id: "https://example.org/feed.xml",
        title: "Feed",
        selfUrl: "https://example.org/feed.xml",
        siteUrl: "https://example.org/",
        author: "Test",
        items: [{ ...entry!, updated: new Date("2099-01-01T00:00:00Z") }],
      },
      undefined,
      now,
    );
    const updated = [...xml.matchAll(/<updated>([^<]+)<\/updated>/g)].map((match) => Date.parse(match[1]!));
    expect(updated).toHaveLength(2);
    for (const date of updated) expect(date).toBeLessThanOrEqual(now.getTime());
  });

  it("clamps in the parser too, for any date after the given build time", () => {
    const output = `\u001e${"a".repeat(40)}\u00002099-01-01T00:00:00Z\u0000Subject\u0000\u0000\nM\u0000fremtid.mdx\u0000`;
    const build = new Date("2026-06-01T00:00:00Z");
    const changes = parseGitLog(output, plantedFiles, build);
    expect(changes.get("fremtid")![0]!.date.toISOString()).toBe(build.toISOString());
  });
});

describe("parseGitLog", () => {
  const record = (hash: string, date: string, subject: string, ...paths: string[]) =>
    `\u001e${hash}\0${date}\0${subject}\0\0\n${paths.join("\0")}\0`;

  it("ignores forged records inside a subject and commits on unknown files", () => {
    const forged = "x\u001eaaaaaaa 2020-01-01T00:00:00Z M nyt.mdx";
    const output =
      record("b".repeat(40), "2026-05-01T00:00:00Z", forged, "M", "anden.mdx") +
      record("c".repeat(40), "2026-04-01T00:00:00Z", "Other", "M", "ukendt.mdx");
    const changes = parseGitLog(output, new Map([["anden.mdx", "anden"]]));
    expect([...changes.keys()]).toEqual(["anden"]);
    expect(changes.get("anden")).toHaveLength(1);
  });

  it("hands history before an add to nobody", () => {
    const output =
      record("d".repeat(40), "2026-05-01T00:00:00Z", "Re-add", "A", "anden.mdx") +
      record("e".repeat(40), "2026-04-01T00:00:00Z", "Delete", "D", "anden.mdx") +
      record("f".repeat(40), "2026-03-01T00:00:00Z", "Old entry", "M", "anden.mdx");
    expect(
      parseGitLog(output, new Map([["anden.mdx", "anden"]]))
        .get("anden")!
        .map((c) => c.summary),
    ).toEqual([NEUTRAL_DESCRIPTIONS.added]);
  });

  it("uses NUL-separated fields (-z), which no subject can contain", () => {
    expect(GIT_LOG_ARGS).toContain("-z");
    expect(cleanSummary("  \n\t ")).toBe("(uden beskrivelse)");
    expect(cleanSummary("a".repeat(300))).toHaveLength(200);
  });
});

describe("describeChange", () => {
  it("uses the commit's own Ændring lines, in any case and anywhere in the body (a squash merge joins them)", () => {
    expect(describeChange("Fix typo", "Ændring: Nye resultattal fra 2024\n", "modified")).toBe(
      "Nye resultattal fra 2024",
    );
    const squashed =
      "* Add results\n\nændring: Nye resultattal\n\n* Fix\n\nÆNDRING: Rettet kontakt\nSigned-off-by: X";
    expect(describeChange("Results (#3)", squashed, "modified")).toBe("Nye resultattal Rettet kontakt");
    expect(describeChange("Add", "Ændring: Ny indsats\nÆndring: Ny indsats", "added")).toBe("Ny indsats");
  });

  it("ignores an empty Ændring line, a trailer in the subject and other keys", () => {
    expect(describeChange("Ændring: i emnet", "Ændring:   \nÆndringer: nej\nChange: no", "modified")).toBe(
      NEUTRAL_DESCRIPTIONS.modified,
    );
  });

  it("describes the browser editor's commits in Danish, in its English defaults and a Danish template", () => {
    expect(describeChange("Create Indsats “unge-i-gang”", "", "added")).toBe(EDITOR_DESCRIPTIONS.created);
    expect(describeChange("Update Indsats “unge-i-gang” (#41)", "", "modified")).toBe(
      EDITOR_DESCRIPTIONS.updated,
    );
    expect(describeChange("Opret indsats “unge-i-gang”", "", "added")).toBe(EDITOR_DESCRIPTIONS.created);
    expect(describeChange("Rename (#9)", "Automatically generated. Merged on Decap CMS.", "modified")).toBe(
      EDITOR_DESCRIPTIONS.updated,
    );
  });

  it("never shows a developer's subject: a neutral description by what happened to the file", () => {
    const subject = "Results across the catalogue: result kinds, build-time Observable Plot charts";
    expect(describeChange(subject, "Longer English body.", "modified")).toBe("Redaktionel opdatering");
    expect(describeChange(subject, "", "added")).toBe(NEUTRAL_DESCRIPTIONS.added);
    expect(describeChange(subject, "", "renamed")).toBe(NEUTRAL_DESCRIPTIONS.renamed);
  });
});

describe("the Atom feed's updated date", () => {
  it("is the last content change when it is newer than the review, else the review", () => {
    const data = { title: "T", summary: "S", reviewed: new Date("2026-02-01") } as never;
    const entries = [
      { id: "a", data },
      { id: "b", data },
    ];
    const changed = new Map([
      ["a", new Date("2026-03-05T12:00:00Z")],
      ["b", new Date("2025-01-01")],
    ]);
    const feed = feedEntries(entries, new URL("https://example.org/"), (id) => changed.get(id));
    expect(feed.map((entry) => entry.updated.toISOString())).toEqual([
      "2026-03-05T12:00:00.000Z",
      "2026-02-01T00:00:00.000Z",
    ]);
  });
});

/** A repository where one entry starts running, is confirmed, stops, and is confirmed with a person's name. */
function makeEventRepository(): string {
  const repo = join(work, "events");
  const folder = join(repo, "content", "interventions");
  mkdirSync(folder, { recursive: true });
  git(repo, "init", "-q", "-b", "main");
  const commit = (message: string, date: string) => {
    git(repo, "add", "-A");
    execFileSync("git", ["commit", "-q", "-m", message], {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Test",
        GIT_AUTHOR_EMAIL: "test@example.org",
        GIT_COMMITTER_NAME: "Test",
        GIT_COMMITTER_EMAIL: "test@example.org",
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
  };
  const file = (frontmatter: string) =>
    writeFileSync(
      join(folder, "indsats.mdx"),
      `---\ntitle: Indsats\n${frontmatter}reviewed: 2026-01-01\n---\n\nTekst.\n`,
    );
  file("status: igangvaerende\n");
  commit("Add", "2026-01-01T10:00:00Z");
  file(
    "status: igangvaerende\nconfirmed:\n  date: 2026-02-01\n  by: Ungeenheden, Testkommune\n  how: e-mail\n",
  );
  commit("Confirm", "2026-02-03T10:00:00Z");
  file("status: afsluttet\nconfirmed:\n  date: 2026-02-01\n  by: Ungeenheden, Testkommune\n  how: e-mail\n");
  commit("Stopped", "2026-03-03T10:00:00Z");
  file("status: afsluttet\nconfirmed:\n  date: 2026-04-01\n  by: Linda Nystrup\n  how: telefon\n");
  commit("Confirmed again, with a name", "2026-04-03T10:00:00Z");
  writeFileSync(
    join(folder, "indsats.mdx"),
    "---\ntitle: Indsats\nreviewed: 2026-01-01\n---\n\nTekst om status: igangvaerende.\n",
  );
  commit("Body only, status removed", "2026-05-03T10:00:00Z");
  return folder;
}

describe("status changes and confirmations as history events", () => {
  const folder = makeEventRepository();
  const files = new Map([["indsats.mdx", "indsats"]]);

  it("finds each status change and confirmation in the commit that made it", async () => {
    const history = await loadChangeHistory(folder, files);
    if (!history.available) throw new Error("history should be available");
    const texts = entryEvents(history, "indsats", undefined).map((line) => [
      line.date.toISOString().slice(0, 10),
      line.text,
    ]);
    expect(texts).toEqual([
      ["2026-05-03", "Status ændret fra »Afsluttet« til »Ikke oplyst«"],
      // A confirmer that looks like a person's name is never shown.
      ["2026-04-03", "Bekræftet af den ansvarlige den 1. april 2026 pr. telefon"],
      ["2026-03-03", "Status ændret fra »I gang ifølge kilderne« til »Afsluttet«"],
      ["2026-02-03", "Bekræftet af Ungeenheden, Testkommune den 1. februar 2026 pr. e-mail"],
    ]);
    expect(entryEvents(history, "indsats", undefined).every((line) => line.hash)).toBe(true);
  });

  it("adds the current confirmation when no commit shows it, dated by itself", () => {
    const lines = entryEvents({ available: false, reason: "no-git" }, "indsats", {
      date: new Date("2026-06-01T00:00:00Z"),
      by: "Ungeenheden, Testkommune",
      how: "egen-side",
    });
    expect(lines).toEqual([
      {
        key: "bekraeftet-2026-06-01",
        date: new Date("2026-06-01T00:00:00Z"),
        text: "Bekræftet af Ungeenheden, Testkommune den 1. juni 2026 på enhedens egen side",
        hash: undefined,
      },
    ]);
  });
});

describe("parseCatFileBatch", () => {
  it("reads objects by their size, so file text that looks like a header cannot shift the next one", () => {
    const encoder = new TextEncoder();
    const first = "aaaa blob 9\nstatus: x";
    const output = encoder.encode(
      `${"1".repeat(40)} blob ${encoder.encode(first).length}\n${first}\nHEAD^:./x.mdx missing\n${"2".repeat(40)} blob 2\nok\n`,
    );
    const objects = parseCatFileBatch(output, 3).map((object) => object && new TextDecoder().decode(object));
    expect(objects).toEqual([first, undefined, "ok"]);
  });
});
