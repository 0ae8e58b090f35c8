/** punycode.js ships no types for its ES module build; the editor uses one function of it. */
declare module "punycode/punycode.es6.js" {
  export function toUnicode(input: string): string;
}
