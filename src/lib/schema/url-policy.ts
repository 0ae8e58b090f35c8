/**
 * The one rule for every address content can put in an href: links.toml, Markdown bodies,
 * `npm run new` and contact fields. Safe by construction: an address is allowed only when it is a
 * complete https: URL (http: only with an explicit exception, mailto: and tel: only where the caller
 * allows them), so javascript:, data:, file:, relative tricks and look-alike schemes never reach a page.
 *
 * An address must also be written the way a browser reads it: exactly as the URL standard writes it
 * back (new URL(value).href, give or take the / after a bare domain), in plain ASCII with a public
 * domain name (src/lib/host-policy.ts: no IP address, no special-use or internal name, no look-alike).
 * So what is published is what was checked: no backslash that a browser turns into /, no host of
 * dots, and no raw quotes or brackets.
 *
 * mailto: takes one addr-spec address (RFC 5322 dot-atom, no quotes, no comments, no second
 * recipient) and, after it, nothing but `?subject=` with a one-line subject: no other header, no
 * %0A or %0D (nor %250A, nor any other encoded control or line-breaking character). tel: takes
 * digits with an optional leading +.
 */
import { z } from "astro/zod";
import { hostProblem } from "./host-policy.ts";

export type UrlPolicy = {
  /** Allow http: (links.toml entries that set `http = true`, because the site has no https). */
  allowHttp?: boolean;
  /** Allow mailto: with one plain address and an optional subject (contact fields, body links). */
  allowMailto?: boolean;
  /** Allow tel: with a phone number (contact fields). */
  allowTel?: boolean;
};

