/**
 * How a reader reaches the editors without GitHub: »Foreslå en indsats«, »Foreslå en rettelse« and
 * »Foreslå en kontakt« as prefilled e-mails with a short Danish template, when the editors' address is
 * configured (EDITOR_EMAIL, src/lib/catalogue/editors.ts). The GitHub route stays beside each for those who
 * use GitHub. While the address is not configured, `mailto` is undefined and pages say so (EMAIL_NOT_SET_UP);
 * they never show a made-up address. No JavaScript: every route is a plain link.
 */
import { editorMailto } from "./editors.ts";
import { editUrl, issueFormUrl, proposeUrl } from "../site/repository.ts";
import { SITE } from "../site/site.ts";

export type Suggestion = {
  subject: string;
  body: string;
  /** A prefilled e-mail to the editors, or undefined while their address is not configured. */
  mailto: string | undefined;
  /** The same suggestion on GitHub (a form, the file in GitHub's editor, or a prefilled issue). */
  githubUrl: string;
};

/** The line every template ends with: the site's rule on names (CONTRIBUTING, »Navne«). */
export const NO_PERSONAL_DATA =
  "Nævn medarbejdere ved deres rolle, ikke ved navn, og skriv ikke personlige oplysninger om unge.";

export const SUGGESTION_LABELS = {
  entry: "Foreslå en indsats",
  correction: "Foreslå en rettelse",
  contact: "Foreslå en kontakt",
} as const;

type Entry = { id: string; title: string; url: string };

const suggestion = (subject: string, lines: string[], githubUrl: string): Suggestion => {
  const body = [...lines, "", NO_PERSONAL_DATA].join("\n");
  return { subject, body, mailto: editorMailto(subject, body), githubUrl };
};

/** A new intervention: the facts the editors need to find its source and describe it. */
export function entrySuggestion(): Suggestion {
  return suggestion(
    `${SUGGESTION_LABELS.entry} til ${SITE.name}`,
    [
      "Indsatsens navn:",
      "",
      "Kommune eller region:",
      "",
      "Hvem driver den (enhed eller organisation):",
      "",
      "Hvad gør den, og for hvilke unge:",
      "",
      "Link til en kilde (kommunens side, en rapport, en evaluering eller en artikel):",
      "",
    ],
    proposeUrl(),
  );
}

/** A correction to one entry's page. */
export function correctionSuggestion(entry: Entry): Suggestion {
  return suggestion(
    `Rettelse til »${entry.title}« i ${SITE.name}`,
    [
      `Indsats: ${entry.title}`,
      `Side: ${entry.url}`,
      "",
      "Hvad er forkert?",
      "",
      "Hvad er det rigtige?",
      "",
      "Hvor står det (link til en kilde)?",
      "",
    ],
    editUrl(entry.id),
  );
}

/** What the e-mail asks for a contact, and the issue form (.github/ISSUE_TEMPLATE/foreslaa-en-kontakt.yml) too. */
export const CONTACT_QUESTIONS = [
  "Enhedens offentlige side eller fælles postkasse (ikke en medarbejders egen e-mail)",
  "Hvor har du den fra?",
] as const;

/** The unit's public contact for one entry: its own page or a functional mailbox, never a person's. */
export function contactSuggestion(entry: Entry & { responsible: string }): Suggestion {
  const subject = `Kontakt til »${entry.title}« i ${SITE.name}`;
  const lines = [
    `Indsats: ${entry.title}`,
    `Side: ${entry.url}`,
    `Ansvarlig ifølge siden: ${entry.responsible}`,
    ...CONTACT_QUESTIONS.flatMap((question) => ["", question.endsWith("?") ? question : `${question}:`]),
    "",
  ];
  return suggestion(subject, lines, issueFormUrl("contact", { title: subject, page: entry.url }));
}
