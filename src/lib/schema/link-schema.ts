import { z } from "astro/zod";
import { partialDateField } from "./date-field.ts";
import { lineText, TEXT_LIMITS } from "./text-fields.ts";
import { urlProblem } from "./url-policy.ts";
import { unknownKeysMessage } from "./vocabulary-field.ts";

/** The keys a link may have, in the order the file and the editor write them. */
export const LINK_KEYS = ["title", "publisher", "url", "http", "published"] as const;

/** One external link in content/links.toml. */
export const linkSchema = z
  .strictObject(
    {
      title: lineText("title", { min: 2, max: TEXT_LIMITS.linkTitle }).describe(
        "Linkets titel, som siden selv kalder sig.",
      ),
      publisher: lineText("publisher", { min: 2, max: TEXT_LIMITS.name })
        .optional()
        .describe("Hvem står bag siden."),
      url: z
        .string({ error: (issue) => urlProblem(issue.input) })
        .describe("Fuld adresse med https://; http:// kun med http = true."),
      http: z
        .literal(true, { error: "http skal være true eller udelades." })
        .optional()
        .describe("Sæt http = true kun for en side, der ikke findes med https; så er http:// tilladt i url."),
      published: partialDateField("published")
        .optional()
        .describe(
          'Datoen, siden selv oplyser som sin udgivelsesdato, som "ÅÅÅÅ", "ÅÅÅÅ-MM" eller "ÅÅÅÅ-MM-DD". Udelades, når siden ikke oplyser en; så står kilden som udateret.',
        ),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys, [...LINK_KEYS]) : undefined,
    },
  )
  .superRefine((link, ctx) => {
    const problem = urlProblem(link.url, { allowHttp: link.http === true });
    if (problem) ctx.addIssue({ code: "custom", path: ["url"], message: problem });
  });

export type LinkData = z.output<typeof linkSchema>;
