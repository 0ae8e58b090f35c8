/** Build-time context for dating entries: the build date and the links' own dates from content/links.toml. */
import { getCollection } from "astro:content";
import {
  BUILD_DATE,
  freshnessOf,
  linkDatesOf,
  type FreshnessContext,
  type FreshnessSource,
} from "../lib/catalogue/index.ts";
import { forgetAfterGeneration } from "./once-per-build.ts";

let cached: Promise<FreshnessContext> | undefined;
forgetAfterGeneration(() => {
  cached = undefined;
});

export function getFreshnessContext(): Promise<FreshnessContext> {
  cached ??= getCollection("links").then((links) => ({
    buildDate: BUILD_DATE,
    linkDates: linkDatesOf(Object.fromEntries(links.map((link) => [link.id, link.data]))),
  }));
  return cached;
}

/** The three dates and the status of one entry, as of this build. */
export async function getFreshness(data: FreshnessSource) {
  return freshnessOf(data, await getFreshnessContext());
}
