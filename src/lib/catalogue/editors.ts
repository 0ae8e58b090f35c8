/**
 * The editors' e-mail address: the one place it is set, read like REPO_URL (src/lib/site/repository.ts).
 * Set EDITOR_EMAIL when building the public site. Without it the build warns once
 * (src/integrations/editor-email-notice.ts) and pages say that writing to the editors by e-mail is not set up
 * yet; they never show a made-up address. A value that is not an e-mail address stops the build.
 */
import { environment } from "../site/environment.ts";
import { addrSpecProblem, mailtoHref } from "../schema/email.ts";

export const EDITOR_EMAIL_VARIABLE = "EDITOR_EMAIL";

/** What pages say where the editors' address would be, while it is not configured. */
export const EMAIL_NOT_SET_UP = "Det er endnu ikke sat op at skrive til redaktionen med e-mail.";

/** The address from the environment, or undefined when unset or blank; throws on a value that is no address. */
export function readEditorEmail(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = env[EDITOR_EMAIL_VARIABLE]?.trim();
  if (!value) return undefined;
  const problem = addrSpecProblem(value);
  if (problem) throw new Error(`${EDITOR_EMAIL_VARIABLE} must be an e-mail address (addr-spec): ${problem}`);
  return value;
}

const email = readEditorEmail(environment());

export const EDITORS = {
  /** The editors' address, or undefined while it is not configured. */
  email,
  configured: email !== undefined,
} as const;

/** A prefilled e-mail to the editors, or undefined while their address is not configured. */
export function editorMailto(subject: string, body: string): string | undefined {
  return EDITORS.email ? mailtoHref({ to: EDITORS.email, subject, body }) : undefined;
}
