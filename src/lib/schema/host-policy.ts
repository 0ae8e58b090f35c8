/**
 * Which hosts a published link, contact or mailto: address may name: a public domain name that a
 * reader can reach and that is what it looks like. Used by the URL policy (src/lib/url-policy.ts),
 * so links.toml, bodies, contacts and mailto: all follow it, in `npm run check` and in the build.
 *
 * Refused, by class:
 * - IP addresses in any spelling (the URL parser writes 0x7f.1, 2130706433 and 0177.0.0.1 as
 *   127.0.0.1, and [::ffff:7f00:1] as IPv6): a link names a domain, and a loopback, private,
 *   link-local or metadata address is never reachable for a reader;
 * - special-use and internal names (RFC 6761, RFC 6762 appendix G, RFC 8375, RFC 9476, ICANN's
 *   .internal): .localhost, .local, .test, .example, .invalid, .onion, .alt, .home.arpa, .internal,
 *   .lan, .corp …, and every name whose top-level domain is not in the root zone (the `tlds` list);
 * - cloud metadata names, and public names that point at loopback or at any address they spell;
 * - look-alike labels (UTS #39), raw or as xn--: a label that mixes scripts, a label in another
 *   script that is whole-script confusable with a Latin one (Cyrillic "раураl"), and a Latin label
 *   whose non-ASCII letters only imitate ASCII ones ("ɡoogle", "bıt"). Danish IDNs such as rådhus.dk
 *   (xn--rdhus-mra.dk) are Latin and are allowed.
 *
 * A message says why a host is refused and never how to get that host past the check.
 */
// The userland punycode package, not node:url: this module also runs in the editor's browser bundle.
import { toUnicode } from "punycode/punycode.es6.js";
import ipaddr from "ipaddr.js";
import ROOT_ZONE from "tlds" with { type: "json" };
import { caseFold, scriptsOf, skeleton } from "./unicode-security.ts";

const TOP_LEVEL_DOMAINS: ReadonlySet<string> = new Set(ROOT_ZONE);
/** A domain-name label: a–z, digits and inner hyphens, at most 63 characters. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** The last label: letters, or an internationalised top-level domain in its xn-- form. */
const TOP_LEVEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Special-use and private-use names, matched as the whole name or its last labels. */
export const SPECIAL_USE_SUFFIXES = [
  // RFC 6761
  "localhost",
  "test",
  "example",
  "invalid",
  // RFC 6762 (.local) and the names its appendix G says are used privately
  "local",
  "intranet",
  "internal",
  "private",
  "corp",
  "home",
  "lan",
  // RFC 7686, RFC 9476, RFC 8375 and the rest of .arpa (reverse DNS, infrastructure)
  "onion",
  "alt",
  "arpa",
  // Common resolver defaults
  "localdomain",
  "domain",
] as const;

/**
 * Names of cloud metadata services and public names that resolve to loopback or to the address they
 * spell: reachable only from inside a machine or network, never by a reader.
 */
export const INTERNAL_HOST_SUFFIXES = [
  "metadata.google.internal",
  "metadata.goog",
  "metadata.tencentyun.com",
  "metadata.packet.net",
  "metadata.platformequinix.com",
  "instance-data.ec2.internal",
  "localtest.me",
  "lvh.me",
  "vcap.me",
  "lacolhost.com",
  "localhost.direct",
  "nip.io",
  "sslip.io",
  "xip.io",
  "traefik.me",
] as const;

const endsWith = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);

/** Danish names for ipaddr.js's ranges. */
const RANGE_NAMES: Readonly<Record<string, string>> = {
  loopback: "maskinens egen adresse (loopback)",
  private: "et privat netværk",
  linkLocal: "et lokalt link (link-local, som også bruges af cloud-metadata, fx 169.254.169.254)",
  uniqueLocal: "et privat IPv6-netværk (unique local)",
  unspecified: "ingen adresse (0.0.0.0 eller ::)",
  carrierGradeNat: "et internt netværk hos en internetudbyder (carrier-grade NAT)",
  broadcast: "broadcast",
  multicast: "multicast",
  reserved: "et reserveret område",
  ipv4Mapped: "en IPv4-adresse skrevet som IPv6",
  rfc6145: "en oversat IPv4-adresse",
  rfc6052: "en oversat IPv4-adresse",
  "6to4": "en tunneladresse (6to4)",
  teredo: "en tunneladresse (Teredo)",
  benchmarking: "et testnet",
  amt: "et tunnelnet (AMT)",
  as112: "et reserveret DNS-net (AS112)",
  deprecated: "et udgået område",
  orchid2: "et reserveret område (ORCHID)",
  droneRemoteIdProtocolEntityTags: "et reserveret område",
  discard: "et reserveret område (discard)",
};

/** What kind of address an IP literal is, in Danish, or undefined when the host is not one. */
function ipLiteral(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, "");
  // The URL parser writes every IPv4 spelling as dotted decimal and IPv6 in brackets; test those only.
  if (!(/^[\d.]+$/.test(bare) || bare.includes(":")) || !ipaddr.isValid(bare)) return undefined;
  let address = ipaddr.parse(bare);
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  const range = address.range();
  return range === "unicast" ? "en offentlig IP-adresse" : `en IP-adresse i ${RANGE_NAMES[range] ?? range}`;
}

/**
 * Whether a skeleton could pass for a name in plain or Western European Latin letters (ASCII,
 * Latin-1 and accents): what a reader takes for a familiar name. Cyrillic "раураӏ" has the skeleton
 * "paypal"; Cyrillic "рф" has "pɸ", which no familiar name has.
 */
