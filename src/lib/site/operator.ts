/**
 * Who runs the published site and how users reach them. This is the one place to set contact details; the
 * accessibility statement reads them from here. Leave a field undefined until it is real: the statement then
 * says that the operator has not published it yet, rather than showing an invented address.
 *
 * Danish law asks for both a written and a telephone contact in an accessibility statement.
 */

import { environment } from "./environment.ts";
export type Operator = {
  /** The authority or organisation responsible for the site, e.g. "Region Midtjylland". */
  name?: string;
  email?: string;
  phone?: string;
  /** A page or form for feedback, e.g. the repository's issue tracker. */
  feedbackUrl?: string;
};

/** The variable that names the operator when the site is built: "Region Midtjylland, Regional Udvikling". */
export const OPERATOR_NAME_VARIABLE = "OPERATOR_NAME";
const MAX_NAME = 120;

/**
 * The operator as the build configures it, read like REPO_URL and EDITOR_EMAIL: OPERATOR_NAME names who runs
 * the site (/om/ and the accessibility statement say it). Unset, the pages say it is not stated yet. A value
 * that is not one short line stops the build.
 */
export function readOperator(env: Readonly<Record<string, string | undefined>>): Operator {
  const name = env[OPERATOR_NAME_VARIABLE]?.trim();
  if (!name) return {};
  if (/[\p{Cc}\p{Cf}]/u.test(name) || name.length > MAX_NAME)
    throw new Error(
      `${OPERATOR_NAME_VARIABLE} must be one line of at most ${MAX_NAME} characters without control or format characters.`,
    );
  return { name };
}

export const OPERATOR: Operator = readOperator(environment());

export type ContactLine = { label: string; text: string; href: string };

/** The contact channels that are actually set, in the order the statement lists them. */
export function contactLines(operator: Operator): ContactLine[] {
  const lines: ContactLine[] = [];
  if (operator.email) lines.push({ label: "E-mail", text: operator.email, href: `mailto:${operator.email}` });
  if (operator.phone) {
    lines.push({
      label: "Telefon",
      text: operator.phone,
      href: `tel:${operator.phone.replace(/[^\d+]/g, "")}`,
    });
  }
  if (operator.feedbackUrl) {
    lines.push({ label: "Skriv til os", text: operator.feedbackUrl, href: operator.feedbackUrl });
  }
  return lines;
}
