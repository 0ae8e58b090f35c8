/**
 * Someone to reach (issue 27 §2) on the site as built without EDITOR_EMAIL: every entry shows »Kontakt« with a
 * way forward on GitHub and says that e-mail is not set up yet, /bidrag/ and /om/ say so too, and no page
 * shows an e-mail address to the editors that nobody configured. With the address set, see facts.test.ts.
 */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { EMAIL_NOT_SET_UP, routes } from "../../src/lib/catalogue/index.ts";
import { editUrl } from "../../src/lib/site/index.ts";
import { loadCatalogue } from "../support/catalogue.ts";
import { readPage, requireBuild } from "../support/dist.ts";

requireBuild();
const catalogue = loadCatalogue();
const parse = (route: string) => parseHTML(readPage(route.slice(1))).document;

describe("without EDITOR_EMAIL", () => {
  it.each(catalogue.map((entry) => [entry.id, entry] as const))(
    "%s shows Kontakt with a way to suggest one on GitHub, and no made-up address",
    (id, entry) => {
      const document = parse(routes.intervention(id));
      const fact = document.querySelector("[data-contact-fact]")!;
      expect(fact.previousElementSibling!.textContent!.trim()).toBe("Kontakt");
      if (entry.data.contact) expect(fact.querySelector("[data-contact] a")).not.toBeNull();
      else {
        const suggest = fact.querySelector("[data-suggest-contact]")!;
        expect(suggest.textContent).toContain("Kender du den rette kontakt?");
        expect(suggest.querySelector("a[data-suggest-contact-issue]")!.getAttribute("href")).toMatch(
          /\/issues\/new\?template=foreslaa-en-kontakt\.yml&title=Kontakt\+til/,
        );
        expect(suggest.textContent).toContain(EMAIL_NOT_SET_UP);
      }
      expect(document.querySelector("[data-suggest-contact-mail], [data-correction-mail]")).toBeNull();
      expect(document.querySelector("a[data-edit-link]")!.getAttribute("href")).toBe(editUrl(id));
      const mailtos = [...document.querySelectorAll('a[href^="mailto:"]')].map((a) => a.getAttribute("href"));
      expect(mailtos.every((href) => entry.data.contact?.startsWith(href!.split("?")[0]!))).toBe(true);
      expect(document.querySelector("script")).toBeNull();
    },
  );

  it("says on /bidrag/ that e-mail is not set up yet, and keeps the GitHub form", () => {
    const document = parse(routes.contribute());
    expect(document.querySelector("[data-email-not-set-up]")!.textContent).toContain(EMAIL_NOT_SET_UP);
    expect(document.querySelector("[data-propose-link]")).not.toBeNull();
    expect(document.querySelector('a[href^="mailto:"]')).toBeNull();
  });

  it("says on /om/ who runs the catalogue, or that it is not stated yet, and how to reach the editors", () => {
    const document = parse(routes.about());
    expect(document.querySelector("#hvem")!.textContent).toBe("Hvem står bag");
    expect(document.querySelector("[data-operator]")!.textContent).toMatch(
      /drives af|endnu ikke oplyst her, hvem der driver/,
    );
    expect(document.querySelector("[data-editors]")!.textContent).toContain(EMAIL_NOT_SET_UP);
    expect(document.querySelector('main a[href^="mailto:"]')).toBeNull();
  });
});
