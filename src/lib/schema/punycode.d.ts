// The punycode package ships no types for its ES module entry; this is the one function we use.
declare module "punycode/punycode.es6.js" {
  export function toUnicode(domain: string): string;
}
