/**
 * E-mail addresses and prefilled e-mails (mailto: links), for the editors' address
 * (src/lib/catalogue/editors.ts), the review list's requests for confirmation and readers' reports of
 * stale facts. An address is judged by the one rule for mailto: addresses in src/lib/schema/url-policy.ts.
 */
import { urlProblem } from "./url-policy.ts";

/**
 * Why `value` is not an e-mail address we publish, in Danish, or undefined when it is one: an RFC 5322
 * addr-spec in its dot-atom form with a public domain name, exactly as a contact's mailto: address must be
 * (url-policy.ts), and nothing after it.
 */
export function addrSpecProblem(value: string): string | undefined {
  if (/[?#]/.test(value))
    return `${JSON.stringify(value)} er ikke én e-mailadresse: fjern alt efter adressen (? eller #).`;
  return urlProblem(`mailto:${value}`, { allowMailto: true });
}

/**
 * A prefilled e-mail as a mailto: link (RFC 6068). `to` may be empty, so the sender fills in the recipient.
 * Line breaks become CRLF, and everything is percent-encoded, so no text can add a header or a recipient.
 */
export function mailtoHref(message: { to?: string | undefined; subject: string; body: string }): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
  const to = message.to ? encodeURIComponent(message.to).replaceAll("%40", "@") : "";
  return `mailto:${to}?subject=${encode(message.subject)}&body=${encode(message.body)}`;
}

/** The address of a `contact` that is a functional mailbox (mailto:), without a subject; undefined otherwise. */
export function contactAddress(contact: string | undefined): string | undefined {
  if (!contact?.toLowerCase().startsWith("mailto:")) return undefined;
  return contact.slice("mailto:".length).split("?")[0];
}
