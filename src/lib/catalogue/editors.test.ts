import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { EDITOR_EMAIL_VARIABLE, EMAIL_NOT_SET_UP, readEditorEmail } from "./editors.ts";

/** What src/lib/catalogue/editors.ts gives the build with the given EDITOR_EMAIL (undefined: unset). */
function editorsWith(value: string | undefined): { stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env[EDITOR_EMAIL_VARIABLE];
  if (value !== undefined) env[EDITOR_EMAIL_VARIABLE] = value;
  const script =
    "import('./src/lib/catalogue/editors.ts').then((m) => console.log(JSON.stringify([m.EDITORS, m.editorMailto('S', 'B') ?? null])))";
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    env,
  });
  return { stdout: result.stdout.trim(), stderr: result.stderr };
}

describe("EDITOR_EMAIL", () => {
  it("is read from the environment like REPO_URL, trimmed, and blank counts as unset", () => {
    expect(readEditorEmail({ EDITOR_EMAIL: " redaktionen@example.dk " })).toBe("redaktionen@example.dk");
    expect(readEditorEmail({ EDITOR_EMAIL: "  " })).toBeUndefined();
    expect(readEditorEmail({})).toBeUndefined();
  });

  it("must be an addr-spec e-mail address; anything else stops the build with the reason", () => {
    expect(() => readEditorEmail({ EDITOR_EMAIL: "Redaktionen <r@example.dk>" })).toThrow(
      /EDITOR_EMAIL must be an e-mail address \(addr-spec\)/,
    );
    expect(() => readEditorEmail({ EDITOR_EMAIL: "r@localhost" })).toThrow(/domænenavn/);
  });

  it("gives a prefilled e-mail when configured, and never a made-up address when not", () => {
    expect(JSON.parse(editorsWith("r@example.dk").stdout)).toEqual([
      { email: "r@example.dk", configured: true },
      "mailto:r@example.dk?subject=S&body=B",
    ]);
    expect(JSON.parse(editorsWith(undefined).stdout)).toEqual([{ configured: false }, null]);
    expect(editorsWith("not an address").stderr).toContain("EDITOR_EMAIL must be an e-mail address");
    expect(EMAIL_NOT_SET_UP).toBe("Det er endnu ikke sat op at skrive til redaktionen med e-mail.");
  }, 60_000);
});
