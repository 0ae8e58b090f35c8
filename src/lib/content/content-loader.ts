/**
 * The Astro loader for every entry collection in ENTRY_COLLECTIONS. It reads the folder with the
 * shared reader (src/lib/content/content-files.ts), so the build sees exactly the data and body that
 * `npm run check` judged: the same YAML reading, the same end of the frontmatter, and no file
 * skipped in silence. Anything the reader rejects stops the build here, before anything compiles.
 * MDX bodies compile later through the compile gate and guard (src/lib/check/content-guard.ts);
 * Markdown bodies are rendered here, through the same processor and guard.
 */
import { relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Loader } from "astro/loaders";
import {
  contentRootProblems,
  displayPath,
  entryProblems,
  formatProblem,
  readEntryFolder,
  type Problem,
} from "./content-files.ts";
import { CONTENT_ROOT, ENTRY_COLLECTIONS, type EntryCollectionName } from "./content-paths.ts";
import { duplicateTitleProblems } from "./duplicate-titles.ts";
import { compiledSource } from "./frontmatter.ts";
import { readLinksFile } from "./links-file.ts";
import { publishedBody } from "./published-body.ts";

export function entryLoader(collection: EntryCollectionName): Loader {
  const { folder, format } = ENTRY_COLLECTIONS[collection];
  return {
    name: `lovende-praksis:${collection}`,
    load: async ({ config, store, parseData, renderMarkdown, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, CONTENT_ROOT, folder);
      const sync = async () => {
        const { files, problems } = readEntryFolder(dir, collection, root);
        const all = [
          ...problems,
          ...files.flatMap(entryProblems),
          ...duplicateTitleProblems(collection, files),
        ];
        if (all.length > 0) throw contentError(all);
        store.clear();
        for (const file of files) {
          const filePath = relative(root, file.file).split("\\").join("/");
          const data = await parseData({ id: file.id, data: file.data as Record<string, unknown>, filePath });
          const digest = generateDigest(file.source);
          if (format === "mdx") {
            // Pages compile the body itself; what is published as text is the body without comments.
            const body = await publishedBody(file.body);
            store.set({ id: file.id, data, body, filePath, digest, deferredRender: true });
          } else {
            const rendered = await renderMarkdown(compiledSource(file), {
              fileURL: pathToFileURL(file.file),
            });
            store.set({ id: file.id, data, body: file.body, filePath, digest, rendered });
          }
        }
      };
      await sync();
      // In `astro dev`, read the whole folder again on any change, so added, renamed and removed
      // files are judged exactly as in a build; a problem is logged and the last good data stays.
      if (!watcher) return;
      watcher.add(dir);
      watcher.on("all", (_event, changed) => {
        if (!resolve(changed).startsWith(dir)) return;
        sync().then(
          () => logger.info(`Genindlæste ${folder}`),
          (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
        );
      });
    },
  };
}

function contentError(problems: readonly Problem[]): Error {
  const error = new Error(
    `Indholdet er ugyldigt og bliver ikke bygget:\n\n${problems.map(formatProblem).join("\n")}\n\nKør npm run check, og se CONTRIBUTING.md.`,
  );
  error.name = "Indholdsfejl";
  error.stack = "";
  return error;
}

/**
 * The loader for content/links.toml, with the check's reading (src/lib/content/links-file.ts): no symlink,
 * the character rules on every value, the link schema. It also refuses anything under the content
 * root that no collection reads, so nothing there is dropped in silence.
 */
export function linksLoader(): Loader {
  return {
    name: "lovende-praksis:links",
    load: async ({ config, store, parseData, generateDigest }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, CONTENT_ROOT);
      const file = resolve(dir, "links.toml");
      const read = readLinksFile(file, displayPath(file, root));
      const problems = [...contentRootProblems(dir, root), ...read.problems];
      if (problems.length > 0 || !read.links) throw contentError(problems);
      store.clear();
      for (const [id, entry] of Object.entries(read.links)) {
        const data = await parseData({ id, data: entry as Record<string, unknown> });
        store.set({ id, data, digest: generateDigest(entry as Record<string, unknown>) });
      }
    },
  };
}
