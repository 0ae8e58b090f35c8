import { describe, expect, it } from "vitest";
import {
  classifyLink,
  decodeEntities,
  fileForPath,
  internalLinkProblem,
  parsePage,
  type SiteIndex,
} from "./links.ts";

const ORIGIN = "https://lovende-praksis.example";

describe("parsePage", () => {
  it("finds href and src values and the page's anchors, decoding entities", () => {
    const page = parsePage(
      '<a href="/a/?x=1&amp;y=2" id="top-link">A</a><img src=\'/b.svg\' alt=""><h2 id="kilder">K</h2><a name="gammel"></a>',
    );
    expect(page.links).toEqual([
      { attribute: "href", value: "/a/?x=1&y=2" },
      { attribute: "src", value: "/b.svg" },
    ]);
    expect([...page.anchors]).toEqual(["top-link", "kilder", "gammel"]);
  });

  it("ignores comments and script and style bodies, but keeps a script's src", () => {
    const page = parsePage(
      '<!-- <a href="/x/"> --><script src="/s.js">const a = \'<a href="/y/">\';</script><style>a[href="/z/"]{}</style>',
    );
    expect(page.links.map((link) => link.value)).toEqual(["/s.js"]);
  });

  it("does not take data-id or meta name for anchors", () => {
    const page = parsePage('<div data-id="x"></div><meta name="description" content="">');
    expect([...page.anchors]).toEqual([]);
  });
});

describe("decodeEntities", () => {
  it("decodes named and numeric entities", () => {
    expect(decodeEntities("&lt;&#229;&#xE6;&gt; &amp;amp;")).toBe("<åæ> &amp;");
  });
});

describe("classifyLink", () => {
  it("resolves absolute, relative and fragment-only links against the page", () => {
    expect(classifyLink("/om/#kilder", "/", ORIGIN)).toEqual({
      kind: "internal",
      path: "/om/",
      fragment: "kilder",
    });
    expect(classifyLink("../fase/x/", "/indsatser/a/", ORIGIN)).toEqual({
      kind: "internal",
      path: "/indsatser/fase/x/",
      fragment: undefined,
    });
    expect(classifyLink("#elementer", "/om/", ORIGIN)).toEqual({
      kind: "internal",
      path: "/om/",
      fragment: "elementer",
    });
    expect(classifyLink("/m%C3%A5l/", "/", ORIGIN)).toMatchObject({ path: "/mål/" });
  });

  it("treats absolute URLs on the site's own origin as internal", () => {
    expect(classifyLink(`${ORIGIN}/om/`, "/", ORIGIN)).toMatchObject({ kind: "internal", path: "/om/" });
  });

  it("lists other http(s) origins as external", () => {
    expect(classifyLink("https://example.org/a b", "/", ORIGIN)).toEqual({
      kind: "external",
      url: "https://example.org/a%20b",
    });
    expect(classifyLink("//cdn.example.org/x.js", "/", ORIGIN)).toMatchObject({ kind: "external" });
  });

  it("accepts mailto and tel as contact links", () => {
    expect(classifyLink("mailto:a@example.org", "/", ORIGIN).kind).toBe("contact");
    expect(classifyLink("tel:+4512345678", "/", ORIGIN).kind).toBe("contact");
  });

  it("rejects empty links, other schemes and hosts that cannot exist", () => {
    expect(classifyLink("  ", "/", ORIGIN)).toMatchObject({ kind: "invalid", reason: "tomt link" });
    expect(classifyLink("javascript:void(0)", "/", ORIGIN)).toMatchObject({ kind: "invalid" });
    expect(classifyLink("ftp://example.org/f", "/", ORIGIN)).toMatchObject({ kind: "invalid" });
    expect(classifyLink("https://exa mple/", "/", ORIGIN)).toMatchObject({ kind: "invalid" });
    expect(classifyLink("https://localhost/", "/", ORIGIN)).toMatchObject({ kind: "invalid" });
  });
});

describe("fileForPath", () => {
  it("maps folder URLs to index.html and keeps file URLs", () => {
    expect(fileForPath("/")).toEqual({ file: "index.html" });
    expect(fileForPath("/indsatser/skub/")).toEqual({ file: "indsatser/skub/index.html" });
    expect(fileForPath("/favicon.svg")).toEqual({ file: "favicon.svg" });
  });

  it("reports a folder URL without its trailing slash", () => {
    expect(fileForPath("/om")).toEqual({ problem: 'mangler / til sidst (brug "/om/")' });
  });
});

describe("internalLinkProblem", () => {
  const site: SiteIndex = {
    files: new Set(["index.html", "om/index.html", "favicon.svg"]),
    anchors: new Map([
      ["index.html", new Set<string>()],
      ["om/index.html", new Set(["kilder"])],
    ]),
  };

  it("accepts existing pages, files and anchors, and the implicit #top", () => {
    expect(internalLinkProblem({ path: "/om/", fragment: "kilder" }, site)).toBeUndefined();
    expect(internalLinkProblem({ path: "/favicon.svg", fragment: undefined }, site)).toBeUndefined();
    expect(internalLinkProblem({ path: "/", fragment: "top" }, site)).toBeUndefined();
  });

  it("names the missing page or anchor", () => {
    expect(internalLinkProblem({ path: "/mangler/", fragment: undefined }, site)).toBe(
      "siden eller filen findes ikke (mangler/index.html)",
    );
    expect(internalLinkProblem({ path: "/om/", fragment: "nej" }, site)).toBe(
      "ankeret #nej findes ikke på /om/",
    );
  });

  it("suggests a trailing / only where a page has that path", () => {
    expect(internalLinkProblem({ path: "/om", fragment: undefined }, site)).toBe(
      'mangler / til sidst (brug "/om/")',
    );
    expect(internalLinkProblem({ path: "/etc/passwd", fragment: undefined }, site)).toBe(
      "siden findes ikke (/etc/passwd), heller ikke med / til sidst",
    );
  });
});
