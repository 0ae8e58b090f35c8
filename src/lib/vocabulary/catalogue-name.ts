/**
 * What the site calls the 2022 report by Marselisborg Consulting, so it is never confused with this site
 * ("Lovende praksis"). Every text that names the report, in vocabulary, rubric and UI, uses these.
 */
export const CATALOGUE_NAME = "Marselisborg-kataloget";

/** The name in the genitive: "Marselisborg-katalogets oversigtstabel". */
export const CATALOGUE_NAME_GENITIVE = `${CATALOGUE_NAME}s` as const;
