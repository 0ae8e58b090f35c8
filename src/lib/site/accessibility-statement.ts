/**
 * Facts in the accessibility statement (/tilgaengelighed/) that tests and docs also rely on. Update `prepared`
 * and `reviewed` whenever the statement is re-assessed; Danish rules ask for a review at least once a year.
 */
export const ACCESSIBILITY_STATEMENT = {
  /** ISO dates. */
  prepared: "2026-11-22",
  reviewed: "2026-11-22",
  standard: "EN 301 549, som svarer til WCAG 2.1 niveau AA",
  /** Where Digitaliseringsstyrelsen explains how to complain about inaccessible public websites. */
  complaintsUrl:
    "https://digst.dk/digital-inklusion/webtilgaengelighed/oplever-du-ikke-tilgaengeligt-indhold/",
  supervisoryAuthority: "Digitaliseringsstyrelsen",
  /**
   * axe-core checks every page at desktop width and one page of each type at phone width; every page must
   * also reflow without horizontal scrolling at 320 CSS px (WCAG 1.4.10).
   */
  testedWidths: { desktop: 1280, phone: 375, reflow: 320 },
} as const;
