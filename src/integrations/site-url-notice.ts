/** Warns once per build when SITE_URL is unset, since absolute URLs then point at the local preview. */
import type { AstroIntegration } from "astro";
import { LOCAL_SITE_URL, PUBLIC_SITE_URL } from "../lib/site/index.ts";

export const SITE_URL_WARNING = `SITE_URL is not set: canonical URLs, open data and the feed point at ${LOCAL_SITE_URL}, and printed pages give only their path. Set SITE_URL to the public address when building the site for publishing.`;

export function siteUrlNotice(siteUrl: string | undefined = PUBLIC_SITE_URL): AstroIntegration {
  return {
    name: "lovende-praksis:site-url",
    hooks: {
      "astro:build:start": ({ logger }) => {
        if (!siteUrl) logger.warn(SITE_URL_WARNING);
      },
    },
  };
}
