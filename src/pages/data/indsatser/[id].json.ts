import type { APIRoute, GetStaticPaths } from "astro";
import { getFreshnessContext } from "../../../data/freshness.ts";
import { getOpenDataContext, getOpenDataEntries } from "../../../data/open-data.ts";
import { compareRecord, type OpenDataEntry } from "../../../lib/open-data/index.ts";

export const getStaticPaths = (async () =>
  (await getOpenDataEntries()).map((entry) => ({
    params: { id: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

/**
 * One entry as the compare page needs it (src/lib/open-data/compare-record.ts), plus its body's
 * paragraphs with the sources of each (src/lib/sources/open-data.ts).
 */
export const GET: APIRoute<{ entry: OpenDataEntry }> = async ({ props, site }) => {
  const { titles = {} } = await getOpenDataContext(site);
  const record = compareRecord(
    props.entry.id,
    props.entry.data,
    await getFreshnessContext(),
    (id) => titles[id] ?? id,
  );
  return new Response(JSON.stringify({ ...record, paragraphs: props.entry.paragraphs ?? [] }), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
