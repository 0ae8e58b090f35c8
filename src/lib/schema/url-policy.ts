/**
 * The one rule for every address content can put in an href: links.toml, Markdown bodies,
 * `npm run new` and contact fields. Safe by construction: an address is allowed only when it is a
 * complete https: URL (http: only with an explicit exception, mailto: only where the caller allows
 * it), so javascript:, data:, file:, relative tricks and look-alike schemes never reach a page.
 *
 * An address must also be written the way a browser reads it: exactly as the URL standard writes it
 * back (new URL(value).href, give or take the / after a bare domain), in plain ASCII with a real
 * domain name. So what is published is what was checked: no backslash that a browser turns into /,
 * no non-ASCII look-alike host (it must be written as its xn-- form, which shows it for what it is),
 * no host of dots, and no raw quotes or brackets.
 */
import { z } from "astro/zod";

export type UrlPolicy = {
  /** Allow http: (links.toml entries that set `http = true`, because the site has no https). */
  allowHttp?: boolean;
  /** Allow mailto: with one plain address (contact fields, body links). */
  allowMailto?: boolean;
};

/** Spaces, control characters, bidi and zero-width characters: never part of an address we publish. */
const FORBIDDEN_CHARACTERS =
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const MAILTO = /^mailto:[^@\s?#/:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;
const MAX_LENGTH = 2000;
/** Anything but RFC 3986 characters, and [ ] too (they belong to IPv6 hosts, which we do not allow). */
const NOT_URL_CHARACTER = /[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/;
/** A domain-name label: a–z, digits and inner hyphens, at most 63 characters. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** The last label: letters, or an internationalised top-level domain in its xn-- form. */
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Danish reason the address is not allowed, or undefined when it is. */
export function urlProblem(value: unknown, policy: UrlPolicy = {}): string | undefined {
  const allowed = allowedText(policy);
  if (typeof value !== "string" || value === "") return `Mangler en adresse. ${allowed}`;
  const shown = JSON.stringify(value.length > 80 ? `${value.slice(0, 79)}…` : value);
  if (value.length > MAX_LENGTH) return `Adressen er længere end ${MAX_LENGTH} tegn. ${allowed}`;
  const bad = FORBIDDEN_CHARACTERS.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    const what = bad[0] === " " ? "et mellemrum" : `tegnet U+${code}`;
    return `${shown} indeholder ${what}. Adresser må ikke indeholde mellemrum, linjeskift, styretegn eller usynlige tegn; skriv mellemrum som %20.`;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === "mailto") {
    if (!policy.allowMailto) return `${shown}: mailto-adresser er ikke tilladt her. ${allowed}`;
    return MAILTO.test(value)
      ? undefined
      : `${shown} er ikke en gyldig e-mailadresse (mailto:navn@eksempel.dk).`;
  }
  if (scheme !== "https" && !(scheme === "http" && policy.allowHttp)) {
    const why =
      scheme === "http"
        ? "http:// er ikke krypteret. Brug https://, eller sæt http = true på linket i content/links.toml, hvis siden kun findes uden https."
        : scheme
          ? `Adresser, der begynder med »${scheme}:«, er ikke tilladt.`
          : "Adressen skal være fuld og begynde med https://.";
    return `${shown}: ${why} ${allowed}`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${shown} er ikke en gyldig adresse. ${allowed}`;
  }
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/\\]/i.test(value) || url.hostname === "") {
    return `${shown} mangler et domænenavn som eksempel.dk efter ${scheme}://. ${allowed}`;
  }
  if (url.username || url.password) {
    return `${shown} indeholder brugernavn eller adgangskode før @. Det er ikke tilladt i en offentlig adresse.`;
  }
  const hostProblem = domainProblem(url.hostname, value);
  if (hostProblem) return `${shown}: ${hostProblem} ${allowed}`;
  const odd = NOT_URL_CHARACTER.exec(value);
  if (odd) {
    const char = odd[0];
    const encoded = char === "\\" ? "/" : encodeURIComponent(char);
    const why =
      char === "\\"
        ? "Browsere læser \\ som /, så adressen ville føre et andet sted hen, end den ser ud til."
        : `Skriv det som ${encoded}.`;
    return `${shown} indeholder tegnet »${char}«, som ikke må stå råt i en adresse. ${why} ${allowed}`;
  }
  if (/%(?![0-9A-Fa-f]{2})/.test(value)) {
    return `${shown}: % skal efterfølges af to hex-cifre (fx %20). Skriv selve %-tegnet som %25. ${allowed}`;
  }
  // What a browser will request; a bare domain without the final / is the same address.
  const bare = url.pathname === "/" && !url.search && !url.hash && `${value}/` === url.href;
  if (value !== url.href && !bare) {
    return `${shown} er ikke skrevet, som en browser læser den: ${JSON.stringify(url.href)}. Skriv adressen præcis sådan, hvis det er den, du mener. ${allowed}`;
  }
  return undefined;
}

/** Why a host name is not a plain public domain name such as eksempel.dk, or undefined. */
function domainProblem(hostname: string, value: string): string | undefined {
  const written = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]*)/i.exec(value)?.[1] ?? "";
  if (/[^\x21-\x7e]/.test(written)) {
    return `Domænenavnet ${JSON.stringify(written)} indeholder tegn uden for a–z, 0–9, - og punktum. Et navn, der ligner et andet med fx kyrilliske bogstaver, kan føre et andet sted hen; skriv domænet, som det staves i ASCII, ${JSON.stringify(hostname)}, hvis det virkelig er det rigtige.`;
  }
  if (!isPlainDomainName(hostname)) {
    return `${JSON.stringify(hostname)} er ikke et domænenavn som eksempel.dk: kun a–z, 0–9 og bindestreg mellem punktummerne, ingen tomme led og ingen IP-adresse.`;
  }
  return undefined;
}

/** True for a plain public domain name such as eksempel.dk: a–z, 0–9 and inner hyphens, a real top-level domain. */
export function isPlainDomainName(hostname: string): boolean {
  const labels = hostname.split(".");
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && TOP_LEVEL.test(labels.at(-1)!);
}

function allowedText(policy: UrlPolicy): string {
  const kinds = ["https://…"];
  if (policy.allowHttp) kinds.push("http://…");
  if (policy.allowMailto) kinds.push("mailto:navn@eksempel.dk");
  return `Tilladt: ${kinds.join(", ")}.`;
}

export function isAllowedUrl(value: unknown, policy: UrlPolicy = {}): value is string {
  return urlProblem(value, policy) === undefined;
}

/** A zod field for an address under the policy, with the policy's Danish message. */
export function urlField(policy: UrlPolicy = {}) {
  return z.string({ error: (issue) => urlProblem(issue.input, policy) }).superRefine((value, ctx) => {
    const problem = urlProblem(value, policy);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/** Public contact: https page or a functional mailbox (mailto:). */
export const contactUrlField = urlField({ allowMailto: true });
