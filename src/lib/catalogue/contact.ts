/**
 * The optional `contact` of an intervention: a public https address or a functional mailbox (mailto:)
 * of the unit that runs it. Validation is the shared URL policy's; this module says how a contact reads.
 */
import { urlProblem } from "../schema/url-policy.ts";

export type ContactLink = { href: string; text: string; kind: "web" | "email" };

/** Why a value is not an acceptable contact, in Danish, or undefined when it is one. */
export function contactProblem(value: string): string | undefined {
  return urlProblem(value, { allowMailto: true });
}

/** How a valid contact is linked and shown: the mailbox, or the address without https://, www. and trailing slash. */
export function contactLink(value: string): ContactLink {
  if (value.toLowerCase().startsWith("mailto:")) {
    return { href: value, text: value.slice("mailto:".length), kind: "email" };
  }
  const url = new URL(value);
  const path = url.pathname === "/" ? "" : url.pathname.replace(/\/$/, "");
  return { href: url.href, text: `${url.host.replace(/^www\./, "")}${path}`, kind: "web" };
}
