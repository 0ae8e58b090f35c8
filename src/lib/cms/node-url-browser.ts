/**
 * `node:url` for the editor's browser bundle. The check's host rules (src/lib/schema/host-policy.ts)
 * decode `xn--` labels with Node's domainToUnicode; in /admin/ the same rules run before every save
 * (src/lib/cms/cms-check.ts), where Node is not there. This gives the browser the same function from
 * punycode.js (RFC 3492), and "" for a label that does not decode, as Node does. The Vite plugin in
 * src/integrations/admin-editor.ts puts it in place of `node:url` in client code only; `npm run check`
 * and the build keep Node's own.
 */
import { toUnicode } from "punycode/punycode.es6.js";

export function domainToUnicode(domain: string): string {
  try {
    return toUnicode(domain.toLowerCase());
  } catch {
    return "";
  }
}
