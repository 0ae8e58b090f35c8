/**
 * Who runs the published site and how users reach them. This is the one place to set contact details; the
 * accessibility statement reads them from here. Leave a field undefined until it is real: the statement then
 * says that the operator has not published it yet, rather than showing an invented address.
 *
 * Danish law asks for both a written and a telephone contact in an accessibility statement.
 */
export type Operator = {
  /** The authority or organisation responsible for the site, e.g. "Region Midtjylland". */
  name?: string;
  email?: string;
  phone?: string;
  /** A page or form for feedback, e.g. the repository's issue tracker. */
  feedbackUrl?: string;
};

export const OPERATOR: Operator = {};

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
