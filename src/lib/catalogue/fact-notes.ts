/**
 * A source's own wording of where an intervention sits ("Jobcenter", "nationalt") is worth showing
 * only when it says more than the tags already shown above it.
 */

const PARTS = /\s*(?:,|;|\bog\b|\bsamt\b)\s*/i;

const normalise = (text: string) =>
  text
    .toLowerCase()
    .replace(/^den\s+|^det\s+/, "")
    .replace(/["»«.]/g, "")
    .trim();

/** Equal, or one is the other plus a short Danish ending ("UU-vejledningen", "nationalt"). */
const sameWord = (a: string, b: string) => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && /^[a-zæøå]{0,3}$/.test(long.slice(short.length));
};

/** True when every part of the note ("STU, Den kommunale ungeindsats") is one of the labels, give or take an ending. */
export function repeatsLabels(note: string, labels: readonly string[]): boolean {
  const known = labels.map(normalise).filter(Boolean);
  const parts = note.split(PARTS).map(normalise).filter(Boolean);
  return parts.length > 0 && parts.every((part) => known.some((label) => sameWord(part, label)));
}
