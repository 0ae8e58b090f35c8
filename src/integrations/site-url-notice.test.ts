import type { AstroIntegrationLogger } from "astro";
import { describe, expect, it } from "vitest";
import { SITE_URL_WARNING, siteUrlNotice } from "./site-url-notice.ts";

function warningsFor(siteUrl: string | undefined): string[] {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
  const start = siteUrlNotice(siteUrl).hooks["astro:build:start"] as (options: {
    logger: AstroIntegrationLogger;
  }) => void;
  start({ logger });
  return warnings;
}

describe("siteUrlNotice", () => {
  it("warns once per build when SITE_URL is unset, and names what it affects", () => {
    expect(warningsFor(undefined)).toEqual([SITE_URL_WARNING]);
    expect(SITE_URL_WARNING).toMatch(/canonical URLs, open data and the feed/);
  });

  it("stays quiet when the public address is set", () => {
    expect(warningsFor("https://lovendepraksis.dk")).toEqual([]);
  });
});
