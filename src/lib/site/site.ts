/** Site-wide names and texts, used by the layout, pages and tests. */
import { environment } from "./environment.ts";
export const SITE = {
  name: "Lovende praksis",
  tagline: "Indsatser for unge uden uddannelse og job",
  description:
    "En søgbar samling af lovende indsatser for unge i Danmark, der hverken er i uddannelse eller job.",
  lang: "da",
} as const;

/**
 * The public address, from SITE_URL at build time. Without it, canonical URLs, open data and the feed
 * point at the local preview address, and pages that would name the address leave it out.
 */
export const PUBLIC_SITE_URL: string | undefined = environment()["SITE_URL"]?.trim() || undefined;

/** Where `npm start` and `npm run dev` serve the site; stands in for the public address in local builds. */
export const LOCAL_SITE_URL = "http://localhost:4321";
