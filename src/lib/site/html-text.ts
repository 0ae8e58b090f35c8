/** Text written into HTML by hand rather than by Astro (the feed's HTML titles, the search records). */

/** Markup characters escaped, so the text shows as text. */
export const escapeHtml = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** The same, for a value in double quotes. */
export const escapeHtmlAttribute = (text: string): string => escapeHtml(text).replaceAll('"', "&quot;");
