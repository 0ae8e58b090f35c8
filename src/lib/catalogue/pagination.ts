/**
 * Listing and filter pages show at most PAGE_SIZE cards, so no page grows without bound as the
 * catalogue does. Page 1 keeps the listing's own URL; see pageUrl in routes.ts.
 */
import { pageUrl } from "./routes.ts";

export { pageParam } from "./routes.ts";

export const PAGE_SIZE = 48;

export type Page<T> = {
  items: T[];
  number: number;
  total: number;
  /** Total items across all pages. */
  count: number;
  first: number;
  last: number;
  url: string;
  prev?: string | undefined;
  next?: string | undefined;
};

/** Splits items into pages under `base`; an empty list still gives one (empty) page. */
export function paginate<T>(items: readonly T[], base: string, size = PAGE_SIZE): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, index) => {
    const number = index + 1;
    const start = index * size;
    const pageItems = items.slice(start, start + size);
    return {
      items: pageItems,
      number,
      total,
      count: items.length,
      first: pageItems.length > 0 ? start + 1 : 0,
      last: start + pageItems.length,
      url: pageUrl(base, number),
      prev: number > 1 ? pageUrl(base, number - 1) : undefined,
      next: number < total ? pageUrl(base, number + 1) : undefined,
    };
  });
}

/**
 * The page numbers to link around the current page: the first, the last and `radius` on each side,
 * with `undefined` where numbers are left out, so the navigation stays small however many pages
 * there are.
 */
export function pageWindow(current: number, total: number, radius = 2): (number | undefined)[] {
  const shown = new Set([1, total]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= total) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  return numbers.flatMap((n, i) => (i > 0 && n - numbers[i - 1]! > 1 ? [undefined, n] : [n]));
}
