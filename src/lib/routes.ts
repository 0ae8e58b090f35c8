/** Every internal URL is built here, so pages, links and tests agree. */
import type { PhaseSlug } from "./vocabulary/phases.ts";
import type { TargetGroupTag } from "./vocabulary/target-groups.ts";

export const routes = {
  home: () => "/",
  interventions: () => "/indsatser/",
  intervention: (slug: string) => `/indsatser/${slug}/`,
  phase: (phase: PhaseSlug) => `/fase/${phase}/`,
  targetGroups: () => "/maalgruppe/",
  targetGroup: (tag: TargetGroupTag) => `/maalgruppe/${tag}/`,
  about: () => "/om/",
  elements: () => "/om/#elementer",
  data: () => "/data/",
  dataJson: () => "/data/indsatser.json",
  dataCsv: () => "/data/indsatser.csv",
  dataSchema: () => "/data/schema.json",
  feed: () => "/feed.xml",
} as const;
