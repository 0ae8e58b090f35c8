/**
 * The copy of a page the search index reads. Pagefind separates words only at the elements it treats
 * as blocks (p, li, div, headings, td …); across a closing dt, dd, span or th it runs one text into the
 * next ("AnsvarligUngeenheden"), and excerpts show the words glued. So every closing tag gets a space
 * after it, except the phrasing elements that can end in the middle of a word (a, em, strong …).
 * The published page is not changed.
 */
const WORD_INTERNAL = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "data",
  "dfn",
  "em",
  "i",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
]);

export function spacedForIndex(html: string): string {
  return html.replace(/<\/([a-zA-Z][\w-]*)\s*>/g, (tag, name: string) =>
    WORD_INTERNAL.has(name.toLowerCase()) ? tag : `${tag} `,
  );
}
