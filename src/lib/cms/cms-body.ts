/**
 * The body the browser editor writes. Decap's Markdown widget writes Markdown (CommonMark), but an
 * intervention's body is compiled as MDX, where `{` starts a JavaScript expression, `<` a tag, a line
 * starting with `import`/`export` is code, `<https://…>` is not a link, and a bare `www.…` (GFM) becomes
 * an http:// link that the check refuses. So before a body is saved, what the editor typed as text is
 * made to stay text: `\{`, `\}`, `\<`, `&#105;mport`; a bare address the link rules allow, or
 * `<https://…>`, becomes `[https://…](https://…)`, and any other bare address (`www.…`, `http://…`)
 * becomes code (`` `www.eksempel.dk` ``), visible but not a link. Code spans and fenced code keep their
 * text; links keep their address.
 * Safe by construction: whatever an editor types, the saved body says what was typed and nothing runs.
 *
 * `bodyProblems` then judges the result with the check's own rules (src/lib/content/body-rules.ts) on the tree
 * a Markdown parser builds, so /admin/ refuses images, raw HTML and unsafe links before saving, with the
 * check's Danish messages. The full MDX compile stays with `npm run check` and the build.
 */
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";
import {
  bodyTextIssues,
  bodyTreeIssues,
  bodyUrlProblem,
  type BodyIssue,
  type BodyNode,
} from "../content/body-rules.ts";

type Edit = { start: number; end: number; text: string };

/** The body as a Markdown tree (CommonMark with GFM: tables, footnotes, autolink literals). */
export function parseMarkdown(body: string): Root {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** ASCII punctuation: what a backslash escapes in Markdown. */
const PUNCTUATION = /[!-/:-@[-`{-~]/;
/** Characters MDX reads as the start of code in running text. */
const MDX_SPECIAL = new Set(["{", "}", "<"]);
/** An MDX comment, which CONTRIBUTING allows and which stays as it is. */
const COMMENT = /^\{\/\*[\s\S]*?\*\/\}/;
/** A line MDX would read as an import or export statement. */
const ESM_LINE = /^(?:[ \t]*)(import|export)\b/gm;

/** `text` (a piece of the body's source that is plain text) with MDX's special characters escaped. */
function escapeText(text: string, lineStart: boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === "\\" && PUNCTUATION.test(text[i + 1] ?? "")) {
      out += char + text[i + 1];
      i++;
    } else if (char === "{" && COMMENT.test(text.slice(i))) {
      const comment = COMMENT.exec(text.slice(i))![0];
      out += comment;
      i += comment.length - 1;
    } else if (MDX_SPECIAL.has(char)) out += `\\${char}`;
    else out += char;
  }
  // "import" or "export" at the start of a line: the first letter as a character reference.
  return out.replace(ESM_LINE, (match, word: string, offset: number) =>
    offset === 0 && !lineStart
      ? match
      : `${match.slice(0, match.length - word.length)}&#${word.charCodeAt(0)};${word.slice(1)}`,
  );
}

/** `text` as a code span, with enough backticks around it that none inside ends it. */
function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** The body with everything MDX would misread as code, a tag or an http link turned into plain text. */
export function escapeBody(body: string): string {
  const edits: Edit[] = [];
  const source = (node: Nodes) => body.slice(node.position!.start.offset!, node.position!.end.offset!);
  const visit = (node: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case "text": {
        const text = source(node);
        const escaped = escapeText(text, node.position!.start.column === 1);
        if (escaped !== text) edits.push({ start, end, text: escaped });
        return;
      }
      case "html": {
        // Raw HTML is never allowed: what the editor typed stays as the text it is.
        const text = source(node);
        edits.push({ start, end, text: text.replace(/[{}<]/g, (char) => `\\${char}`) });
        return;
      }
      case "code": {
        // An indented block is code in Markdown but a paragraph in MDX; fenced code stays as it is.
        const text = source(node);
        if (!/^[ \t]*(`{3,}|~{3,})/.test(text)) edits.push({ start, end, text: escapeText(text, true) });
        return;
      }
      case "inlineCode":
        return;
      case "link": {
        const text = source(node);
        if (text.startsWith("[")) break;
        // A bare address (GFM makes it a link; www.… becomes http://www.…) or <https://…>, which is
        // not a link in MDX. An address the link rules allow becomes [address](address); any other
        // stays visible as code, never a link: the editor does not guess https:// for www.….
        const label = text.startsWith("<") ? text.slice(1, -1) : text;
        edits.push({
          start,
          end,
          text: bodyUrlProblem(node.url) ? inlineCode(label) : `[${escapeText(label, false)}](${node.url})`,
        });
        return;
      }
    }
    if ("children" in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(parseMarkdown(body));
  edits.sort((a, b) => b.start - a.start);
  let out = body;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** What the check's body rules say about a body the editor is about to save (after escapeBody). */
export function bodyProblems(body: string, firstLine = 1): BodyIssue[] {
  const text = bodyTextIssues(body, firstLine);
  if (text.length > 0) return text;
  return bodyTreeIssues(parseMarkdown(body) as BodyNode).map((issue) => ({
    ...issue,
    line: issue.line + firstLine - 1,
  }));
}
