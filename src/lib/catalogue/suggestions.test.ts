import { afterEach, describe, expect, it, vi } from "vitest";
import { editUrl, PAGE_FIELD, proposeUrl, REPOSITORY } from "../site/repository.ts";

/** The suggestions module as a build with the given EDITOR_EMAIL loads it (undefined: unset). */
async function suggestionsWith(email: string | undefined) {
  vi.resetModules();
  vi.stubEnv("EDITOR_EMAIL", email ?? "");
  return import("./suggestions.ts");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const entry = {
  id: "ungeguides",
  title: "Ungeguides",
  url: "https://example.org/indsatser/ungeguides/",
  responsible: "Ungdommens Uddannelsesvejledning i Randers",
};
const decoded = (mailto: string) => {
  const url = new URL(mailto);
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get("subject")!,
    body: url.searchParams.get("body")!,
  };
};

describe("suggestions without the editors' address", () => {
  it("offer no e-mail, only the GitHub routes, which stay as they were", async () => {
    const { entrySuggestion, correctionSuggestion, contactSuggestion } = await suggestionsWith(undefined);
    expect(entrySuggestion()).toMatchObject({ mailto: undefined, githubUrl: proposeUrl() });
    expect(correctionSuggestion(entry)).toMatchObject({
      mailto: undefined,
      githubUrl: editUrl("ungeguides"),
    });
    const contact = contactSuggestion(entry);
    expect(contact.mailto).toBeUndefined();
    // The contact form on GitHub, with the title and the entry's page filled in.
    const form = new URL(contact.githubUrl);
    expect(`${form.origin}${form.pathname}`).toBe(`${REPOSITORY.url}/issues/new`);
    expect(Object.fromEntries(form.searchParams)).toEqual({
      template: "foreslaa-en-kontakt.yml",
      title: contact.subject,
      [PAGE_FIELD]: entry.url,
    });
  });
});

describe("suggestions with EDITOR_EMAIL set", () => {
  it("are prefilled e-mails to the editors with a short Danish template", async () => {
    const { entrySuggestion, correctionSuggestion, contactSuggestion, NO_PERSONAL_DATA } =
      await suggestionsWith("redaktionen@example.dk");
    const propose = decoded(entrySuggestion().mailto!);
    expect(propose.to).toBe("redaktionen@example.dk");
    expect(propose.subject).toBe("Foreslå en indsats til Lovende praksis");
    expect(propose.body).toMatch(/^Indsatsens navn:\r\n/);
    expect(propose.body).toContain("Link til en kilde");

    const correction = decoded(correctionSuggestion(entry).mailto!);
    expect(correction.subject).toBe("Rettelse til »Ungeguides« i Lovende praksis");
    expect(correction.body).toContain(`Side: ${entry.url}`);
    expect(correction.body).toContain("Hvad er det rigtige?");

    const contact = decoded(contactSuggestion(entry).mailto!);
    expect(contact.subject).toBe("Kontakt til »Ungeguides« i Lovende praksis");
    expect(contact.body).toContain(`Ansvarlig ifølge siden: ${entry.responsible}`);
    expect(contact.body).toContain("ikke en medarbejders egen e-mail");
    for (const body of [propose.body, correction.body, contact.body])
      expect(body.endsWith(NO_PERSONAL_DATA)).toBe(true);
  });

  it("keep a hostile title inside the subject: no added header or recipient", async () => {
    const { correctionSuggestion } = await suggestionsWith("redaktionen@example.dk");
    const mailto = correctionSuggestion({
      ...entry,
      title: "X\r\nBcc: ond@example.org&cc=ond@example.org",
    }).mailto!;
    expect(mailto).not.toMatch(/[\r\n]/);
    const url = new URL(mailto);
    expect([...url.searchParams.keys()]).toEqual(["subject", "body"]);
    expect(decodeURIComponent(url.pathname)).toBe("redaktionen@example.dk");
  });
});
