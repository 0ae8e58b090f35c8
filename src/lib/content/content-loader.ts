/**
 * The Astro loader for every entry collection in ENTRY_COLLECTIONS. It reads the folder with the
 * shared reader (src/lib/content/content-files.ts), so the build sees exactly the data and body that
 * `npm run check` judged: the same YAML reading, the same end of the frontmatter, and no file
 * skipped in silence. Anything the reader rejects stops the build here, before anything compiles.
 * Every body is rendered to HTML here, so no content file is ever compiled to code: Markdown through
 * the site's Markdown processor, MDX through the renderer content.config.ts passes in
 * (src/lib/check/render-body.ts), both with the guard (src/lib/check/content-guard.ts).
 */
import { relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Loader } from "astro/loaders";
import {
  capProblems,
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
import { forgetPublishedBody, forgetPublishedBodies, rememberPublishedBody } from "./published-bodies.ts";

/** How long a watched folder must be quiet before it is read again. */
const SETTLE_MS = 300;
/** How often a read that found a file gone is tried again before it is reported. */
const MAX_REREADS = 5;

/** A heading of a body, as Astro's render() gives it to the page's table of contents. */
export type BodyHeading = { depth: number; slug: string; text: string };

/** A body as the loader stores it in the entry's `rendered` field: its HTML and its headings. */
export type RenderedBody = { html: string; metadata: { headings: BodyHeading[] } };

/** Renders a body (the file's compiled source) or throws the build's Danish ContentError. */
export type BodyRenderer = (source: string, fileURL: URL) => Promise<RenderedBody>;

/**
 * `renderMdx` renders an MDX collection's bodies; it comes from src/lib/check, which the content layer
 * may not import (its layer sits below the check's).
 */
export function entryLoader(collection: EntryCollectionName, renderMdx?: BodyRenderer): Loader {
  const { folder, format } = ENTRY_COLLECTIONS[collection];
  return {
    name: `lovende-praksis:${collection}`,
    load: async ({ config, store, parseData, renderMarkdown, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, CONTENT_ROOT, folder);
      /**
       * Reads the folder; returns how many entries were added, changed or removed in the store. `fresh`
       * starts from an empty store (the first read, so nothing cached under an older schema survives).
       */
      const sync = async (fresh = false): Promise<number> => {
        const { files, problems } = readEntryFolder(dir, collection, root);
        const all = [
          ...problems,
          ...files.flatMap(entryProblems),
          ...duplicateTitleProblems(collection, files),
        ];
        if (all.length > 0) throw contentError(all);
        // Only what differs touches the store: an unchanged store is not written, so open pages are
        // not told to reload (see the watcher below).
        if (fresh) {
          store.clear();
          forgetPublishedBodies(collection);
        }
        let changes = 0;
        const ids = new Set(files.map((file) => file.id));
        for (const id of store.keys()) {
          if (!ids.has(id)) {
            store.delete(id);
            forgetPublishedBody(collection, id);
            changes++;
          }
        }
        for (const file of files) {
          const digest = generateDigest(file.source);
          if (store.get(file.id)?.digest === digest) continue;
          const filePath = relative(root, file.file).split("\\").join("/");
          const data = await parseData({ id: file.id, data: file.data as Record<string, unknown>, filePath });
          if (format === "mdx") {
            if (!renderMdx) throw new Error(`entryLoader("${collection}") needs an MDX renderer.`);
            const rendered = await renderMdx(compiledSource(file), pathToFileURL(file.file));
            // What is published as text is the body without comments; it is kept beside the store, not in it
            // (published-bodies.ts).
            rememberPublishedBody(collection, file.id, await publishedBody(file.body));
            store.set({ id: file.id, data, filePath, digest, rendered });
          } else {
            const rendered = await renderMarkdown(compiledSource(file), {
              fileURL: pathToFileURL(file.file),
            });
            store.set({ id: file.id, data, body: file.body, filePath, digest, rendered });
          }
          changes++;
        }
        return changes;
      };
      await sync(true);
      // In `astro dev`, read the whole folder again on any change, so added, renamed and removed
      // files are judged exactly as in a build; a problem is logged and the last good data stays.
      // The read waits until the folder has been quiet for SETTLE_MS: a Git checkout that comes and
      // goes (decap-server reads a draft by checking out its branch and switching back, see
      // scripts/admin.ts) then finds the folder as it was and changes nothing.
      if (!watcher) return;
      watcher.add(dir);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const resync = (attempt: number): void => {
        sync().then(
          (changes) => {
            if (changes > 0) logger.info(`Genindlæste ${folder} (${changes} ændret)`);
          },
          (error: unknown) => {
            // A file that vanished while the folder was read: a checkout is still under way, so the folder is
            // read again once it has been quiet, rather than reported as broken.
            if ((error as { code?: unknown } | null)?.code === "ENOENT" && attempt < MAX_REREADS) {
              clearTimeout(timer);
              timer = setTimeout(() => resync(attempt + 1), SETTLE_MS);
              return;
            }
            logger.error(error instanceof Error ? error.message : String(error));
          },
        );
      };
      watcher.on("all", (_event, changed) => {
        if (!resolve(changed).startsWith(dir)) return;
        clearTimeout(timer);
        timer = setTimeout(() => resync(0), SETTLE_MS);
      });
    },
  };
}

function contentError(problems: readonly Problem[]): Error {
  const error = new Error(
    `Indholdet er ugyldigt og bliver ikke bygget:\n\n${capProblems(problems).map(formatProblem).join("\n")}\n\nKør npm run check, og se CONTRIBUTING.md.`,
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
