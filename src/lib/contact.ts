/**
 * The optional `contact` of an intervention: a public https address or a functional mailbox
 * (mailto:) of the unit that runs it. A small validator of its own until the shared URL policy
 * (issue 9) lands; then `contactProblem` should delegate its https check to that module.
 */

const CONTROL_OR_SPACE = /[\s\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u;
const MAILBOX = /^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

export type ContactLink = { href: string; text: string; kind: "web" | "email" };

/** Why a value is not an acceptable contact, in Danish, or undefined when it is one. */
export function contactProblem(value: string): string | undefined {
  const allowed =
    "Skriv en offentlig adresse med https:// (fx https://www.horsens.dk/ungeenheden) eller en fælles postkasse som mailto:ungeenheden@horsens.dk";
  if (CONTROL_OR_SPACE.test(value)) return `"${value}" indeholder mellemrum eller usynlige tegn. ${allowed}.`;
  if (value.toLowerCase().startsWith("mailto:")) {
    const address = value.slice("mailto:".length);
    if (!MAILBOX.test(address))
      return `"${value}" er ikke én gyldig e-mailadresse (ingen ?emne= eller flere adresser). ${allowed}.`;
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" er hverken en webadresse eller en mailto:-adresse. ${allowed}.`;
  }
  if (url.protocol !== "https:")
    return `"${value}" bruger ${url.protocol}; kun https: og mailto: er tilladt. ${allowed}.`;
  if (url.username || url.password)
    return `"${value}" må ikke indeholde brugernavn eller adgangskode. ${allowed}.`;
  if (!url.hostname.includes(".")) return `"${value}" har ikke et offentligt domæne. ${allowed}.`;
  return undefined;
}

/** How a valid contact is linked and shown: the mailbox, or the address without https:// and trailing slash. */
export function contactLink(value: string): ContactLink {
  if (value.toLowerCase().startsWith("mailto:")) {
    return { href: value, text: value.slice("mailto:".length), kind: "email" };
  }
  const url = new URL(value);
  const text = `${url.host.replace(/^www\./, "")}${url.pathname === "/" ? "" : url.pathname.replace(/\/$/, "")}`;
  return { href: url.href, text, kind: "web" };
}
