/** Mathias Bynens' table of Unicode property values, as ECMAScript regular expressions name them. */
declare module "unicode-match-property-value-ecmascript/data/mappings.js" {
  const mappings: Map<string, Map<string, string>>;
  export default mappings;
}
