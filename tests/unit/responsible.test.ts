/** Every entry must say who runs it, or say explicitly that the sources do not ("ukendt"). */
import { describe, expect, it } from "vitest";
import { listMdxFiles, readContentFile } from "../../scripts/lib/content-files.ts";
import { CONTENT_PATHS } from "../../src/lib/content/index.ts";
import { RESPONSIBLE_UNKNOWN, responsibleText } from "../../src/lib/schema/index.ts";

const entries = listMdxFiles(CONTENT_PATHS.interventions.base).map((file) => {
  const { path, frontmatter } = readContentFile(file, process.cwd());
  return { path, responsible: (frontmatter as { responsible?: unknown }).responsible };
});

describe("responsible", () => {
  it("is, where given, a name or exactly the word for unknown", () => {
    expect(entries.length).toBeGreaterThanOrEqual(39);
    const wrong = entries.filter(
      ({ responsible }) =>
        responsible !== undefined &&
        (typeof responsible !== "string" ||
          (responsible.trim().toLowerCase() === RESPONSIBLE_UNKNOWN && responsible !== RESPONSIBLE_UNKNOWN)),
    );
    expect(wrong.map(({ path, responsible }) => `${path}: ${String(responsible)}`)).toEqual([]);
  });

  it("is named, or explicitly unknown, on every entry", () => {
    const missing = entries.filter(({ responsible }) => responsible === undefined).map(({ path }) => path);
    expect(
      missing,
      "entries without `responsible` (write `responsible: ukendt` if the sources do not say)",
    ).toEqual([]);
  });

  it("reads as a name or the sources' silence", () => {
    expect(responsibleText("Ungeenheden, Horsens Kommune")).toEqual({
      text: "Ungeenheden, Horsens Kommune",
      known: true,
    });
    expect(responsibleText("ukendt")).toEqual({
      text: "Kilderne oplyser ikke, hvem der driver indsatsen.",
      known: false,
    });
  });
});
