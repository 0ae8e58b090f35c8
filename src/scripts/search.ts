/**
 * Live search on /soeg/. The form's state is the URL: every change updates it, and loading a URL or
 * moving back and forward restores the form and the results.
 */
import { compareToggle } from "./compare-tray.ts";
import {
  countLabel,
  FACET_NOUNS,
  fromTermTable,
  namedTerms,
  PAGE_KIND,
  pagefindFilters,
  parseSearchState,
  PLACE_FACETS,
  queryWithout,
  rankedOrder,
  ranksFrom,
  readableIndexText,
  removalOutcome,
  resultStatus,
  sameState,
  sortPlan,
  TITLE_SORT,
  toQueryString,
  type NamedTerm,
  type SearchState,
  type SearchTerm,
  type SearchTermTable,
} from "../lib/search/browser.ts";
import {
  loadPagefind,
  type PagefindApi,
  type PagefindResultData,
  type PagefindSearch,
} from "./pagefind-api.ts";

/**
 * A search shows the results a first screen holds, and "Vis flere resultater" adds a batch: each
 * result's data is a file of its own (a Pagefind fragment), fetched only when the result is shown.
 */
const FIRST_SCREEN = 5;
const RESULTS_PER_BATCH = 10;
/** Other indexed pages, shown in small boxes above the results when words match them. */
const SIDE_GROUPS = [
  { kind: PAGE_KIND.approach, heading: "Tilgange" },
  { kind: PAGE_KIND.site, heading: "Sider om Lovende praksis" },
] as const;
const TYPING_DELAY_MS = 200;
/** The hidden sentence a disabled option points to (SearchApp.astro). */
const ZERO_NOTE_ID = "soeg-nul";

