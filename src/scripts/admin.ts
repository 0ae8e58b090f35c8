/**
 * Starts Decap CMS on /admin/ with the configuration generated at build time (/admin/config.json) and
 * the frontmatter format that keeps files as they were (src/lib/cms/cms-format.ts). The editor bundle is
 * copied from node_modules into the build (src/integrations/admin-editor.ts); nothing loads from a CDN.
 */
import {
  LOCAL_PROXY,
  CMS_FORMAT,
  GOVERNANCE_FORMAT,
  LINKS_FORMAT,
  type CmsSchemas,
  fileSlug,
  parseEntry,
  serializeEntry,
  SLUG_KEY,
  parseLinks,
  serializeLinks,
} from "../lib/cms/browser.ts";

export const DECAP_BUNDLE = "/admin/decap/decap-cms.js";

type DecapCms = {
  registerCustomFormat: (
    name: string,
    extension: string,
    format: { fromFile: (text: string) => object; toFile: (data: Record<string, unknown>) => string },
  ) => void;
  registerEventListener: (listener: {
    name: "preSave";
    handler: (event: { entry: ImmutableMap }) => ImmutableMap;
  }) => void;
  init: (options: { config: object }) => void;
};

/** The part of Decap's Immutable.js entry maps the preSave handler uses. */
type ImmutableMap = { get: (key: string) => unknown; set: (key: string, value: unknown) => ImmutableMap };

declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
  }
}

type AdminData = { config: object; schemas: CmsSchemas; missing: string[] };

export async function startAdmin(status: HTMLElement): Promise<void> {
  const show = (state: string) => {
    for (const part of status.querySelectorAll<HTMLElement>("[data-show]")) {
      // A part can belong to several states ("missing local-proxy-missing").
      part.hidden = !(part.dataset["show"] ?? "").split(" ").includes(state);
    }
  };
  try {
    const data = (await (await fetch("/admin/config.json")).json()) as AdminData;
    const onLocalhost = ["localhost", "127.0.0.1"].includes(location.hostname);
    if (data.missing.length > 0 && !(onLocalhost && (await localProxyAnswers()))) {
      show(onLocalhost ? "local-proxy-missing" : "missing");
      return;
    }
    window.CMS_MANUAL_INIT = true;
    await loadScript(DECAP_BUNDLE);
    const cms = window.CMS!;
    cms.registerCustomFormat(CMS_FORMAT, "mdx", {
      fromFile: parseEntry,
      toFile: (entry) => serializeEntry(entry, data.schemas.interventions),
    });
    cms.registerCustomFormat(GOVERNANCE_FORMAT, "md", {
      fromFile: parseEntry,
      toFile: (entry) => serializeEntry(entry, data.schemas.governance),
    });
    cms.registerCustomFormat(LINKS_FORMAT, "toml", { fromFile: parseLinks, toFile: serializeLinks });
    // A new entry's file is named by its title as `npm run new` names it (å → aa), not by Decap's rules.
    cms.registerEventListener({
      name: "preSave",
      handler: ({ entry }) => {
        const data = entry.get("data") as ImmutableMap;
        const slug = fileSlug(data.get("title"));
        return slug ? data.set(SLUG_KEY, slug) : data;
      },
    });
    status.remove();
    cms.init({ config: data.config });
  } catch (error) {
    show("error");
    const message = status.querySelector("[data-error-message]");
    if (message) message.textContent = error instanceof Error ? error.message : String(error);
  }
}

async function localProxyAnswers(): Promise<boolean> {
  try {
    const response = await fetch(LOCAL_PROXY, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Kunne ikke hente ${src}.`));
    document.head.append(script);
  });
}
