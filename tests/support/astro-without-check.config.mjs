// The site's own config minus the early content check (src/integrations/content-check.ts),
// so a test can prove that the loader, the compile gate and the guard stop hostile content by
// themselves, as they would if someone skipped `npm run check`.
import config from "../../astro.config.mjs";

export default {
  ...config,
  integrations: config.integrations.filter(
    (integration) => integration.name !== "lovende-praksis:content-check",
  ),
};
