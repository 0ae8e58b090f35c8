import { describe, expect, it } from "vitest";
import {
  addId,
  capSelection,
  compareQuery,
  danishList,
  isSlug,
  leftOutNote,
  MAX_COMPARED,
  parseAdd,
  parseIds,
} from "./compare-state.ts";

describe("compare state in the URL", () => {
  it("reads ids from one comma list or repeated parameters, without blanks or duplicates", () => {
    expect(parseIds("?id=skub,ips-ung,,skub")).toEqual(["skub", "ips-ung"]);
    expect(parseIds("?id=skub&id=IPS-ung")).toEqual(["skub", "ips-ung"]);
    expect(parseIds("")).toEqual([]);
  });

  it("round-trips a selection through its query string", () => {
    const ids = ["skub", "ips-ung", "ungeguides"];
    expect(compareQuery(ids)).toBe("?id=skub,ips-ung,ungeguides");
    expect(parseIds(compareQuery(ids))).toEqual(ids);
    expect(compareQuery([])).toBe("");
  });

  it("adds to a selection up to the maximum, once", () => {
    expect(addId(["a"], "b")).toEqual({ ids: ["a", "b"], result: "added" });
    expect(addId(["a", "b"], "a")).toEqual({ ids: ["a", "b"], result: "present" });
    const full = Array.from({ length: MAX_COMPARED }, (_, i) => `e${i}`);
    expect(addId(full, "x")).toEqual({ ids: full, result: "full" });
    expect(parseAdd("?tilfoej=Skub")).toBe("skub");
    expect(parseAdd("?id=a")).toBeUndefined();
  });

  it("accepts only slugs as ids, so nothing else is ever fetched", () => {
    expect(isSlug("energi-til-hinanden")).toBe(true);
    for (const bad of ["../etc", "a/b", "<script>", "a--b", "-a", "", "ÆØÅ", "a".repeat(121)]) {
      expect(isSlug(bad), bad).toBe(false);
    }
  });

  it("compares the first four and leaves the rest out, naming them", () => {
    expect(MAX_COMPARED).toBe(4);
    expect(capSelection(["a", "b", "c", "d", "e", "f"])).toEqual({
      compared: ["a", "b", "c", "d"],
      leftOut: ["e", "f"],
    });
    expect(capSelection(["a", "b"])).toEqual({ compared: ["a", "b"], leftOut: [] });
    expect(danishList(["a", "b", "c"])).toBe("a, b og c");
    expect(danishList(["a"])).toBe("a");
    expect(leftOutNote(["Skub", "Samspil"])).toMatch(
      /højst sammenligne fire.*Udeladt: »Skub« og »Samspil«\.$/,
    );
    expect(leftOutNote(["Skub"], 3)).toMatch(/Udeladt: »Skub« og 3 til\.$/);
  });
});
