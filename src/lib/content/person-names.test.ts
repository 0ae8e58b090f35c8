import { describe, expect, it } from "vitest";
import { personNames } from "./person-names.ts";

const names = (text: string) => personNames(text).map((found) => found.name);

describe("personNames", () => {
  it("finds a name after a role word, compounds included", () => {
    expect(names("Afdelingsleder Linda Nystrup udtaler sig.")).toEqual(["Linda Nystrup"]);
    expect(names("Beskæftigelses- og socialrådmand Christoffer Lilleholt mener, at …")).toEqual([
      "Christoffer Lilleholt",
    ]);
    expect(names("Trivselskonsulenten Anne-Mette Holm fortæller")).toEqual(["Anne-Mette Holm"]);
  });

  it("finds a name followed by a comma and a role", () => {
    expect(names("Grethe Fyrstenberg Laursen, som er konstitueret formand for udvalget")).toEqual([
      "Grethe Fyrstenberg Laursen",
    ]);
    expect(names("det var Camillia Janský, uddannet socialrådgiver, og en anden")).toEqual(["Camillia Janský"]);
  });

  it("finds a name that speaks", () => {
    expect(names("Linda Nystrup giver et eksempel: En rådgiver …")).toEqual(["Linda Nystrup"]);
    expect(names("Det virker, ifølge Jakob Læsø Mølbech.")).toEqual(["Jakob Læsø Mølbech"]);
  });

  it("leaves roles, organisations and places alone", () => {
    expect(names("Afdelingslederen i Ungeenheden giver et eksempel.")).toEqual([]);
    expect(names("Odense Byråd mener, at indsatsen skal fortsætte.")).toEqual([]);
    expect(names("Koordinator for Red Barnet og Meyers Madhus.")).toEqual([]);
    expect(names("Rådgiver i Horsens Kommune, som er leder af teamet")).toEqual([]);
    expect(names("To ungeguider i Randers følger de unge.")).toEqual([]);
    expect(names("Horsens Kommune fortæller, at Ifølge Marselisborg-kataloget …")).toEqual([]);
  });

  it("finds names joined by a hyphen or a space alike, and none in text without two capitalised words in a row", () => {
    expect(names("ifølge Anne-Mette siger vejlederen")).toEqual(["Anne-Mette"]);
    expect(names("mentor Ole Olsen")).toEqual(["Ole Olsen"]);
    expect(names("mentoren Ole taler med Olsen, som er vejleder")).toEqual([]);
    expect(names("")).toEqual([]);
  });
});
