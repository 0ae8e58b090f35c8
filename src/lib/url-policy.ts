/**
 * The one rule for every address content can put in an href: links.toml, Markdown bodies,
 * `npm run new` and contact fields. Safe by construction: an address is allowed only when it is a
 * complete https: URL (http: only with an explicit exception, mailto: only where the caller allows
 * it), so javascript:, data:, file:, relative tricks and look-alike schemes never reach a page.
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
  if (!/^[a-z][a-z0-9+.-]*:\/\/[^/]/i.test(value) || url.hostname === "" || !url.hostname.includes(".")) {
    return `${shown} mangler et domænenavn som eksempel.dk efter ${scheme}://. ${allowed}`;
  }
  if (url.username || url.password) {
    return `${shown} indeholder brugernavn eller adgangskode før @. Det er ikke tilladt i en offentlig adresse.`;
  }
  return undefined;
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
