/**
 * The parser's own words for text it cannot read ("L:C: reason"), turned into a Danish explanation at
 * the same place. Shared by `npm run check` (src/lib/check/mdx-lint.ts) and the build's renderer
 * (src/lib/check/render-body.ts), so both say the same.
 */
import type { BodyIssue } from "../content/body-rules.ts";

/** Turns the parser's "L:C: reason (rule)" into a Danish explanation at the same place. */
export function syntaxIssue(raw: string, source: string): BodyIssue {
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(raw.trim());
  const line = match ? Number(match[1]) : 1;
  const column = match ? Number(match[2]) : undefined;
  const reason = (match?.[3] ?? raw).trim();
  const at = column === undefined ? "" : (source.split("\n")[line - 1] ?? "").slice(column - 1);
  return { line, column, rule: "syntax", message: `${explainSyntax(reason, at)} (MDX: ${reason})` };
}

function explainSyntax(reason: string, at: string): string {
  const autolink = /^<((?:https?:|mailto:|www\.)[^>\s]*|[^@>\s]+@[^>\s]+)>?/i.exec(at);
  if (autolink) {
    const url = autolink[1]!;
    const href = /^[^:@]+@/.test(url) ? `mailto:${url}` : url;
    return `Linket <${url}> i vinkelparenteser virker ikke i MDX. Skriv det som [beskrivende tekst](${href}). Er linket en kilde, så læg det i content/links.toml og henvis til dets id under sources.`;
  }
  if (at.startsWith("<!--") || reason.includes("create a comment in MDX")) {
    return "HTML-kommentarer (<!-- … -->) virker ikke i MDX. Slet kommentaren, eller skriv den som {/* … */}.";
  }
  const unclosed = /Expected a closing tag for `<([^>`]*)>`/.exec(reason);
  if (unclosed) {
    return `Tagget <${unclosed[1]}> mangler et sluttag, og HTML er under alle omstændigheder ikke tilladt i indholdsfiler. Brug Markdown: ## overskrift, - punkt, **fed**, *kursiv* og [tekst](https://…) til links.`;
  }
  const closing = /Unexpected closing tag `(<\/[^`]*>)`/.exec(reason);
  if (closing) {
    return `Sluttagget ${closing[1]} har intet starttag, og HTML er under alle omstændigheder ikke tilladt i indholdsfiler. Slet det.`;
  }
  if (at.startsWith("<") || reason.includes("after `<`")) {
    return "Tegnet < bliver læst som starten på et HTML-tag. Skriv »under« eller »mindre end« med ord, eller skriv \\<, hvis du mener selve tegnet.";
  }
  if (at.startsWith("{") || /expression|brace/i.test(reason)) {
    return "Tegnet { starter et JavaScript-udtryk i MDX, og udtryk er ikke tilladt. Skriv \\{ og \\}, hvis du mener selve tegnene.";
  }
  return "MDX kan ikke læse teksten her. Tjek tegnene <, >, { og } omkring linjen; de har en særlig betydning i MDX og skal skrives som \\<, \\>, \\{ og \\}, hvis du mener selve tegnene.";
}
