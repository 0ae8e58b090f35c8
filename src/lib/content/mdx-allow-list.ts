/**
 * The project's own components that content files (content/interventions/*.mdx) may use, and the
 * attributes each one accepts. Everything else an MDX file could contain beyond Markdown (HTML tags,
 * import/export lines, {…} expressions) is rejected by the content lint in src/lib/check/mdx-lint.ts.
 *
 * Empty on purpose: no entry uses a component today. Bodies are rendered to plain HTML once per build
 * (src/lib/check/render-body.ts), never compiled to code, so a component listed here would not render:
 * allowing one also means turning it into HTML in that renderer (a hast plugin), testing it there, and
 * describing it in CONTRIBUTING.md.
 */
export type AllowedComponent = {
  /** Attribute names the component accepts; values must be plain text in quotes. */
  props: readonly string[];
  /** One line for editors: what the component is for. */
  description: string;
};

export const MDX_COMPONENTS: Readonly<Record<string, AllowedComponent>> = {};
