/**
 * The body text the site publishes as data (/data/indsatser.json): the MDX source without its
 * editorial comments. A comment {/* … *\/} is allowed in a body (`npm run new` writes them as
 * guidance) and never shows on a page; here it is removed before the text reaches any output, so no
 * note, and nothing hidden in one, is published. The comments are found by the compiler's own parser
 * with the guard's own test (src/lib/body-rules.ts), so what the guard lets through as a comment is
 * exactly what is cut out.
 */
import { isCommentExpression, type BodyNode } from "./body-rules.ts";
import { loadSatteri, MARKDOWN_FEATURES } from "./mdx-compiler.ts";

type Positioned = BodyNode & {
  position?: { start: { offset?: number }; end?: { offset?: number } };
};

/** The MDX body without comments; empty when the body cannot be parsed (the build stops on it anyway). */
export async function publishedBody(body: string): Promise<string> {
  // A comment is an expression, which begins with {; without { (and without < or import/export lines, the
  // only other MDX syntax that can fail to parse) there is nothing to cut and nothing to refuse, so the
  // parse is skipped: most bodies have no comment.
  if (!MAY_HOLD_MDX_SYNTAX.test(body)) return tidy(body);
  const satteri = await loadSatteri();
  let root: Positioned;
  try {
    root = satteri.mdxToMdast(body, { features: MARKDOWN_FEATURES }) as unknown as Positioned;
  } catch {
    return "";
  }
  const cuts: [number, number][] = [];
  const stack: Positioned[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isCommentExpression(node)) {
      const start = node.position?.start.offset;
      const end = node.position?.end?.offset;
      // A comment the parser gives no place for cannot be cut out, so nothing is published.
      if (start === undefined || end === undefined) return "";
      cuts.push([start, end]);
      continue;
    }
    stack.push(...((node.children ?? []) as Positioned[]));
  }
  let text = body;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) text = text.slice(0, start) + text.slice(end);
  return tidy(text);
}

/** Text in which MDX may find an expression, JSX or ESM: the only syntax that can hold a comment or fail. */
const MAY_HOLD_MDX_SYNTAX = /[{<]|^[ \t]*(?:import|export)\b/m;

/** A comment on lines of its own leaves blank lines behind; a paragraph break is one blank line. */
function tidy(text: string): string {
  return (
    text
      .replace(/[ \t]+$/gm, "")
      .replace(/\n{3,}/g, "\n\n")
      .trim() + "\n"
  );
}
