/**
 * What a page says about an intervention's status. "I gang" is what the sources said when they were
 * written, so it carries the newest year a source gives (PUBLICATIONS[…].asOf) and is never shown as if
 * it were today's. Links carry no date. Without a dated source the text says so rather than guess.
 */
import { PUBLICATIONS, type PublicationId } from "../vocabulary/publications.ts";
import { STATUSES, type StatusSlug } from "../vocabulary/statuses.ts";

/** A source as entries list it; only publications carry a date. */
type Source = { publication: PublicationId } | { link: unknown };

/** The newest year among an entry's dated sources, or undefined when none gives one. */
export function newestSourceYear(sources: readonly Source[]): number | undefined {
  const years = sources.flatMap((source) => {
    if (!("publication" in source)) return [];
    const year = PUBLICATIONS[source.publication].asOf;
    return year === null ? [] : [year];
  });
  return years.length > 0 ? Math.max(...years) : undefined;
}

export const UNDATED_RUNNING = `${STATUSES.igangvaerende.label} (udateret)`;

/** The status in words, dated when it says the intervention is running; other statuses as labelled. */
export function statusText(status: StatusSlug, sources: readonly Source[]): string {
  if (status !== "igangvaerende") return STATUSES[status].label;
  const year = newestSourceYear(sources);
  return year === undefined ? UNDATED_RUNNING : `I gang i ${year} ifølge kilderne`;
}
