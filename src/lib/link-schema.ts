import { z } from "astro/zod";

/** One external link in content/links.toml. */
export const linkSchema = z.strictObject({
  title: z.string().min(2).describe("Linkets titel, som siden selv kalder sig."),
  publisher: z.string().optional().describe("Hvem står bag siden."),
  url: z.url({
    error: (issue) => `"${String(issue.input)}" er ikke en gyldig URL. Skriv den fulde adresse med https://.`,
  }),
});

export type LinkData = z.output<typeof linkSchema>;
