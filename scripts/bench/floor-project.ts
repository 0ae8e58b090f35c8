/**
 * The floor the benchmark measures our build against: a bare Astro + MDX + Pagefind site of the same entries,
 * one page per entry, no filters, no listings, no open data, no layout beyond a title, written as a throwaway
 * project. Its files live here as text, so `astro check` and the dependency rules never see a second site.
 * Pagefind runs inside the build (astro:build:done), with its Node API, as ours does.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const FILES: Record<string, string> = {
  "package.json": `{ "name": "floor", "private": true, "type": "module" }\n`,
  "astro.config.mjs": `import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { fileURLToPath } from "node:url";
import { close, createIndex } from "pagefind";

const pagefind = {
  name: "floor-pagefind",
  hooks: {
    "astro:build:done": async ({ dir, logger }) => {
      const started = performance.now();
      const { index } = await createIndex();
      const site = fileURLToPath(dir);
      await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: site + "pagefind" });
      await close();
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      logger.info("Indexed the pages for search in " + seconds + " s.");
    },
  },
};

export default defineConfig({ integrations: [mdx(), pagefind] });
`,
  "src/content.config.ts": `import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: "*.mdx", base: process.env.FLOOR_CONTENT_DIR + "/interventions" }),
  }),
};
`,
  "src/pages/[slug].astro": `---
import { getCollection, render } from "astro:content";

export async function getStaticPaths() {
  return (await getCollection("entries")).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="da">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.title}</h1>
      <p>{entry.data.summary}</p>
      <Content />
    </main>
  </body>
</html>
`,
};

/** Writes the floor project into `dir`; build it with `astro build` there and FLOOR_CONTENT_DIR set. */
export function writeFloorProject(dir: string): void {
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
