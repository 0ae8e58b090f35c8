/**
 * "Er oplysningerne forældede?": how a reader tells the editors that an entry is out of date, without
 * JavaScript: a prefilled e-mail to the editors when their address is configured (src/lib/catalogue/editors.ts), and
 * a prefilled issue in the repository for those who use GitHub.
 */
import { editorMailto } from "./editors.ts";
import type { Freshness } from "./freshness.ts";
import { issueFormUrl } from "../site/repository.ts";

export const STALE_HEADING = "Er oplysningerne forældede?";

/** What the e-mail asks, and the issue form (.github/ISSUE_TEMPLATE/foraeldede-oplysninger.yml) asks too. */
export const STALE_QUESTIONS = [
  "Hvad passer ikke længere, og hvad er det rigtige nu?",
  "Hvor ved du det fra (fx enhedens egen side eller en ny rapport)?",
] as const;
export const STALE_NO_PERSONAL_DATA = "Skriv ikke personlige oplysninger om unge eller medarbejdere.";

export type StaleReport = {
  subject: string;
  body: string;
  /** A prefilled e-mail to the editors, or undefined while their address is not configured. */
  mailto: string | undefined;
  /** The repository's issue form for it, with the title and the page filled in. */
  issueUrl: string;
};

export function staleReport(entry: { title: string; url: string; freshness: Freshness }): StaleReport {
  const { sourceDate, reviewed, status } = entry.freshness;
  const subject = `Forældede oplysninger: ${entry.title}`;
  const body = [
    `Indsats: ${entry.title}`,
    `Side: ${entry.url}`,
    `Siden siger: ${sourceDate.sentence} ${reviewed.sentence} Status: ${status.text}.`,
    ...STALE_QUESTIONS.flatMap((question) => ["", question, ""]),
    "",
    STALE_NO_PERSONAL_DATA,
  ].join("\n");
  return {
    subject,
    body,
    mailto: editorMailto(subject, body),
    issueUrl: issueFormUrl("stale", { title: subject, page: entry.url }),
  };
}
