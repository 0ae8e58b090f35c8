/**
 * The Astro loader for every entry collection in ENTRY_COLLECTIONS. It reads the folder with the
 * shared reader (src/lib/content-files.ts), so the build sees exactly the data and body that
 * `npm run check` judged: the same YAML reading, the same end of the frontmatter, and no file
 * skipped in silence. Anything the reader rejects stops the build here, before anything compiles.
 * MDX bodies compile later through the compile gate and guard (scripts/lib/content-guard.ts);
 * Markdown bodies are rendered here, through the same processor and guard.
 */
import { relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Loader } from "astro/loaders";
import { entryProblems, formatProblem, readEntryFolder } from "./content-files.ts";
import { CONTENT_ROOT, ENTRY_COLLECTIONS, type EntryCollectionName } from "./content-paths.ts";
import { compiledSource } from "./frontmatter.ts";

export function entryLoader(collection: EntryCollectionName): Loader {
  const { folder, format } = ENTRY_COLLECTIONS[collection];
  return {
    name: `lovende-praksis:${collection}`,
    load: async ({ config, store, parseData, renderMarkdown, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, CONTENT_ROOT, folder);
      const { files, problems } = readEntryFolder(dir, collection, root);
      const all = [...problems, ...files.flatMap(entryProblems)];
      if (all.length > 0) {
        const error = new Error(
          `Indholdet er ugyldigt og bliver ikke bygget:\n\n${all.map(formatProblem).join("\n")}\n\nKør npm run check, og se CONTRIBUTING.md.`,
        );
        error.name = "Indholdsfejl";
        error.stack = "";
        throw error;
      }
      store.clear();
      for (const file of files) {
        const filePath = relative(root, file.file).split("\\").join("/");
        const data = await parseData({ id: file.id, data: file.data as Record<string, unknown>, filePath });
        const digest = generateDigest(file.source);
        if (format === "mdx") {
          store.set({ id: file.id, data, body: file.body, filePath, digest, deferredRender: true });
        } else {
          const rendered = await renderMarkdown(compiledSource(file), { fileURL: pathToFileURL(file.file) });
          store.set({ id: file.id, data, body: file.body, filePath, digest, rendered });
        }
      }
    },
  };
}