/** Spaces, control characters, bidi and zero-width characters: never part of an address we publish. */
const FORBIDDEN_CHARACTERS =
  /[\s\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const MAX_LENGTH = 2000;
/** Anything but RFC 3986 characters, and [ ] too (they belong to IPv6 hosts, which we do not allow). */
const NOT_URL_CHARACTER = /[^A-Za-z0-9\-._~:/?#@!$&'()*+,;=%]/;

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
    return mailtoProblem(value, shown);
  }
  if (scheme === "tel") {
    if (!policy.allowTel) return `${shown}: telefonnumre (tel:) er ikke tilladt her. ${allowed}`;
    return phoneProblem(value, shown);
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
  const written = /^[a-z][a-z0-9+.-]*:\/\/(\[[^\]]*\]|[^/?#:]*)/i.exec(value)?.[1] ?? "";
  // Judged on what the browser would ask for (xn-- decoded inside), so raw and xn-- get one verdict.
  const problem = hostProblem(hostname, written);
  if (problem) return problem;
  if (/[^\x21-\x7e]/.test(written)) {
    return `Domænenavnet ${JSON.stringify(written)} indeholder tegn uden for a–z, 0–9, - og punktum. Skriv det, som browseren skriver det: ${JSON.stringify(hostname)}.`;
  }
  return undefined;
}

/** The characters of a dot-atom (RFC 5322 atext) that need no escaping in a mailto: URI. */
const ATEXT = "A-Za-z0-9!$'*+\\-=^_`{|}~";
const LOCAL_PART = new RegExp(`^[${ATEXT}]+(?:\\.[${ATEXT}]+)*$`);
/** What a subject may hold as written: unreserved and a few sub-delims, and %XX. */
const SUBJECT = /^[A-Za-z0-9\-._~!$'()*+,;:@/?%]*$/;
const MAX_SUBJECT = 150;

/** Why a mailto: address is not one plain address with an optional documented subject, or undefined. */
function mailtoProblem(value: string, shown: string): string | undefined {
  const example =
    "Skriv fx mailto:ungeenheden@kommune.dk eller mailto:ungeenheden@kommune.dk?subject=Henvisning.";
  if (!value.startsWith("mailto:")) return `${shown}: skriv mailto: med små bogstaver. ${example}`;
  const rest = value.slice("mailto:".length);
  const query = rest.indexOf("?");
  const address = query < 0 ? rest : rest.slice(0, query);
  const at = address.lastIndexOf("@");
  if (/[%"(),;<>[\]\\:&#?\s]/.test(address) || address.indexOf("@") !== at || at < 1) {
    return `${shown} er ikke én e-mailadresse: adressen må kun have ét @ og ingen anførselstegn, kommaer, parenteser, %-koder eller flere modtagere. ${example}`;
  }
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (local.length > 64 || !LOCAL_PART.test(local)) {
    return `${shown}: navnet før @ (${JSON.stringify(local)}) er ikke en gyldig e-mailadresse. Brug bogstaver a–z, tal og . - _ +, uden punktum først, sidst eller to i træk. ${example}`;
  }
  let hostname: string;
  try {
    hostname = new URL(`https://${domain}/`).hostname;
  } catch {
    return `${shown}: domænet efter @ (${JSON.stringify(domain)}) er ikke et domænenavn. ${example}`;
  }
  const hostIssue = hostProblem(hostname, domain);
  if (hostIssue) return `${shown}: ${hostIssue}`;
  if (domain !== hostname) {
    return /[^\x21-\x7e]/.test(domain)
      ? `${shown}: domænet ${JSON.stringify(domain)} skal skrives, som e-mailprogrammer skriver det: ${JSON.stringify(hostname)}.`
      : `${shown}: skriv domænet efter @ med små bogstaver og uden ekstra punktummer: ${JSON.stringify(hostname)}.`;
  }
  if (query < 0) return undefined;
  const fields = rest.slice(query + 1);
  if (!fields.startsWith("subject=") || fields.includes("&") || fields.includes("#")) {
    return `${shown}: efter adressen må kun stå ?subject= med en emnelinje, ikke andre felter (som cc, bcc eller body). ${example}`;
  }
  return subjectProblem(fields.slice("subject=".length), shown, example);
}

/** Why a mailto: subject is not one plain line, in any encoding, or undefined. */
function subjectProblem(subject: string, shown: string, example: string): string | undefined {
  if (!SUBJECT.test(subject) || /%(?![0-9A-Fa-f]{2})/.test(subject)) {
    return `${shown}: emnet må kun indeholde bogstaver a–z, tal og tegnsætning; skriv mellemrum som %20 og æ, ø, å som %-koder. ${example}`;
  }
  if (/%25/i.test(subject)) {
    return `${shown}: emnet indeholder %25 (et kodet %-tegn), som kan blive læst som en ny kode, fx et linjeskift. Skriv emnet uden %-tegn. ${example}`;
  }
  let text: string;
  try {
    text = decodeURIComponent(subject);
  } catch {
    return `${shown}: emnet indeholder %-koder, der ikke er gyldig UTF-8. ${example}`;
  }
  const bad = /[\p{Cc}\p{Cf}\u2028\u2029]/u.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
    const encoded = [...new TextEncoder().encode(bad[0])]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`)
      .join("");
    return `${shown}: emnet indeholder ${encoded} (U+${code}, et linjeskift eller usynligt styretegn), som kan tilføje skjulte felter til e-mailen. Emnet skal være én linje tekst; slet ${encoded}. ${example}`;
  }
  if (text.trim() === "" || text.length > MAX_SUBJECT) {
    return `${shown}: emnet skal være 1–${MAX_SUBJECT} tegn. ${example}`;
  }
  return undefined;
}

/** Why a tel: address is not a phone number of digits with an optional leading +, or undefined. */
export function phoneProblem(value: string, shown = JSON.stringify(value)): string | undefined {
  const number = value.slice("tel:".length);
  if (/^tel:\+?[0-9]{3,15}$/.test(value)) return undefined;
  const spaced = /^\+?[0-9 ]+$/.test(number)
    ? ` Skriv nummeret uden mellemrum i adressen: tel:${number.replaceAll(" ", "")}.`
    : "";
  return `${shown} er ikke et telefonnummer: efter tel: må kun stå cifre (3–15) med et + foran, hvis nummeret har landekode, fx tel:+4512345678.${spaced}`;
}

function allowedText(policy: UrlPolicy): string {
  const kinds = ["https://…"];
  if (policy.allowHttp) kinds.push("http://…");
  if (policy.allowMailto) kinds.push("mailto:navn@eksempel.dk");
  if (policy.allowTel) kinds.push("tel:+4512345678");
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

/** What a contact may be: a public https page, a functional mailbox (mailto:) or a phone number (tel:). */
export const CONTACT_POLICY: UrlPolicy = { allowMailto: true, allowTel: true };

/** Public contact: https page, a functional mailbox (mailto:) or a phone number (tel:). */
export const contactUrlField = urlField(CONTACT_POLICY);
