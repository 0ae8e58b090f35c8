/**
 * Synthetic catalogues for the scale benchmark: any number of valid interventions with 300–600 words of
 * generated Danish-like text, tags from the real vocabularies, three phase introductions and a links file.
 * Deterministic for a given seed, so runs are comparable.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import {
  ANCHORING_TAGS,
  ELEMENT_KEYS,
  MAX_SCORE_LEVEL,
  SOCIALSTYRELSEN_LINK_ID,
  MUNICIPALITY_SLUGS,
  PHASE_SLUGS,
  STATUSES,
  TARGET_GROUP_TAGS,
  CATALOGUE_ID,
  CATALOGUE_PUBLISHER_LINK,
} from "../../src/lib/vocabulary/index.ts";
import { readLinks } from "../lib/content-files.ts";
import {
  ADJECTIVES,
  FUNCTION_WORDS,
  HEADINGS,
  NOUNS,
  PREPOSITIONS,
  SUBJECTS,
  VERBS,
} from "./synthetic-words.ts";

/** mulberry32: a tiny seeded PRNG, good enough for test data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const pool = [...list];
    const chosen: T[] = [];
    for (let n = int(min, max); n > 0 && pool.length > 0; n -= 1) {
      chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
    }
    return chosen;
  };
  return { next, int, pick, some };
}

type Random = ReturnType<typeof createRandom>;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** One sentence of 6–18 words: subject, verb, an object phrase, and now and then a clause. */
export function sentence(random: Random): string {
  const parts = [random.pick(SUBJECTS), random.pick(VERBS)];
  if (random.next() < 0.6) parts.push(random.pick(ADJECTIVES));
  parts.push(random.pick(NOUNS), random.pick(PREPOSITIONS), random.pick(NOUNS));
  if (random.next() < 0.5) {
    parts.push(random.pick(FUNCTION_WORDS), random.pick(SUBJECTS), random.pick(VERBS), random.pick(NOUNS));
  }
  if (random.next() < 0.3) parts.push(random.pick(PREPOSITIONS), random.pick(ADJECTIVES), random.pick(NOUNS));
  return `${capitalise(parts.join(" "))}.`;
}

export function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(" ");
}

export const wordCount = (text: string) => text.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length;

/** A Markdown body of at least `minWords` and about `maxWords` words, in sections with a heading each. */
export function body(random: Random, minWords = 300, maxWords = 600): string {
  const target = random.int(minWords, maxWords);
  const blocks: string[] = [];
  let words = 0;
  for (const heading of random.some(HEADINGS, 10, 10)) {
    if (words >= target) break;
    blocks.push(`## ${heading}`);
    const section =
      random.next() < 0.25
        ? Array.from({ length: random.int(3, 5) }, () => `- ${sentence(random)}`).join("\n")
        : paragraph(random, random.int(3, 7));
    blocks.push(section);
    words += wordCount(section) + wordCount(heading);
  }
  while (words < minWords) {
    const more = paragraph(random, 4);
    blocks.push(more);
    words += wordCount(more);
  }
  return `${blocks.join("\n\n")}\n`;
}

export function slugFor(index: number, random: Random): string {
  return `indsats-${String(index + 1).padStart(5, "0")}-${random.pick(NOUNS)}`
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^a-z0-9-]/g, "");
}

function frontmatter(random: Random, index: number, earlierIds: string[]): Record<string, unknown> {
  const title = `${capitalise(random.pick(ADJECTIVES))} ${random.pick(NOUNS)} ${index + 1}`;
  const min = random.int(13, 18);
  const scores = Object.fromEntries(
    random.some(ELEMENT_KEYS, 0, 6).map((key) => [
      key,
      {
        level: random.int(0, MAX_SCORE_LEVEL),
        rationale: `Syntetisk vurdering: ${sentence(random)}`,
        basis: [{ publication: "katalog-2022", section: "Oversigt over indsatser" }],
      },
    ]),
  );
  return {
    title,
    summary: `${sentence(random)} ${sentence(random)}`.slice(0, 300),
    context: { municipalities: random.some(MUNICIPALITY_SLUGS, 1, 3) },
    responsible: random.next() < 0.8 ? `Ungeenheden, ${title}` : "ukendt",
    focus: sentence(random),
    targetGroup: {
      description: sentence(random),
      tags: random.some(TARGET_GROUP_TAGS, 1, 3),
      ...(random.next() < 0.6 ? { age: { min, max: random.int(min + 2, 29) } } : {}),
    },
    anchoring: { tags: random.some(ANCHORING_TAGS, 1, 2) },
    phase: random.pick(PHASE_SLUGS),
    scores,
    results:
      random.next() < 0.4
        ? [
            {
              value: random.int(10, 90),
              unit: "procent",
              measure: sentence(random),
              participants: random.int(10, 400),
            },
          ]
        : [],
    status: random.pick(Object.keys(STATUSES)),
    sources: [
      { publication: CATALOGUE_ID, section: "Syntetiske testdata til benchmark" },
      ...(random.next() < 0.3 ? [{ link: `eksempel-${random.int(1, 5)}` }] : []),
    ],
    related: random.some(earlierIds.slice(-50), 0, 2),
    reviewed: "2026-11-22",
  };
}

export type SyntheticCatalogue = { dir: string; ids: string[]; words: number };

/** Writes `count` interventions, three phase introductions and links.toml into `dir` (created if needed). */
export function writeSyntheticCatalogue(dir: string, count: number, seed = 2026): SyntheticCatalogue {
  const random = createRandom(seed);
  mkdirSync(join(dir, "interventions"), { recursive: true });
  mkdirSync(join(dir, "phases"), { recursive: true });
  const links = Array.from(
    { length: 5 },
    (_, i) =>
      `[eksempel-${i + 1}]\ntitle = "Eksempel ${i + 1}"\nurl = "https://example.org/indsats-${i + 1}"\n`,
  );
  // The site cites the catalogue publisher's link on every page; take it from the real links file.
  const realLinks = fileURLToPath(new URL("../../content/links.toml", import.meta.url));
  const publisher = readLinks(realLinks)[CATALOGUE_PUBLISHER_LINK] as Record<string, string>;
  links.push(
    `[${CATALOGUE_PUBLISHER_LINK}]\n${Object.entries(publisher)
      .map(([key, value]) => `${key} = ${JSON.stringify(value)}`)
      .join("\n")}\n`,
  );
  // The method page needs the id of Socialstyrelsen's description; the real address is in content/links.toml.
  links.push(
    `[${SOCIALSTYRELSEN_LINK_ID}]\ntitle = "Lovende praksis"\nurl = "https://example.org/lovende-praksis"\n`,
  );
  writeFileSync(join(dir, "links.toml"), links.join("\n"));
  for (const phase of PHASE_SLUGS) {
    const intro = stringify({ phase, lead: paragraph(random, 2) }).trimEnd();
    writeFileSync(join(dir, "phases", `${phase}.md`), `---\n${intro}\n---\n\n${body(random, 150, 250)}`);
  }
  const ids: string[] = [];
  let words = 0;
  for (let index = 0; index < count; index += 1) {
    const id = slugFor(index, random);
    const data = stringify(frontmatter(random, index, ids), { lineWidth: 0 }).trimEnd();
    const text = body(random);
    words += wordCount(text);
    writeFileSync(join(dir, "interventions", `${id}.mdx`), `---\n${data}\n---\n\n${text}`);
    ids.push(id);
  }
  return { dir, ids, words };
}
