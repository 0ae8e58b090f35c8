import type { APIRoute } from "astro";
import { getChangeHistory } from "../data/change-history.ts";
import { getInterventions } from "../data/interventions.ts";
import { getOpenDataEntries } from "../data/open-data.ts";
import { atomFeed, lastChange, feedEntries, REUSE } from "../lib/open-data/index.ts";
import { routes } from "../lib/catalogue/index.ts";
import { SITE } from "../lib/site/index.ts";

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error("Set `site` in astro.config.mjs (SITE_URL); the feed needs absolute URLs.");
  const self = new URL(routes.feed(), site).href;
  const history = await getChangeHistory(await getInterventions());
  const xml = atomFeed(
    {
      id: self,
      title: `${SITE.name}: nye og opdaterede indsatser`,
      subtitle: "Indsatser for unge uden uddannelse og job, senest ændrede først.",
      selfUrl: self,
      siteUrl: new URL(routes.home(), site).href,
      author: SITE.name,
      rights: REUSE.credit,
      entries: feedEntries(await getOpenDataEntries(), site, (id) => lastChange(history, id)),
    },
    // Only reached with an empty catalogue: the feed is then as new as the build.
    new Date(),
  );
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
