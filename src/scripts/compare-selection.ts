/**
 * The reader's current comparison selection, remembered in localStorage so plain "Sammenlign" links
 * on pages without JavaScript can add to it. Only ids and titles are stored; storage may be missing
 * or full, and then the selection simply lives in the URL alone.
 */
import { isSlug, MAX_COMPARED } from "../lib/compare/index.ts";

export type Picked = { id: string; title: string };

const KEY = "lp-sammenligning";

export function loadSelection(): Picked[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? "[]");
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (item): item is Picked =>
          typeof item?.id === "string" && isSlug(item.id) && typeof item.title === "string",
      )
      .slice(0, MAX_COMPARED);
  } catch {
    return [];
  }
}

export function saveSelection(selection: readonly Picked[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(selection.slice(0, MAX_COMPARED)));
  } catch {
    // Private mode or full storage: the URL still carries the selection.
  }
}

/** Creates an element with attributes and children; text is always set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
