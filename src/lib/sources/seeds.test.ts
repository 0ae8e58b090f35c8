import { describe, expect, it } from "vitest";
import { seedFileOf, seedsLocation } from "./seeds.ts";

describe("where the publications' texts are", () => {
  it("is LP_SHARED_DIR or ../shared, and required in CI", () => {
    expect(seedsLocation({}, "/p/project")).toEqual({
      shared: "/p/shared",
      seeds: "/p/shared/seeds",
      required: false,
    });
    expect(seedsLocation({ LP_SHARED_DIR: "/data/delt", CI: "true" }, "/p/project")).toEqual({
      shared: "/data/delt",
      seeds: "/data/delt/seeds",
      required: true,
    });
  });

  it("finds a publication's seed by its number, and none for a publication the project does not hold", () => {
    const names = ["README.md", "002_b22b52febe1dec41.txt", "004_11c46c88a7e299e4.txt"];
    expect(seedFileOf("katalog-2022", names)).toBe("002_b22b52febe1dec41.txt");
    expect(seedFileOf("alle-unge-skal-med-artikel", names)).toBe("004_11c46c88a7e299e4.txt");
    expect(seedFileOf("energi-til-hinanden-artikel", names)).toBeUndefined();
    expect(seedFileOf("kommunalt-indsatskatalog", names)).toBeUndefined();
  });
});