export function startSearch(root: HTMLElement): void {
  const form = root.querySelector("form")!;
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>("[data-status]")!;
  const statusCopy = root.querySelector<HTMLElement>("[data-status-copy]");
  const totalSelected = root.querySelector<HTMLElement>("[data-total-selected]");
  const sitePages = root.querySelector<HTMLElement>("[data-site-pages]")!;
  const list = root.querySelector<HTMLOListElement>("[data-results]")!;
  const more = root.querySelector<HTMLButtonElement>("[data-more]")!;
  const unavailable = root.querySelector<HTMLElement>("[data-unavailable]")!;
  const fieldsets = [...root.querySelectorAll<HTMLFieldSetElement>("fieldset[data-facet]")];
  const facetKeys = fieldsets.map((fieldset) => fieldset.dataset["facet"]!);
  const sortSelect = root.querySelector<HTMLSelectElement>("select[data-sort]");
  const sortKeys = sortSelect ? [...sortSelect.options].map((option) => option.value).filter(Boolean) : [];
  const sortData = JSON.parse(sortSelect?.dataset["sort"] || "{}") as {
    elements?: string[];
    thresholds?: [number, string][];
  };
  const guidance = root.querySelector<HTMLElement>("[data-guidance]");
  const jumps = [...root.querySelectorAll<HTMLElement>("[data-jump], [data-show-results]")];
  const placeLists = {
    municipalities: root.dataset["municipalitiesHref"] ?? "",
    regions: root.dataset["regionsHref"] ?? "",
  };
  /** The vocabulary terms, fetched once the reader searches with words (see loadTerms). */
  let terms: Promise<readonly SearchTerm[]> | undefined;
  const loadTerms = (): Promise<readonly SearchTerm[]> =>
    (terms ??= fetch(root.dataset["termsHref"] ?? "")
      .then((response) => response.json() as Promise<SearchTermTable>)
      .then(fromTermTable)
      .catch((error: unknown) => {
        // Without the terms, the search works as before, only without "Mente du …?".
        console.warn("Search terms failed to load:", error);
        return [];
      }));

  let pagefind: PagefindApi | undefined;
  /** A second Pagefind with every filter loaded, only for facet counts; see loadPagefind. */
  let counter: PagefindApi | undefined;
  let totals: PagefindSearch["filters"] | undefined;
  let current: { state: SearchState; results: PagefindSearch["results"]; shown: number } | undefined;
  let generation = 0;
  /** The state of the latest search asked for, shown or still on its way. */
  let requested: SearchState | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let lastChangeWasTyping = false;

  /** Chosen values without a checkbox (from a shared link, say), shown as chips until removed. */
  let extras: SearchState["filters"] = {};

  const readForm = (): SearchState => {
    const filters: SearchState["filters"] = {};
    for (const fieldset of fieldsets) {
      const key = fieldset.dataset["facet"]!;
      // A threshold's "Alle" radio has the empty value: no filter.
      const checked = [...fieldset.querySelectorAll<HTMLInputElement>("input:checked")]
        .map((box) => box.value)
        .filter(Boolean);
      const chosen = [...checked, ...(extras[key] ?? [])];
      if (chosen.length > 0) filters[key] = chosen;
    }
    const sort = sortSelect?.value;
    return { q: input.value.trim(), filters, ...(sort && { sort }) };
  };

  const writeForm = (state: SearchState): void => {
    input.value = state.q;
    extras = {};
    for (const fieldset of fieldsets) {
      const key = fieldset.dataset["facet"]!;
      const chosen = state.filters[key] ?? [];
      const boxes = [...fieldset.querySelectorAll<HTMLInputElement>("input")];
      for (const box of boxes)
        box.checked = box.value === "" ? chosen.length === 0 : chosen.includes(box.value);
      const without = chosen.filter((value) => !boxes.some((box) => box.value === value));
      if (without.length > 0) extras[key] = without;
      showExtras(fieldset);
    }
    if (sortSelect) sortSelect.value = state.sort ?? "";
    showSelectedCounts(state);
  };

  /** The chips of a facet's chosen values that have no checkbox; a chip's button removes its value. */
  const showExtras = (fieldset: HTMLFieldSetElement): void => {
    const key = fieldset.dataset["facet"]!;
    const box = fieldset.querySelector<HTMLElement>("[data-extra-values]")!;
    const legend = fieldset.querySelector("legend")?.textContent?.trim() ?? key;
    const labels = fieldset.querySelector<HTMLTemplateElement>("template[data-value-labels]")?.content;
    const chips = (extras[key] ?? []).map((value) => {
      const label =
        labels?.querySelector(`[data-value="${CSS.escape(value)}"]`)?.textContent?.trim() ?? value;
      const chip = document.createElement("button");
      chip.type = "button";
      chip.dataset["extra"] = value;
      chip.className =
        "inline-flex items-baseline gap-1 rounded-sm border-2 border-brand bg-wash px-2 py-0.5 text-left";
      const hidden = document.createElement("span");
      hidden.className = "sr-only";
      hidden.textContent = `Fjern filteret ${legend}: `;
      const cross = document.createElement("span");
      cross.setAttribute("aria-hidden", "true");
      cross.textContent = "×";
      chip.append(hidden, label, " ", cross);
      chip.addEventListener("click", () => {
        extras[key] = (extras[key] ?? []).filter((other) => other !== value);
        showExtras(fieldset);
        lastChangeWasTyping = false;
        update(false);
        fieldset.querySelector<HTMLElement>("[data-extra], input")?.focus();
      });
      return chip;
    });
    box.replaceChildren(...chips);
    box.hidden = chips.length === 0;
  };

  /** The live status line, and its silent copy in the bar that stays in sight under the filters. */
  const setStatus = (text: string): void => {
    status.textContent = text;
    if (statusCopy) statusCopy.textContent = text;
  };

  const showSelectedCounts = (state: SearchState): void => {
    const total = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    if (totalSelected) totalSelected.textContent = total > 0 ? `(${total} valgt)` : "";
    // A group (the 11 elements) holds several facets; its heading counts the choices in all of them.
    for (const group of root.querySelectorAll<HTMLDetailsElement>("details[data-facet-group]")) {
      const chosen = [...group.querySelectorAll<HTMLFieldSetElement>("fieldset[data-facet]")].reduce(
        (sum, fieldset) => sum + (state.filters[fieldset.dataset["facet"]!]?.length ?? 0),
        0,
      );
      group.querySelector("[data-selected-count]")!.textContent = chosen > 0 ? ` (${chosen} valgt)` : "";
      if (chosen > 0) group.open = true;
    }
  };

  const stateFromUrl = (): SearchState => parseSearchState(location.search, facetKeys, sortKeys);

  const pushUrl = (state: SearchState, replace: boolean): void => {
    if (sameState(state, stateFromUrl(), facetKeys)) return;
    const url = `${location.pathname}${toQueryString(state, facetKeys)}`;
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
  };

  /** Each page's rank in a chosen order, from filter searches (search-rank.ts); once per order. */
  const ranks = new Map<string, Promise<Map<string, number>>>();
  const ranksFor = (api: PagefindApi, plan: NonNullable<ReturnType<typeof sortPlan>>, sort: string) => {
    let known = ranks.get(sort);
    if (!known) {
      known = Promise.all(
        plan.searches.map(async ({ filters }) =>
          ((await api.search(null, { filters }))?.results ?? []).map((result) => result.id),
        ),
      ).then((found) => ranksFrom(plan, found));
      ranks.set(sort, known);
    }
    return known;
  };

  /**
   * Interventions and governance examples: by relevance, or without words alphabetically, since there
   * is no relevance to rank by; a chosen order ranks highest first, and keeps that order among equals.
   */
  const mainSearch = async (api: PagefindApi, state: SearchState) => {
    const term = state.q || null;
    const sort = term ? undefined : ({ [TITLE_SORT]: "asc" } as const);
    // The approach and site pages are left out with the small filter that only they and the
    // examples carry (PAGE_KIND.notIntervention); a chosen kind adds the kind facet's own filter.
    const filters = {
      [PAGE_KIND.notIntervention]: { none: [PAGE_KIND.approach, PAGE_KIND.site] },
      ...pagefindFilters(state),
    };
    const found = await api.search(term, { filters, ...(sort && { sort }) });
    const plan = state.sort
      ? sortPlan(state.sort, sortData.elements ?? [], sortData.thresholds ?? [])
      : undefined;
    if (!found || !plan) return found;
    return {
      ...found,
      results: rankedOrder(found.results, await ranksFor(api, plan, state.sort!), plan.missing),
    };
  };

  /** Approach pages and pages about the site that match the words, listed apart from the results. */
  const showSitePages = async (api: PagefindApi, state: SearchState, mine: number): Promise<void> => {
    const wanted = state.q !== "" && Object.keys(state.filters).length === 0;
    const search = (kind: string) =>
      wanted ? api.search(state.q, { filters: { [PAGE_KIND.notIntervention]: { any: [kind] } } }) : null;
    const found = await Promise.all(
      SIDE_GROUPS.map(async ({ kind, heading }) => {
        const results = (await search(kind))?.results ?? [];
        return { heading, pages: await Promise.all(results.slice(0, 3).map((result) => result.data())) };
      }),
    );
    if (mine !== generation) return;
    const groups = found.filter((group) => group.pages.length > 0);
    sitePages.replaceChildren(...groups.map((group) => renderSitePages(group.heading, group.pages)));
  };

  /** How many of the results are governance examples, under the same words and filters. */
  const countExamples = async (api: PagefindApi, state: SearchState): Promise<number> => {
    const kinds = state.filters[PAGE_KIND.filter];
    if (kinds && !kinds.includes(PAGE_KIND.example)) return 0;
    const found = await api.search(state.q || null, {
      filters: { ...pagefindFilters(state), [PAGE_KIND.notIntervention]: { any: [PAGE_KIND.example] } },
    });
    return found?.results.length ?? 0;
  };

  const search = async (state: SearchState): Promise<void> => {
    if (!pagefind) return;
    requested = state;
    const mine = ++generation;
    root.dataset["searchState"] = "busy";
    root.dataset["countsState"] = "busy";
    const [main, examples] = await Promise.all([mainSearch(pagefind, state), countExamples(pagefind, state)]);
    if (mine !== generation || !main) return;
    current = { state, results: main.results, shown: 0 };
    await showMore({ replace: true, moveFocus: false, count: FIRST_SCREEN });
    if (mine !== generation) return;
    // Announced once the results it counts are on the page.
    setStatus(resultStatus(main.results.length, state, examples));
    // With nothing found there is nothing to go to; the suggestions below the status say what to try.
    for (const jump of jumps) jump.hidden = main.results.length === 0;
    await showGuidance(pagefind, state, main.results.length, mine);
    if (mine !== generation) return;
    await showSitePages(pagefind, state, mine);
    if (mine !== generation) return;
    root.dataset["searchState"] = "done";
    await refreshCounts(state, mine);
  };

  /** Facet counts follow the results, from the counting instance once it has loaded (see start-up). */
  const refreshCounts = async (state: SearchState, mine: number): Promise<void> => {
    if (!counter || !totals) return;
    const term = state.q || null;
    // A facet with choices gets its counts from a search without that facet, so its other values
    // show how many they would add (OR within a facet).
    const chosenFacets = facetKeys.filter((key) => (state.filters[key]?.length ?? 0) > 0);
    const searches = (only?: string) => {
      const narrow = (filters: ReturnType<typeof pagefindFilters>) =>
        only ? { ...filters, [PAGE_KIND.filter]: { any: [only] } } : filters;
      return Promise.all([
        counter!.search(term, { filters: narrow(pagefindFilters(state)) }),
        ...chosenFacets.map((key) => counter!.search(term, { filters: narrow(pagefindFilters(state, key)) })),
      ]);
    };
    // Where a facet counts governance examples apart, a second round counts the interventions alone.
    const kinds = state.filters[PAGE_KIND.filter];
    const noInterventions = Boolean(kinds && !kinds.includes(PAGE_KIND.intervention));
    const apart = fieldsets.some((fieldset) => "countsApart" in fieldset.dataset) && !noInterventions;
    const [[all, ...perFacet], interventionRound] = await Promise.all([
      searches(),
      apart ? searches(PAGE_KIND.intervention) : Promise.resolve(undefined),
    ]);
    if (mine !== generation || !all) return;
    const merge = (found: typeof perFacet, base: PagefindSearch["filters"]) => {
      const counts = { ...base };
      chosenFacets.forEach((key, i) => {
        const facetCounts = found[i]?.filters[key];
        if (facetCounts) counts[key] = facetCounts;
      });
      return counts;
    };
    // Pagefind gives no counts for an empty search (no words, no filters); those are the catalogue totals.
    const counts = merge(perFacet, term || chosenFacets.length > 0 ? all.filters : totals);
    const [allInterventions, ...perFacetInterventions] = interventionRound ?? [];
    const interventions = allInterventions
      ? merge(perFacetInterventions, allInterventions.filters)
      : noInterventions
        ? {}
        : undefined;
    showCounts(counts, interventions);
    root.dataset["countsState"] = "done";
  };

  /**
   * Writes each value's count; where a facet counts governance examples apart, `interventions` holds
   * the interventions alone. A value that would give nothing can't be ticked, and says why.
   */
  const showCounts = (counts: PagefindSearch["filters"], interventions?: PagefindSearch["filters"]): void => {
    for (const fieldset of fieldsets) {
      const key = fieldset.dataset["facet"]!;
      const apart = "countsApart" in fieldset.dataset;
      for (const label of fieldset.querySelectorAll<HTMLElement>("[data-count]")) {
        const value = label.dataset["count"]!;
        const total = counts[key]?.[value] ?? 0;
        const alone = interventions ? (interventions[key]?.[value] ?? 0) : total;
        label.textContent = apart ? countLabel(alone, total - alone) : countLabel(total);
        const option = label.closest("label")!;
        const box = option.querySelector("input")!;
        box.disabled = total === 0 && !box.checked;
        // The shared note (#soeg-nul) says why: "ingen indsatser med de valgte filtre".
        if (box.disabled) box.setAttribute("aria-describedby", ZERO_NOTE_ID);
        else box.removeAttribute("aria-describedby");
        option.classList.toggle("text-muted", total === 0);
      }
    }
  };

  /** Moves to another search, as ticking a box or typing would, from a suggestion's link. */
  const go = (state: SearchState): void => {
    writeForm(state);
    lastChangeWasTyping = false;
    update(false);
    input.focus();
  };

  const suggestionLink = (text: string, state: SearchState): HTMLAnchorElement => {
    const link = document.createElement("a");
    link.href = `${location.pathname}${toQueryString(state, facetKeys)}`;
    link.textContent = text;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      go(state);
    });
    return link;
  };

  const pageLink = (text: string, href: string): HTMLAnchorElement => {
    const link = document.createElement("a");
    link.href = href;
    link.textContent = text;
    return link;
  };

  /** The label a chosen value has on the page: its checkbox's text without the count, or its chip's. */
  const valueLabel = (key: string, value: string): string => {
    const fieldset = fieldsets.find((f) => f.dataset["facet"] === key);
    const box = fieldset?.querySelector<HTMLInputElement>(`input[value="${CSS.escape(value)}"]`);
    const text = box?.closest("label")?.querySelector("span")?.firstChild?.textContent?.trim();
    const other = fieldset
      ?.querySelector<HTMLTemplateElement>("template[data-value-labels]")
      ?.content.querySelector(`[data-value="${CSS.escape(value)}"]`)?.textContent;
    return text || other?.trim() || value;
  };

  const legendOf = (key: string): string =>
    fieldsets
      .find((f) => f.dataset["facet"] === key)
      ?.querySelector("legend")
      ?.textContent?.trim() ?? key;

  /**
   * Below the status: the filters the words name ("Mente du målgruppen Psykisk sårbare?"), and with
   * nothing found, what to try: a filter to remove (with what that gives), the page of a place the
   * words name, other words.
   */
  const showGuidance = async (
    api: PagefindApi,
    state: SearchState,
    count: number,
    mine: number,
  ): Promise<void> => {
    if (!guidance) return;
    const items: HTMLElement[] = [];
    const line = (...parts: (string | Node)[]) => {
      const p = document.createElement("p");
      p.append(...parts);
      items.push(p);
      return p;
    };
    const known = state.q ? await loadTerms() : [];
    if (mine !== generation) return;
    const named = namedTerms(state.q, known);
    const tickable = ({ term }: NamedTerm) =>
      !(state.filters[term.facet] ?? []).includes(term.value) &&
      fieldsets.some(
        (f) =>
          f.dataset["facet"] === term.facet &&
          f.querySelector(`input[value="${CSS.escape(term.value)}"]`) !== null,
      );
    for (const offer of named.filter(tickable)) {
      const { term } = offer;
      const next: SearchState = {
        ...state,
        q: queryWithout(state.q, offer),
        filters: { ...state.filters, [term.facet]: [...(state.filters[term.facet] ?? []), term.value] },
      };
      line(`Mente du ${FACET_NOUNS[term.facet]} `, suggestionLink(term.label, next), "?").dataset["offer"] =
        `${term.facet}:${term.value}`;
    }
    if (items.length > 0) {
      line("Et filter finder også de indsatser, der bruger andre ord for det samme.").className =
        "text-sm text-muted";
    }
    // A place without interventions or examples has no filter and no page: its region's page is next.
    const places = named.filter(({ term }) => (PLACE_FACETS as readonly string[]).includes(term.facet));
    for (const { term } of places.filter(({ term }) => !term.page)) {
      const region = known.find((t) => t.facet === "region" && t.value === term.region);
      const onward: (string | Node)[] = region?.page
        ? [" Se indsatserne i ", pageLink(region.label, region.page), " eller "]
        : [" Se "];
      const list = pageLink("alle kommuner", placeLists.municipalities);
      line(`Kilderne beskriver ingen indsatser fra ${term.label}.`, ...onward, list, ".").dataset["place"] =
        term.value;
    }
    if (count === 0) {
      for (const { term } of places.filter(({ term }) => term.page)) {
        line("Se ", pageLink(`alle indsatser i ${term.label}`, term.page!), ".").dataset["place"] =
          term.value;
      }
      const removals = await filterRemovals(api, state);
      if (mine !== generation) return;
      if (removals.length > 0) {
        const list = document.createElement("ul");
        list.className = "mt-1 list-disc pl-5";
        for (const { text, next, found } of removals) {
          const item = document.createElement("li");
          item.dataset["removeFilter"] = "";
          item.append(suggestionLink(text, next), ` – ${removalOutcome(found)}`);
          list.append(item);
        }
        const heading = line("Prøv uden et af filtrene:");
        heading.after(list);
        items.push(list);
      }
      if (state.q) {
        line(
          "Prøv et andet eller et kortere ord. Søgningen kender kommuner og regioner, men ikke byer: søg på kommunens navn, eller se ",
          pageLink("kommunerne", placeLists.municipalities),
          " og ",
          pageLink("regionerne", placeLists.regions),
          ".",
        );
      }
    }
    guidance.replaceChildren(...items);
    guidance.hidden = items.length === 0;
  };

  /** Each chosen filter with the search it leaves and how many that finds, for an empty result. */
  const filterRemovals = async (api: PagefindApi, state: SearchState) => {
    const chosen = Object.entries(state.filters).flatMap(([key, values]) =>
      values.map((value) => ({ key, value })),
    );
    const options = chosen.map(({ key, value }) => ({
      text: `Fjern ${legendOf(key)}: ${valueLabel(key, value)}`,
      next: {
        ...state,
        filters: { ...state.filters, [key]: state.filters[key]!.filter((v) => v !== value) },
      },
    }));
    if (chosen.length > 1) options.push({ text: "Fjern alle filtre", next: { ...state, filters: {} } });
    return Promise.all(
      options.map(async (option) => {
        const found = await mainSearch(api, option.next);
        return { ...option, found: found?.results.length ?? 0 };
      }),
    );
  };

  /**
   * Replaces the list with the first `count` results of the current search, or adds `count` more.
   * What arrives for a search that is no longer current is dropped.
   */
  const showMore = async ({
    replace,
    moveFocus,
    count,
  }: {
    replace: boolean;
    moveFocus: boolean;
    count: number;
  }): Promise<void> => {
    const listing = current;
    if (!listing) return;
    const mine = generation;
    const stale = () => mine !== generation || listing !== current;
    const from = replace ? 0 : listing.shown;
    const batch = listing.results.slice(from, from + count);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (stale()) return;
    const items = data.map((result) => renderResult(result, listing.state.q !== ""));
    if (replace) list.replaceChildren(...items);
    else list.append(...items);
    listing.shown = from + batch.length;
    more.hidden = listing.shown >= listing.results.length;
    if (moveFocus) items[0]?.querySelector("a")?.focus();
  };

  const update = (replace: boolean): void => {
    const state = readForm();
    showSelectedCounts(state);
    pushUrl(state, replace);
    void search(state);
  };

  input.addEventListener("input", () => {
    void loadTerms();
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      update(lastChangeWasTyping);
      lastChangeWasTyping = true;
    }, TYPING_DELAY_MS);
  });
  form.addEventListener("change", (event) => {
    if (event.target === input) return;
    lastChangeWasTyping = false;
    update(false);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    lastChangeWasTyping = false;
    update(false);
  });
  form.addEventListener("reset", (event) => {
    event.preventDefault();
    writeForm({ q: "", filters: {} });
    lastChangeWasTyping = false;
    update(false);
    input.focus();
  });
  more.addEventListener(
    "click",
    () => void showMore({ replace: false, moveFocus: true, count: RESULTS_PER_BATCH }),
  );
  window.addEventListener("popstate", () => {
    const state = stateFromUrl();
    // A jump within the page (»Gå til resultaterne« is a link to #resultater) fires popstate too. The search
    // is the same, so nothing is redrawn: a redraw would take the focus from a result the reader has reached.
    if (requested && sameState(state, requested, facetKeys)) return;
    writeForm(state);
    lastChangeWasTyping = false;
    void search(state);
  });

  const initial = stateFromUrl();
  // A shared link with words needs the terms too; they load alongside Pagefind.
  if (initial.q) void loadTerms();
  writeForm(initial);
  setStatus("Henter søgningen …");
  const bundle = root.dataset["pagefindBundle"]!;
  loadPagefind(bundle)
    .then(async (api) => {
      pagefind = api;
      await search(initial);
      // The counting instance loads once the first results are painted; then the counts follow.
      await afterPaint();
      const loaded = await loadPagefind(bundle, "counts");
      totals = await loaded.filters();
      counter = loaded;
      if (current) await refreshCounts(current.state, generation);
    })
    .catch((error: unknown) => {
      console.warn("Search failed:", error);
      // Once results are showing, a failed counting instance only leaves the counts as they were.
      if (current) return;
      unavailable.hidden = false;
      setStatus("Søgningen er ikke tilgængelig.");
    });
}

