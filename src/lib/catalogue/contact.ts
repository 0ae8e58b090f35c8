/**
 * The optional `contact` of an intervention: a public https address or a functional mailbox (mailto:)
 * of the unit that runs it. Validation is the shared URL policy's; this module says how a contact reads.
 */
import { CONTACT_POLICY, urlProblem } from "../schema/url-policy.ts";

export type ContactLink = { href: string; text: string; kind: "web" | "email" | "phone" };

/** Why a value is not an acceptable contact, in Danish, or undefined when it is one. */
export function contactProblem(value: string): string | undefined {
  return urlProblem(value, CONTACT_POLICY);
}

/** How a valid contact is linked and shown: the mailbox, or the address without https://, www. and trailing slash. */
export function contactLink(value: string): ContactLink {
  if (value.startsWith("mailto:")) {
    // The mailbox alone: a subject belongs in the link, not in the text a reader sees.
    return { href: value, text: value.slice("mailto:".length).split("?")[0]!, kind: "email" };
  }
  if (value.startsWith("tel:")) {
    const digits = value.slice("tel:".length);
    const [, country, rest] = /^(\+\d{2})?(\d+)$/.exec(digits) ?? [undefined, undefined, digits];
    const groups = rest!.length === 8 ? rest!.match(/\d{2}/g)!.join(" ") : rest!;
    return { href: value, text: country ? `${country} ${groups}` : groups, kind: "phone" };
  }
  const url = new URL(value);
  const path = url.pathname === "/" ? "" : url.pathname.replace(/\/$/, "");
  return { href: url.href, text: `${url.host.replace(/^www\./, "")}${path}`, kind: "web" };
}
