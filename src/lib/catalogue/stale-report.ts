/**
 * "Er oplysningerne forældede?": how a reader tells the editors that an entry is out of date, without
 * JavaScript: a prefilled e-mail to the editors when their address is configured (src/lib/catalogue/editors.ts), and
 * a prefilled issue in the repository for those who use GitHub.
 */
import { editorMailto } from "./editors.ts";
import type { Freshness } from "./freshness.ts";
import { newIssueUrl } from "../site/repository.ts";

export const STALE_HEADING = "Er oplysningerne forældede?";

export type StaleReport = {
  subject: string;
  body: string;
  /** A prefilled e-mail to the editors, or undefined while their address is not configured. */
  mailto: string | undefined;
  /** A prefilled new issue in the repository. */
  issueUrl: string;
};

export function staleReport(entry: { title: string; url: string; freshness: Freshness }): StaleReport {
  const { sourceDate, reviewed, status } = entry.freshness;
  const subject = `Forældede oplysninger: ${entry.title}`;
  const body = [
    `Indsats: ${entry.title}`,
    `Side: ${entry.url}`,
    `Siden siger: ${sourceDate.sentence} ${reviewed.sentence} Status: ${status.text}.`,
    "",
    "Hvad passer ikke længere, og hvad er det rigtige nu?",
    "",
    "",
    "Hvor ved du det fra (fx enhedens egen side eller en ny rapport)?",
    "",
    "",
    "Skriv ikke personlige oplysninger om unge eller medarbejdere.",
  ].join("\n");
  return {
    subject,
    body,
    mailto: editorMailto(subject, body),
    issueUrl: newIssueUrl({ title: subject, body }),
  };
}
