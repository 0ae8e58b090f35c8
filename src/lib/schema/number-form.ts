/**
 * Numbers as written. A YAML number is allowed only in the plain decimal form that every reader
 * takes the same way: 15, -3, 0.5, 2.75. Hex (0x41), octal (0o17, and 017, which YAML 1.1 reads as
 * 15 and YAML 1.2 as 17), binary (0b101), exponents (1e3), a leading + or dot (+5, .5), a trailing
 * dot (5.) and the YAML 1.1 forms that YAML 1.2 reads as text (1_000, 1:20) are refused, with the
 * decimal form in the message, so what an editor sees in the file is what the site publishes.
 */

/** The one accepted form: optional minus, no leading zeros, optional fraction with digits. */
const PLAIN_DECIMAL = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

/** YAML 1.2 core schema numbers (what the reader parses), not counting .inf and .nan. */
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_OCTAL = /^0o[0-7]+$/;
const CORE_HEX = /^0x[0-9a-fA-F]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** YAML 1.1 numbers (https://yaml.org/type/int.html and float.html), which other tools still use. */
const YAML11_BINARY = /^[-+]?0b[01_]+$/;
const YAML11_OCTAL = /^[-+]?0[0-7_]+$/;
const YAML11_DECIMAL = /^[-+]?(?:0|[1-9][0-9_]*)$/;
const YAML11_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
const YAML11_SEXAGESIMAL = /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const YAML11_FLOAT = /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+][0-9]+)?$/;

/** The number a YAML 1.1 reader makes of a plain scalar, or undefined when it reads text. */
export function yaml11Number(source: string): number | undefined {
  const sign = source.startsWith("-") ? -1 : 1;
  const unsigned = source.replace(/^[-+]/, "").replaceAll("_", "");
  if (YAML11_BINARY.test(source)) return sign * parseInt(unsigned.slice(2), 2);
  if (YAML11_HEX.test(source)) return sign * parseInt(unsigned.slice(2), 16);
  if (YAML11_OCTAL.test(source) && unsigned.length > 1) return sign * parseInt(unsigned.slice(1), 8);
  if (YAML11_DECIMAL.test(source)) return sign * Number(unsigned);
  if (YAML11_SEXAGESIMAL.test(source)) {
    return sign * unsigned.split(":").reduce((total, part) => total * 60 + Number(part), 0);
  }
  if (YAML11_FLOAT.test(source) && /[0-9]/.test(unsigned)) return sign * Number(unsigned);
  return undefined;
}

/** The number YAML 1.2's core schema makes of a plain scalar, or undefined when it reads text. */
export function yaml12Number(source: string): number | undefined {
  if (CORE_OCTAL.test(source)) return parseInt(source.slice(2), 8);
  if (CORE_HEX.test(source)) return parseInt(source.slice(2), 16);
  if (CORE_INT.test(source) || CORE_FLOAT.test(source)) return Number(source);
  return undefined;
}

/** The number in plain decimal digits, as an editor should write it; a long one is described instead. */
export function decimalForm(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const text = new Intl.NumberFormat("en-US", { useGrouping: false, maximumFractionDigits: 20 }).format(
    value,
  );
  return text.length > 30 ? `et tal med ${text.replace(/\D/g, "").length} cifre` : text;
}

function describe(source: string): string {
  const unsigned = source.replace(/^[-+]/, "");
  if (/^0x/i.test(unsigned)) return "i sekstentalssystemet (hex)";
  if (/^0o/i.test(unsigned)) return "i ottetalssystemet (oktal)";
  if (/^0b/i.test(unsigned)) return "i totalssystemet (binært)";
  if (unsigned.includes(":")) return "med kolon, som nogle programmer læser som et tal i 60-talssystemet";
  if (unsigned.includes("_")) return "med _ mellem cifrene";
  if (/[eE]/.test(unsigned)) return "med eksponent (e)";
  if (/^0[0-9]/.test(unsigned)) return "med nul foran";
  if (source.startsWith("+")) return "med + foran";
  if (unsigned.startsWith(".")) return "uden 0 foran punktummet";
  if (unsigned.endsWith(".")) return "med punktum til sidst";
  return "på en usædvanlig måde";
}

/**
 * Why a plain (unquoted) YAML scalar is a number not written as a plain decimal, or undefined when
 * it is one or is text to every reader. `.inf` and `.nan` are judged elsewhere.
 */
export function numberFormProblem(source: string): string | undefined {
  if (PLAIN_DECIMAL.test(source)) return undefined;
  const v12 = yaml12Number(source);
  const v11 = yaml11Number(source);
  if (v12 === undefined && v11 === undefined) return undefined;
  // Too large to be a number at all (1e309): the reader's own rule says so.
  if (v12 !== undefined && !Number.isFinite(v12)) return undefined;
  const how = describe(source);
  const shown = JSON.stringify(source);
  if (v12 === undefined) {
    return `Værdien ${source} er skrevet ${how}. Nogle programmer læser den som tallet ${decimalForm(v11!)}, andre som teksten ${shown}. Skriv tallet som ${decimalForm(v11!)}, eller sæt anførselstegn om teksten: ${shown}.`;
  }
  const other =
    v11 !== undefined && v11 !== v12
      ? ` (nogle programmer læser det som ${/^[-+]?0[0-9]/.test(source) ? "oktaltallet " : ""}${decimalForm(v11)})`
      : "";
  const decimal = decimalForm(v12);
  if (decimal.startsWith("et tal med")) {
    return `Tallet ${source} er skrevet ${how} og er ${decimal}. Skriv tallet med almindelige cifre, som kilden skriver det. Er det tekst, så sæt anførselstegn om det: ${shown}.`;
  }
  return `Tallet ${source} er skrevet ${how}${other}. Skriv det som et almindeligt tal: ${decimal}. Er det tekst, så sæt anførselstegn om det: ${shown}.`;
}
