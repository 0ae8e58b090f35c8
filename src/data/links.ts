/** Build-time access to one link in content/links.toml by id, for links the site itself cites. */
import { getEntry } from "astro:content";
import type { LinkData } from "../lib/schema/index.ts";

export async function getLink(id: string): Promise<LinkData & { host: string }> {
  const entry = await getEntry("links", id);
  if (!entry) throw new Error(`content/links.toml has no link "${id}", which the site cites.`);
  return { ...entry.data, host: new URL(entry.data.url).hostname.replace(/^www\./, "") };
}