const looksLikeLatinName = (shape: string) =>
  /^[\p{ASCII}\u00C0-\u00FF\p{M}]*$/u.test(shape.normalize("NFD"));

/** Letters of European names beyond a–z: Latin-1 Supplement and Latin Extended-A (æ, ø, å, é, ü, ß, ł, č …). */
const EUROPEAN_LETTER = /^[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u017F]$/u;

/** Why one label, decoded from xn-- where needed, is a look-alike; or undefined. */
function labelLookAlike(label: string): string | undefined {
  if (/^[\x21-\x7e]*$/.test(label)) return undefined;
  if (/[\p{Cf}\p{Default_Ignorable_Code_Point}]/u.test(label)) {
    return `indeholder usynlige tegn`;
  }
  const scripts = scriptsOf(label);
  if (scripts && scripts.size === 0) {
    return "blander bogstaver fra flere skriftsystemer (fx latinske og kyrilliske), så det kan ligne et andet navn";
  }
  const shape = skeleton(caseFold(label));
  if (scripts && !scripts.has("Latin")) {
    return looksLikeLatinName(shape)
      ? "er skrevet med bogstaver fra et andet skriftsystem, der ligner latinske bogstaver, så det kan forveksles med et andet navn"
      : undefined;
  }
  // A Latin label: its non-ASCII letters must be letters of their own (å, ø, æ, é …), not stand-ins
  // for ASCII letters (ɡ for g, ı for i, ǀ for l), and letters of European names: Latin-1 and Latin
  // Extended-A. Small capitals (ʀ, ᴇ), IPA letters and letters with rare marks (ȯ, ṙ) are refused.
  for (const char of label.normalize("NFC")) {
    if (/^[\x21-\x7e]$/.test(char)) continue;
    const shapeOf = skeleton(caseFold(char));
    if (/^[a-z0-9]$/i.test(shapeOf)) {
      return `indeholder »${char}«, som ligner »${shapeOf}« og kan få navnet til at ligne et andet`;
    }
    if (!EUROPEAN_LETTER.test(char)) {
      return `indeholder »${char}« (U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}), som ikke er et bogstav i almindelige europæiske navne og kan få navnet til at ligne et andet`;
    }
  }
  return undefined;
}

/**
 * Why a host name (as the URL parser writes it: lower case, IDN labels as xn--) is not a public
 * domain name a reader can reach, or undefined. `shown` is how messages name it.
 */
export function hostProblem(hostname: string, shown = hostname): string | undefined {
  const name = JSON.stringify(shown);
  const ip = ipLiteral(hostname);
  if (ip) {
    return `${name} er ${ip}, ikke et domænenavn. Et link skal pege på et offentligt domænenavn som eksempel.dk, som læserne kan nå.`;
  }
  const host = hostname.toLowerCase();
  const labels = host.split(".");
  if (labels.length < 2 || labels.some((label) => !LABEL.test(label)) || !TOP_LEVEL.test(labels.at(-1)!)) {
    return `${name} er ikke et domænenavn som eksempel.dk: kun a–z, 0–9 og bindestreg mellem punktummerne, ingen tomme led.`;
  }
  const decoded = labels.map((label) => (label.startsWith("xn--") ? toUnicodeLabel(label) : label));
  const broken = labels.findIndex(
    (label, index) =>
      label.startsWith("xn--") &&
      (!decoded[index] || decoded[index] === label || /^[\x00-\x7f]*$/.test(decoded[index]!)),
  );
  if (broken >= 0) {
    return `${name} har leddet ${JSON.stringify(labels[broken])}, som ikke er et gyldigt internationalt domænenavn.`;
  }
  const unicode = decoded.join(".");
  const special = SPECIAL_USE_SUFFIXES.find((suffix) => endsWith(unicode, suffix));
  if (special) {
    return `${name} ender på .${special}, som er reserveret til test, lokale netværk eller interne navne (RFC 6761). Sådan en adresse findes ikke på internettet, så læserne kan ikke åbne den.`;
  }
  const internal = INTERNAL_HOST_SUFFIXES.find((suffix) => endsWith(unicode, suffix));
  if (internal) {
    return `${name} er en intern adresse (${internal}: cloud-metadata eller et navn, der peger på maskinen selv eller et privat netværk). Læserne kan ikke nå den.`;
  }
  const tld = decoded.at(-1)!;
  if (!TOP_LEVEL_DOMAINS.has(tld)) {
    return `${name} ender på .${tld}, som ikke er et topdomæne på internettet (som .dk, .com eller .eu), så læserne kan ikke nå adressen.`;
  }
  for (const [index, label] of decoded.entries()) {
    const why = labelLookAlike(label);
    if (why) {
      // The label as the editor wrote it; its decoded form only when they wrote it as xn--.
      const written = shown.toLowerCase().split(".")[index] ?? "";
      const shownLabel = written.startsWith("xn--")
        ? `${JSON.stringify(written)} (${JSON.stringify(label)})`
        : JSON.stringify(label);
      return `Domænenavnet ${name}: leddet ${shownLabel} ${why}. Sådanne navne bruges til at efterligne kendte adresser og er ikke tilladt. Link til organisationens egen adresse, som den står på dens side.`;
    }
  }
  return undefined;
}

/**
 * One xn-- label decoded as Node's domainToUnicode does ("" for a label that does not decode, which
 * no rule accepts), with the same code in the check, the build and the editor's browser bundle.
 */
export function toUnicodeLabel(label: string): string {
  try {
    return toUnicode(label.toLowerCase());
  } catch {
    return "";
  }
}
