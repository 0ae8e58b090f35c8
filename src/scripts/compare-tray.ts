/**
 * The comparison tray on the search page: "Sammenlign" toggles on each result, and a small list of the
 * chosen entries with a link to the comparison. Changes are announced in a live region.
 */
import { addId, compareQuery, MIN_COMPARED } from "../lib/compare/index.ts";
import { el, loadSelection, saveSelection, type Picked } from "./compare-selection.ts";

const BUTTON = "border border-brand px-2 py-0.5 text-sm text-brand";
const ENTRY_PATH = /\/indsatser\/([a-z0-9-]+)\/$/;

/** The toggle for one search result, or nothing if the result is not an entry page. */
export function compareToggle(url: string, title: string): HTMLButtonElement | undefined {
  const id = ENTRY_PATH.exec(new URL(url, location.href).pathname)?.[1];
  if (!id) return undefined;
  const button = el(
    "button",
    {
      type: "button",
      "data-compare-toggle": id,
      "data-title": title,
      "aria-pressed": "false",
      class: `mt-2 ${BUTTON} aria-pressed:bg-brand aria-pressed:text-white aria-pressed:before:content-['✓_']`,
    },
    "Sammenlign",
  );
  button.append(el("span", { class: "sr-only" }, ` ${title}`));
  return button;
}

export function startCompareTray(tray: HTMLElement, results: HTMLElement): void {
  const list = tray.querySelector<HTMLElement>("[data-tray-list]")!;
  const link = tray.querySelector<HTMLAnchorElement>("[data-tray-link]")!;
  const hint = tray.querySelector<HTMLElement>("[data-tray-hint]")!;
  const status = document.querySelector<HTMLElement>("[data-tray-status]")!;
  const compareUrl = link.getAttribute("href")!;
  let selection = loadSelection();

  const sync = () => {
    for (const button of results.querySelectorAll<HTMLButtonElement>("button[data-compare-toggle]")) {
      button.setAttribute(
        "aria-pressed",
        String(selection.some((p) => p.id === button.dataset["compareToggle"])),
      );
    }
  };

  const render = () => {
    tray.hidden = selection.length === 0;
    list.replaceChildren(
      ...selection.map((picked) => {
        const remove = el(
          "button",
          { type: "button", "data-tray-remove": picked.id, class: BUTTON },
          "Fjern",
        );
        remove.append(el("span", { class: "sr-only" }, ` ${picked.title}`));
        remove.addEventListener("click", () => change(picked, false));
        return el("li", { "data-tray-item": picked.id }, el("span", {}, picked.title), " ", remove);
      }),
    );
    link.href = `${compareUrl}${compareQuery(selection.map((p) => p.id))}`;
    link.hidden = selection.length < MIN_COMPARED;
    hint.hidden = selection.length >= MIN_COMPARED;
    sync();
  };

  const change = (picked: Picked, add: boolean) => {
    const before = selection;
    if (add) {
      const { result } = addId(
        before.map((p) => p.id),
        picked.id,
      );
      if (result === "full") {
        status.textContent = "Du kan højst sammenligne fire indsatser. Fjern en først.";
        return;
      }
      selection = result === "added" ? [...before, picked] : before;
    } else {
      selection = before.filter((p) => p.id !== picked.id);
      // Focus would be lost with the removed button; the next item or the results take it.
      const index = before.findIndex((p) => p.id === picked.id);
      queueMicrotask(() =>
        (
          list.querySelectorAll("button")[index] ??
          list.querySelectorAll("button")[index - 1] ??
          results.closest("form")?.querySelector<HTMLInputElement>('input[type="search"]')
        )?.focus(),
      );
    }
    saveSelection(selection);
    render();
    status.textContent = `»${picked.title}« er ${add ? "føjet til" : "fjernet fra"} sammenligningen. ${selection.length} valgt.`;
  };

  results.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-compare-toggle]");
    if (!button) return;
    const picked = { id: button.dataset["compareToggle"]!, title: button.dataset["title"]! };
    change(picked, button.getAttribute("aria-pressed") !== "true");
  });
  new MutationObserver(sync).observe(results, { childList: true });
  render();
}
