/**
 * The build's environment variables, or none in a browser: the editor at /admin/ runs the schema and
 * its date and address rules in the browser, where `process` does not exist.
 */
export function environment(): Readonly<Record<string, string | undefined>> {
  return typeof process === "undefined" ? {} : process.env;
}
