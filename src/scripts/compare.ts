/**
 * The compare island on /sammenlign/: reads the selection from the URL, fetches each chosen entry's
 * small JSON file and fills the columns of the table the page rendered at build. Every text from the
 * data is written with textContent.
 */
import {
  addId,
  capSelection,
  compareQuery,
  isSlug,
  leftOutNote,
  MAX_READ,
  MIN_COMPARED,
  parseAdd,
  parseIds,
} from "../lib/compare/index.ts";
import { el, loadSelection, saveSelection } from "./compare-selection.ts";
import type { CompareElement, CompareRecord } from "../lib/open-data/index.ts";

type Loaded = { records: CompareRecord[]; unknown: string[] };

export function startCompare(root: HTMLElement): void {
  const recordUrl = (id: string) => root.dataset["recordUrl"]!.replace("{id}", id);
  const status = root.querySelector<HTMLElement>("[data-compare-status]")!;
  const notes = root.querySelector<HTMLElement>("[data-compare-notes]")!;
  const table = root.querySelector<HTMLTableElement>("[data-compare-table]")!;
  const headRow = table.tHead!.rows[0]!;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>("tr[data-row]")];
  const groupCells = [...table.querySelectorAll<HTMLTableCellElement>("[data-group]")];
  const notAssessed = root.dataset["notAssessed"]!;
  const cache = new Map<string, Promise<CompareRecord | undefined>>();

  const fetchRecord = (id: string) => {
    let found = cache.get(id);
    if (!found) {
      found = isSlug(id)
        ? fetch(recordUrl(id))
            .then((response) => (response.ok ? (response.json() as Promise<CompareRecord>) : undefined))
            .catch(() => undefined)
        : Promise.resolve(undefined);
      cache.set(id, found);
    }
    return found;
  };

  const load = async (ids: string[]): Promise<Loaded> => {
    const found = await Promise.all(ids.map(fetchRecord));
    return {
      records: found.filter((record): record is CompareRecord => record !== undefined),
      unknown: ids.filter((_, i) => !found[i]),
    };
  };

  const note = (text: string, ...links: HTMLAnchorElement[]) =>
    notes.append(el("p", { class: "compare-note" }, text, ...links));

  let pendingNote: string | undefined;

  const render = async (announce?: string, focusAfter?: number): Promise<void> => {
    const ids = parseIds(location.search);
    const read = ids.slice(0, MAX_READ);
    const loaded = await load(read);
    const { unknown } = loaded;
    const { compared: records, leftOut } = capSelection(loaded.records);
    notes.replaceChildren();
    if (pendingNote) note(pendingNote);
    pendingNote = undefined;
    for (const id of unknown) note(`Vi kender ingen indsats med id »${id}«, så den er udeladt.`);
    if (leftOut.length > 0 || ids.length > read.length) {
      note(
        leftOutNote(
          leftOut.map((record) => record.title),
          ids.length - read.length,
        ),
      );
      // The URL, the tray and the table then agree on what is compared.
      const kept = read.filter((id) => !leftOut.some((record) => record.id === id));
      history.replaceState(null, "", `${location.pathname}${compareQuery(kept)}`);
    }
    if (records.length < MIN_COMPARED) {
      const one = records[0];
      note(
        one
          ? `Du har valgt én indsats, »${one.title}«. Vælg mindst to for at sammenligne. `
          : "Vælg mindst to indsatser for at sammenligne. ",
        el("a", { href: root.dataset["searchUrl"]! }, "Find indsatser i søgningen"),
      );
    }
    if (records.length > 0) saveSelection(records.map(({ id, title }) => ({ id, title })));
    else if (ids.length > 0) saveSelection([]);
    fill(records);
    table.hidden = records.length < MIN_COMPARED;
    // The caveat on result figures goes with the table, on screen and on paper.
    const caveat = root.querySelector<HTMLElement>("[data-compare-caveat]");
    if (caveat) caveat.hidden = table.hidden;
    const printed = document.querySelector("[data-print-page-url]");
    if (printed) printed.textContent = location.href;
    root.dataset["compareState"] = "done";
    status.textContent =
      announce ??
      (records.length >= MIN_COMPARED
        ? `Sammenligner ${records.length} indsatser: ${records.map((r) => r.title).join(", ")}.`
        : "");
    if (focusAfter !== undefined) {
      const buttons = table.querySelectorAll<HTMLButtonElement>("button[data-remove]");
      (buttons[Math.min(focusAfter, buttons.length - 1)] ?? status).focus();
    }
  };

  const remove = (record: CompareRecord, index: number) => {
    const ids = parseIds(location.search).filter((id) => id !== record.id);
    history.pushState(null, "", `${location.pathname}${compareQuery(ids)}`);
    const left = ids.length;
    void render(`»${record.title}« er fjernet fra sammenligningen. ${left} tilbage.`, index);
  };

  const fill = (records: CompareRecord[]) => {
    headRow.replaceChildren(
      headRow.cells[0]!,
      ...records.map((record, index) => {
        const button = el(
          "button",
          { type: "button", "data-remove": record.id, class: "compare-remove" },
          "Fjern",
        );
        button.append(el("span", { class: "sr-only" }, ` ${record.title} fra sammenligningen`));
        button.addEventListener("click", () => remove(record, index));
        return el(
          "th",
          { scope: "col", "data-entry": record.id },
          el("a", { href: record.url }, record.title),
          el("br"),
          button,
        );
      }),
    );
    for (const cell of groupCells) cell.colSpan = records.length + 1;
    for (const row of rows) {
      const key = row.dataset["row"]!;
      row.replaceChildren(
        row.cells[0]!,
        ...records.map((record) => {
          const cell = el("td", { "data-title": record.title });
          if (key.startsWith("element:"))
            elementCell(cell, record.elements[key.slice(8) as never], notAssessed);
          else
            for (const line of record.rows[key as keyof CompareRecord["rows"]])
              cell.append(
                typeof line === "string"
                  ? el("p", {}, line)
                  : el(
                      "p",
                      { class: "compare-figure" },
                      el("strong", {}, line.text),
                      el("span", { class: "compare-figure-detail" }, line.detail),
                    ),
              );
          return cell;
        }),
      );
    }
  };

  window.addEventListener("popstate", () => void render());

  // A plain link from a page without JavaScript asks to add one entry to the remembered selection.
  const adding = parseAdd(location.search);
  let announce: string | undefined;
  if (adding || parseIds(location.search).length === 0) {
    const remembered = loadSelection().map((picked) => picked.id);
    const { ids, result } = adding ? addId(remembered, adding) : { ids: remembered, result: "added" };
    if (result === "full")
      announce = "Du kan højst sammenligne fire indsatser. Fjern en, før du tilføjer flere.";
    history.replaceState(null, "", `${location.pathname}${compareQuery(ids)}`);
  }
  pendingNote = announce;
  void render(announce);
}

function elementCell(cell: HTMLTableCellElement, score: CompareElement, notAssessed: string): void {
  if (!score) {
    cell.dataset["level"] = "ikke-vurderet";
    cell.append(el("span", { class: "not-assessed" }, notAssessed));
    return;
  }
  cell.dataset["level"] = String(score.level);
  const steps = el("span", { class: "steps", "aria-hidden": "true" });
  for (let step = 1; step <= score.max; step++)
    steps.append(el("span", { class: step <= score.level ? "on" : "" }));
  cell.append(
    el("span", { class: "level" }, steps, `${score.level}/${score.max} ${score.label}`),
    el("p", { class: "rationale" }, score.rationale),
  );
}
