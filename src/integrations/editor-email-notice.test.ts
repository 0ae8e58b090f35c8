import type { AstroIntegrationLogger } from "astro";
import { describe, expect, it } from "vitest";
import { EDITOR_EMAIL_WARNING, editorEmailNotice } from "./editor-email-notice.ts";

function warningsFor(configured: boolean): string[] {
  const warnings: string[] = [];
  const logger = { warn: (message: string) => warnings.push(message) } as unknown as AstroIntegrationLogger;
  const start = editorEmailNotice(configured).hooks["astro:build:start"] as (options: {
    logger: AstroIntegrationLogger;
  }) => void;
  start({ logger });
  return warnings;
}

describe("editorEmailNotice", () => {
  it("warns once per build when EDITOR_EMAIL is unset, naming what it affects", () => {
    expect(warningsFor(false)).toEqual([EDITOR_EMAIL_WARNING]);
    expect(EDITOR_EMAIL_WARNING).toContain("Er oplysningerne forældede?");
  });

  it("stays quiet when the address is set", () => {
    expect(warningsFor(true)).toEqual([]);
  });
});
