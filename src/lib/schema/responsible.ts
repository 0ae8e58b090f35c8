/**
 * Who runs an intervention. `responsible` names the unit as the sources do; the value "ukendt" says the
 * sources do not name one, which the page states plainly rather than guessing.
 */
export const RESPONSIBLE_UNKNOWN = "ukendt";

export const RESPONSIBLE_UNKNOWN_TEXT = "Kilderne oplyser ikke, hvem der driver indsatsen.";

/** What the page says: the named unit, or that the sources do not say. */
export function responsibleText(value: string): { text: string; known: boolean } {
  if (value.trim().toLowerCase() === RESPONSIBLE_UNKNOWN)
    return { text: RESPONSIBLE_UNKNOWN_TEXT, known: false };
  return { text: value, known: true };
}
