/**
 * Global setup of the site tests: starts one Chromium before any test file runs and hands its endpoint to the
 * test workers, which connect to it through launchChromium() (tests/support/browser.ts). One browser start
 * instead of one per test file; every file still gets its own connection, pages and contexts.
 */
import { launchChromiumServer, SHARED_BROWSER_ENV } from "./browser.ts";

export default async function setup(): Promise<() => Promise<void>> {
  const server = await launchChromiumServer();
  // Test workers are started after the global setup, with a copy of this environment.
  process.env[SHARED_BROWSER_ENV] = server.wsEndpoint();
  return async () => {
    delete process.env[SHARED_BROWSER_ENV];
    await server.close();
  };
}
