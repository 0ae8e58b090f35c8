/** "Did you mean" support for vocabulary errors. */

/** Folds Danish letters and separators so "psykisk saarbare" and "Psykisk sårbare" compare equal. */
export function normalise(value: string): string {
  return value
    .toLowerCase()
    .trim()
    .replaceAll("æ", "ae")
    .replaceAll("ø", "oe")
    .replaceAll("å", "aa")
    .replaceAll("é", "e")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The allowed value closest to `input`, matching against both slugs and labels,
 * or undefined when nothing is reasonably close.
 */
export function closestMatch(
  input: string,
  options: ReadonlyArray<{ value: string; label?: string | undefined }>,
): string | undefined {
  const wanted = normalise(input);
  const tolerance = Math.max(2, Math.floor(wanted.length / 3));
  let best: { value: string; distance: number } | undefined;
  for (const option of options) {
    for (const candidate of [option.value, option.label].filter(Boolean) as string[]) {
      const target = normalise(candidate);
      // The distance is at least the difference in length: a long input is never compared in full.
      if (Math.abs(target.length - wanted.length) > tolerance && !target.startsWith(wanted)) continue;
      const distance = target.startsWith(wanted) && wanted.length >= 4 ? 1 : editDistance(wanted, target);
      if (!best || distance < best.distance) best = { value: option.value, distance };
    }
  }
  if (!best) return undefined;
  return best.distance <= tolerance ? best.value : undefined;
}
