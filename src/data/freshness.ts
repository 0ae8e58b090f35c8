/** Build-time context for dating entries: the build date and the links' own dates from content/links.toml. */
import { getCollection } from "astro:content";
import {
  BUILD_DATE,
  freshnessOf,
  linkDatesOf,
  type FreshnessContext,
  type FreshnessSource,
} from "../lib/catalogue/index.ts";
import { oncePerBuild } from "./once-per-build.ts";

/** The build date and every link's dates, read once per build (see oncePerBuild). */
export const getFreshnessContext: () => Promise<FreshnessContext> = oncePerBuild(async () => {
  const links = await getCollection("links");
  return {
    buildDate: BUILD_DATE,
    linkDates: linkDatesOf(Object.fromEntries(links.map((link) => [link.id, link.data]))),
  };
});

/** The three dates and the status of one entry, as of this build. */
export async function getFreshness(data: FreshnessSource) {
  return freshnessOf(data, await getFreshnessContext());
}
