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
  DANISH_PHRASES,
  entryFormProblems,
  fileSlug,
  type FormProblem,
  linksFormProblems,
  mergePhrases,
  parseEntry,
  type Phrases,
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
    name: "preSave" | "postSave";
    handler: (event: { entry: ImmutableMap }) => ImmutableMap | void;
  }) => void;
  registerLocale: (locale: string, phrases: Phrases) => void;
  getLocale: (locale: string) => Phrases | undefined;
  init: (options: { config: object }) => void;
};

/** The part of Decap's Immutable.js entry maps the preSave handler uses. */
type ImmutableMap = {
  get: (key: string) => unknown;
  set: (key: string, value: unknown) => ImmutableMap;
  toJS: () => Record<string, unknown>;
};

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
  const onLocalhost = ["localhost", "127.0.0.1"].includes(location.hostname);
  // On this machine the local proxy may stand in for GitHub login: say "loading" until that is known.
  if (onLocalhost) show("loading");
  try {
    const data = (await (await fetch("/admin/config.json")).json()) as AdminData;
    if (data.missing.length > 0 && !(onLocalhost && (await localProxyAnswers()))) {
      show(onLocalhost ? "local-proxy-missing" : "missing");
      return;
    }
    window.CMS_MANUAL_INIT = true;
    await loadScript(DECAP_BUNDLE);
    const cms = window.CMS!;
    const schemas = data.schemas;
    cms.registerCustomFormat(CMS_FORMAT, "mdx", {
      fromFile: parseEntry,
      toFile: (entry) => serializeEntry(entry, data.schemas.interventions),
    });
    cms.registerCustomFormat(GOVERNANCE_FORMAT, "md", {
      fromFile: parseEntry,
      toFile: (entry) => serializeEntry(entry, data.schemas.governance),
    });
    cms.registerCustomFormat(LINKS_FORMAT, "toml", { fromFile: parseLinks, toFile: serializeLinks });
    // Decap's Danish, with our wording where it reads badly ("matchede ikke: …", "være være").
    cms.registerLocale("da", mergePhrases(cms.getLocale("da") ?? {}, DANISH_PHRASES));
    // Before a save: name a new entry's file by its title as `npm run new` does (å → aa, never empty),
    // then run the check on the entry exactly as it will be written. What the check would refuse is
    // not saved, and the form lists the check's own Danish messages by field.
    cms.registerEventListener({
      name: "preSave",
      handler: ({ entry }) => {
        const collection = String(entry.get("collection"));
        let fields = entry.get("data") as ImmutableMap;
        let problems: FormProblem[] = [];
        if (collection === "interventions" || collection === "governance") {
          const slug = fileSlug(fields.get("title"));
          if (slug) fields = fields.set(SLUG_KEY, slug);
        }
        try {
          if (collection === "interventions" || collection === "governance")
            problems = entryFormProblems(collection, fields.toJS(), schemas[collection]);
          else if (collection === "links")
            problems = linksFormProblems((fields.toJS()["links"] as Record<string, unknown>[]) ?? []);
        } catch (error) {
          // A fault in the browser's copy of the check must not stop a save: the check on the draft decides.
          console.error("Tjekket kunne ikke køre i browseren:", error);
        }
        showProblems(problems);
        if (problems.length > 0) throw refusal(problems);
        return fields;
      },
    });
    cms.registerEventListener({ name: "postSave", handler: () => showProblems([]) });
    status.remove();
    cms.init({ config: data.config });
  } catch (error) {
    show("error");
    const message = status.querySelector("[data-error-message]");
    if (message) message.textContent = error instanceof Error ? error.message : String(error);
  }
}

/**
 * The error Decap shows in its notice ("Udkastet er ikke gemt: …"): a short sentence without "Error:",
 * since the list by field stands in the form (showProblems).
 */
function refusal(problems: readonly FormProblem[]): Error {
  const message =
    problems.length === 1
      ? `Tjekket afviser feltet »${problems[0]!.label}«. Se beskeden nederst i formularen.`
      : `Tjekket afviser ${problems.length} felter. Se listen nederst i formularen.`;
  return Object.assign(new Error(message), { toString: () => message });
}

/** The check's messages by field, in a box at the foot of the form, until the next save; none hides it. */
function showProblems(problems: readonly FormProblem[]): void {
  document.querySelector("[data-form-problems]")?.remove();
  if (problems.length === 0) return;
  const box = document.createElement("section");
  box.className = "form-problems";
  box.dataset["formProblems"] = "";
  box.setAttribute("role", "alert");
  box.setAttribute("aria-labelledby", "form-problems-heading");
  const heading = document.createElement("h2");
  heading.id = "form-problems-heading";
  heading.textContent = "Udkastet er ikke gemt. Ret dette, og gem igen:";
  const list = document.createElement("ul");
  for (const problem of problems) {
    const item = document.createElement("li");
    const label = document.createElement("strong");
    label.textContent = `${problem.label}: `;
    item.append(label, problem.message);
    list.append(item);
  }
  const close = document.createElement("button");
  close.type = "button";
  close.textContent = "Luk";
  close.addEventListener("click", () => box.remove());
  box.append(heading, list, close);
  document.body.append(box);
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
