/**
 * E-mail addresses and prefilled e-mails (mailto: links), for the editors' address (src/lib/catalogue/editors.ts),
 * the review list's requests for confirmation and readers' reports of stale facts.
 */
import { isPlainDomainName } from "./url-policy.ts";

/** RFC 5322 atext: the characters of a dot-atom's words. */
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
const DOT_ATOM = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*$`);

/**
 * Why `value` is not an addr-spec we publish, in Danish, or undefined when it is one: RFC 5322's
 * addr-spec in its dot-atom form (local-part@domain, no quoted strings, comments or display names),
 * at most 64 characters before the @ and 254 in all, with a public domain name such as eksempel.dk.
 */
export function addrSpecProblem(value: string): string | undefined {
  const shown = JSON.stringify(value);
  if (value.length > 254) return `${shown} er længere end 254 tegn, som en e-mailadresse højst må være.`;
  const at = value.lastIndexOf("@");
  if (at <= 0) return `${shown} er ikke en e-mailadresse: den skal skrives som navn@eksempel.dk.`;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64) return `${shown}: delen før @ må højst være 64 tegn.`;
  if (!DOT_ATOM.test(local))
    return `${shown}: delen før @ må kun indeholde bogstaverne a–z, tal og tegnene !#$%&'*+/=?^_\`{|}~- med enkelte punktummer imellem (ingen mellemrum, anførselstegn eller æ, ø og å).`;
  if (!isPlainDomainName(domain.toLowerCase()))
    return `${shown}: ${JSON.stringify(domain)} efter @ er ikke et domænenavn som eksempel.dk.`;
  return undefined;
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

/** The address of a `contact` that is a functional mailbox (mailto:), or undefined for a web page. */
export function contactAddress(contact: string | undefined): string | undefined {
  return contact?.toLowerCase().startsWith("mailto:") ? contact.slice("mailto:".length) : undefined;
}
