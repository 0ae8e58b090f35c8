/**
 * Written exceptions to the source check. A finding of the rules "tal", "navn", "forbehold" or
 * "udgiver" may stand only when the file says why, in its frontmatter:
 *
 *     sourceExceptions:
 *       - rule: forbehold
 *         quote: "Det sker stadig"
 *         reason: "Kilden siger det selv to afsnit senere; se afsnit »…«."
 *
 * `quote` is a piece of the claim's text (as the reader sees it, without the note reference); for
 * "tal" and "navn" it must contain the number or name. An exception nothing uses is itself a finding,
 * so none outlives the text it excused. A locator that does not resolve and a `known: katalog`
 * without a place in the catalogue have no exceptions: fix the note or the tag.
 */
import { type ExceptionRule, type SourceException } from "../schema/source-exceptions.ts";
import { normalForm } from "./text.ts";

export {
  EXCEPTION_RULE_NAMES,
  EXCEPTION_RULES,
  MIN_REASON_CHARS,
  sourceExceptionSchema,
  sourceExceptionsField,
  type ExceptionRule,
  type SourceException,
} from "../schema/source-exceptions.ts";

/** Does an exception excuse a finding of `rule` in a claim, about `value` (the number or name, if any)? */
export function excuses(
  exception: Pick<SourceException, "rule" | "quote">,
  rule: ExceptionRule,
  claim: string,
  value?: string,
): boolean {
  if (exception.rule !== rule) return false;
  const quote = normalForm(exception.quote);
  if (!normalForm(claim).includes(quote)) return false;
  return value === undefined || quote.includes(normalForm(value));
}
