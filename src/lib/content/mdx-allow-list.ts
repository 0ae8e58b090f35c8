/**
 * The project's own components that content files (content/interventions/*.mdx) may use, and the
 * attributes each one accepts. Everything else an MDX file could contain beyond Markdown (HTML tags,
 * import/export lines, {…} expressions) is rejected by the content lint in src/lib/check/mdx-lint.ts.
 *
 * Empty on purpose: no entry uses a component today. To allow one, add it here, pass it to
 * <Content components={…} /> in src/pages/indsatser/[slug].astro and describe it in CONTRIBUTING.md.
 */
export type AllowedComponent = {
  /** Attribute names the component accepts; values must be plain text in quotes. */
  props: readonly string[];
  /** One line for editors: what the component is for. */
  description: string;
};

export const MDX_COMPONENTS: Readonly<Record<string, AllowedComponent>> = {};
