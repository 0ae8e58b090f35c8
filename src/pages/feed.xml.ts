import type { APIRoute } from "astro";
import { getChangeHistory } from "../data/change-history.ts";
import { getInterventions } from "../data/interventions.ts";
import { getOpenDataEntries } from "../data/open-data.ts";
import {
  atomFeed,
  entryEvents,
  feedEntries,
  feedEventEntries,
  lastChange,
  REUSE,
} from "../lib/open-data/index.ts";
import { BUILD_DATE, latestShownTime, routes } from "../lib/catalogue/index.ts";
import { SITE } from "../lib/site/index.ts";

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error("Set `site` in astro.config.mjs (SITE_URL); the feed needs absolute URLs.");
  const self = new URL(routes.feed(), site).href;
  const history = await getChangeHistory(await getInterventions());
  const entries = await getOpenDataEntries();
  const xml = atomFeed(
    {
      id: self,
      title: `${SITE.name}: nye og opdaterede indsatser`,
      subtitle:
        "Indsatser for unge uden uddannelse og job, senest ændrede først, med statusændringer og bekræftelser.",
      selfUrl: self,
      siteUrl: new URL(routes.home(), site).href,
      author: SITE.name,
      rights: REUSE.credit,
      items: [
        ...feedEntries(entries, site, (id) => lastChange(history, id)),
        ...feedEventEntries(entries, site, (entry) => entryEvents(history, entry.id, entry.data.confirmed)),
      ],
    },
    // Only reached with an empty catalogue: the feed is then as new as the build.
    BUILD_DATE,
    // No date in the feed after the build's own date.
    latestShownTime(),
  );
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