/** Resolves after the browser has painted the current DOM. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function renderResult(result: PagefindResultData, withExcerpt: boolean): HTMLLIElement {
  const item = document.createElement("li");
  const kind = result.meta["slags"];
  item.className = kind
    ? "border border-line border-l-8 border-l-accent bg-wash p-4"
    : "border border-line border-l-4 border-l-brand bg-paper p-4";
  item.dataset["result"] = result.url;
  if (kind) {
    // Governance examples are not interventions; their label says so before the title.
    const label = document.createElement("p");
    label.className = "text-xs font-bold uppercase tracking-wide text-accent";
    label.textContent = kind;
    item.append(label);
  }
  const heading = document.createElement("h3");
  heading.className = "text-lg font-bold leading-snug";
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = readableIndexText(result.meta["title"] ?? result.url);
  heading.append(link);
  const where = document.createElement("p");
  where.className = "mt-1 text-sm text-muted";
  where.textContent = readableIndexText(
    [result.meta["fase"], result.meta["kommune"]].filter(Boolean).join(" · "),
  );
  where.hidden = where.textContent === "";
  const text = document.createElement("p");
  text.className = "mt-2";
  if (withExcerpt) {
    // Pagefind escapes the page text and adds only <mark> around matches; the index's compound marks
    // come out again (see compound-words.ts).
    text.innerHTML = `… ${readableIndexText(result.excerpt)} …`;
  } else {
    text.textContent = readableIndexText(result.meta["summary"] ?? "");
  }
  item.append(heading, where, text);
  // What the entry's documentation holds, in words, as on the cards (src/lib/catalogue/documentation.ts).
  const documented = result.meta["dokumentation"];
  if (documented) {
    const line = document.createElement("p");
    line.className = "mt-2 text-sm";
    line.dataset["resultDocumentation"] = "";
    line.textContent = documented;
    item.append(line);
  }
  // Status and the three dates, as the cards say them (src/lib/catalogue/freshness.ts); governance examples have none.
  for (const [key, className] of [
    ["status", "mt-2 text-sm font-bold"],
    ["datoer", "mt-1 text-sm text-muted"],
  ] as const) {
    const value = result.meta[key];
    if (!value) continue;
    const line = document.createElement("p");
    line.className = className;
    line.dataset[key === "status" ? "resultStatus" : "resultDates"] = "";
    line.textContent = value;
    item.append(line);
  }
  const toggle = compareToggle(result.url, link.textContent);
  if (toggle) item.append(toggle);
  return item;
}

/** A short list of matching pages apart from the results, such as an approach or how to contribute. */
function renderSitePages(title: string, pages: PagefindResultData[]): HTMLElement {
  const box = document.createElement("div");
  box.className = "mb-4 border-l-4 border-brand bg-wash p-4";
  const heading = document.createElement("h3");
  heading.className = "font-bold";
  heading.textContent = title;
  const list = document.createElement("ul");
  list.className = "mt-1 flex flex-col gap-1";
  for (const page of pages) {
    const item = document.createElement("li");
    item.dataset["sitePage"] = page.url;
    const link = document.createElement("a");
    link.href = page.url;
    link.textContent = readableIndexText(page.meta["title"] ?? page.url);
    item.append(link);
    if (page.meta["summary"]) item.append(` – ${readableIndexText(page.meta["summary"])}`);
    list.append(item);
  }
  box.append(heading, list);
  return box;
}
