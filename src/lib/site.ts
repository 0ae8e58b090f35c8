/** Site-wide names and texts, used by the layout, pages and tests. */
export const SITE = {
  name: "Lovende praksis",
  tagline: "Indsatser for unge uden uddannelse og job",
  description:
    "Et søgbart katalog over lovende indsatser for unge i Danmark, der hverken er i uddannelse eller job.",
  lang: "da",
} as const;
