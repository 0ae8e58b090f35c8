/**
 * Our wording for a few of Decap's Danish phrases in the editor at /admin/: the form's messages are
 * the check's and the schema's, so they must read as plain Danish ("Resumé: Skriv 40–320 tegn."), not
 * "Resumé matchede ikke: …". Merged into Decap's own Danish phrases, which stay for everything else.
 */
export type Phrases = { [key: string]: string | Phrases };

export const DANISH_PHRASES: Phrases = {
  collection: {
    // Decap writes a full-width plus (U+FF0B), which common fonts lack: it showed as a missing glyph.
    collectionTop: { newButton: "+ %{collectionLabel}" },
  },
  editor: {
    editorControlPane: {
      widget: {
        regexPattern: "%{fieldLabel}: %{pattern}",
        range: "%{fieldLabel} skal være mellem %{minValue} og %{maxValue}.",
        min: "%{fieldLabel} skal være mindst %{minValue}.",
        max: "%{fieldLabel} må højst være %{maxValue}.",
      },
    },
  },
  ui: {
    toast: {
      onFailToPersist: "Udkastet er ikke gemt. %{details}",
      missingRequiredField: "Et påkrævet felt er tomt. Udfyld de markerede felter, og gem igen.",
    },
  },
};

/** `base` with `overrides` laid over it, key by key at every depth. */
export function mergePhrases(base: Phrases, overrides: Phrases): Phrases {
  const merged: Phrases = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const current = merged[key];
    merged[key] =
      typeof value === "object" && typeof current === "object" ? mergePhrases(current, value) : value;
  }
  return merged;
}
