/**
 * The Content-Security-Policy of the browser editor at /admin/ only. Decap CMS needs more than the rest of
 * the site allows; every source beyond the site's policy is listed here with the reason, and README.md
 * repeats the list. The rest of the site keeps the policy in security-policy.ts, without 'unsafe-eval'.
 */
import { routes } from "../catalogue/routes.ts";
import { HEADER_ONLY_DIRECTIVES } from "../site/security-policy.ts";

export const ADMIN_PATH = routes.admin();

/** Decap's fixed address for its local proxy (decap-server), which `npm run admin` starts. */
export const LOCAL_PROXY = "http://localhost:8081/api/v1";

export type Relaxation = { directive: string; source: string; why: string };

/** What the editor needs beyond 'self', each with the reason (shown in README.md). */
export const ADMIN_RELAXATIONS: readonly Relaxation[] = [
  {
    directive: "script-src",
    source: "'unsafe-eval'",
    why: "Decap validerer sin konfiguration med ajv, der oversætter JSON-skemaer til funktioner med new Function().",
  },
  {
    directive: "style-src",
    source: "'unsafe-inline'",
    why: "Decaps brugerflade (React med Emotion) skriver sine styles som style-elementer og style-attributter, mens den kører.",
  },
  {
    directive: "img-src",
    source: "https://avatars.githubusercontent.com",
    why: "Profilbilledet på den GitHub-bruger, der er logget ind.",
  },
  {
    directive: "connect-src",
    source: "https://api.github.com",
    why: "Decap læser og skriver filer, grene og pull requests gennem GitHubs API.",
  },
  {
    directive: "connect-src",
    source: new URL(LOCAL_PROXY).origin,
    why: "Den lokale proxy (decap-server), som `npm run admin` starter. Decap kalder den kun, når siden selv er åbnet på localhost.",
  },
];

/** Directives of the admin policy, in a fixed order; relaxations are appended to their directive. */
const BASE: readonly [string, ...string[]][] = [
  ["default-src", "'self'"],
  ["script-src", "'self'"],
  ["style-src", "'self'"],
  ["img-src", "'self'"],
  ["connect-src", "'self'"],
  ["font-src", "'self'"],
  ["object-src", "'none'"],
  ["base-uri", "'self'"],
  ["form-action", "'self'"],
];

/** The policy for the <meta> tag on /admin/ (without header-only directives). */
export function adminMetaPolicy(): string {
  return BASE.map(([name, ...sources]) => {
    const extra = ADMIN_RELAXATIONS.filter((r) => r.directive === name).map((r) => r.source);
    return [name, ...sources, ...extra].join(" ");
  }).join("; ");
}

/** The policy for /admin/ in _headers: the meta policy plus what only a header can carry. */
export function adminHeaderPolicy(): string {
  return [adminMetaPolicy(), ...HEADER_ONLY_DIRECTIVES].join("; ");
}
