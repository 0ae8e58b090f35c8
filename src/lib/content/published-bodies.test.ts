import { describe, expect, it, vi } from "vitest";
import {
  forgetPublishedBodies,
  forgetPublishedBody,
  publishedBodyOf,
  rememberPublishedBody,
} from "./published-bodies.ts";

describe("published bodies beside the content store", () => {
  it("gives back what the loader remembered, per collection and id", () => {
    rememberPublishedBody("test-a", "one", "Første tekst.");
    rememberPublishedBody("test-b", "one", "Anden samling.");
    expect(publishedBodyOf("test-a", "one")).toBe("Første tekst.");
    expect(publishedBodyOf("test-b", "one")).toBe("Anden samling.");
  });

  it("forgets a removed entry and a whole collection, and then refuses to guess", () => {
    rememberPublishedBody("test-c", "one", "Tekst.");
    rememberPublishedBody("test-c", "two", "Mere tekst.");
    forgetPublishedBody("test-c", "one");
    expect(() => publishedBodyOf("test-c", "one")).toThrow(/No published body for test-c\/one/);
    expect(publishedBodyOf("test-c", "two")).toBe("Mere tekst.");
    forgetPublishedBodies("test-c");
    expect(() => publishedBodyOf("test-c", "two")).toThrow(/loader has not read it/);
  });

  it("is one table for every copy of the module in the process (the loader's and the server bundle's)", async () => {
    rememberPublishedBody("test-d", "one", "Delt.");
    vi.resetModules();
    const copy = await import("./published-bodies.ts");
    expect(copy.publishedBodyOf("test-d", "one")).toBe("Delt.");
  });
});
