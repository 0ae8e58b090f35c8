/**
 * How the wording of the 2022 catalogue's overview tables ("Oversigt over indsatser") maps to
 * target-group and anchoring tags. Editors apply these rules by hand (CONTRIBUTING.md lists them from
 * here), and the unit test applies them to every transcribed table row, so one wording always gets the
 * same tags.
 */
import type { AnchoringTag } from "./anchoring.ts";
import type { TargetGroupTag } from "./target-groups.ts";

export interface AnchoringRule {
  /** The wordings in the Forankring column, as the table spells them (line-break hyphens removed). */
  wordings: readonly string[];
  tags: readonly AnchoringTag[];
  /** Why, when the mapping is not obvious. */
  note?: string;
}

/** One rule per wording in the Forankring column. A wording without a rule is an error. */
export const ANCHORING_RULES: readonly AnchoringRule[] = [
  { wordings: ["UU-vejledning", "UU-vejledningen"], tags: ["uu-vejledning"] },
  { wordings: ["Den kommunale ungeindsats"], tags: ["kommunal-ungeindsats"] },
  {
    wordings: ["Ungeenheden"],
    tags: ["kommunal-ungeindsats"],
    note: "En kommunes ungeenhed er dens samlede ungeindsats.",
  },
  { wordings: ["Jobcenter"], tags: ["jobcenter"] },
  {
    wordings: ["Beskæftigelsesforvaltningen"],
    tags: ["jobcenter"],
    note: "Tagget Jobcenter dækker jobcenteret og beskæftigelsesforvaltningen.",
  },
  { wordings: ["Socialforvaltningen"], tags: ["socialforvaltning"] },
  {
    wordings: ["Relevante forvaltninger"],
    tags: ["flere-forvaltninger"],
    note: "Kun når tabellen ikke nævner forvaltningerne ved navn; navngivne forvaltninger får hver sit tag.",
  },
  {
    wordings: ["Børn og Ungeforvaltningen", "Børne- og Ungdomsforvaltningen"],
    tags: ["boerne-og-ungeforvaltning"],
  },
  { wordings: ["Grundskolen"], tags: ["grundskolen"] },
  {
    wordings: ["Ungdoms-/erhvervsuddannelse"],
    tags: ["ungdomsuddannelse", "erhvervsuddannelse"],
    note: "Cellen nævner begge, så indsatsen skal kunne findes under begge.",
  },
  { wordings: ["Ungdomsuddannelse"], tags: ["ungdomsuddannelse"] },
  { wordings: ["Erhvervsuddannelse"], tags: ["erhvervsuddannelse"] },
  { wordings: ["FGU"], tags: ["fgu"] },
  { wordings: ["HF", "VUC", "VUC & HF"], tags: ["hf-vuc"] },
  { wordings: ["STU"], tags: ["stu"] },
  { wordings: ["Ungdomsskole"], tags: ["ungdomsskole"] },
  {
    wordings: ["Erhvervslivet", "Erhvervslivet (Ree Park)"],
    tags: ["erhvervslivet"],
    note: "En navngiven virksomhed i parentes står under anchoring.organisations.",
  },
  { wordings: ["Civilsamfundet"], tags: ["civilsamfundet"] },
  {
    wordings: ["Red Barnet"],
    tags: ["civilsamfundet"],
    note: "Navnet står også under anchoring.organisations.",
  },
  {
    wordings: ["Meyers Madhus"],
    tags: [],
    note: "Kilderne siger ikke, hvilken slags organisation det er. Navnet står under anchoring.organisations.",
  },
  { wordings: ["Børn- og ungeministeriet"], tags: ["stat"] },
];

export interface TargetGroupRule {
  /** The phrase in the Målgruppe column, matched case-insensitively. */
  pattern: RegExp;
  /** A wording the rule is written for, shown in CONTRIBUTING.md. */
  example: string;
  tags: readonly TargetGroupTag[];
  note?: string;
}

/**
 * Phrases in the Målgruppe column. Rules apply in order, and a matched phrase is removed before the
 * next rule looks, so "gråzonen mellem STU og FGU" never also counts as STU or FGU.
 */
export const TARGET_GROUP_RULES: readonly TargetGroupRule[] = [
  {
    pattern: /gråzonen mellem STU og FGU/i,
    example: "gråzonen mellem STU og FGU",
    tags: ["mellem-stu-og-fgu"],
    note: "De unge er hverken på STU eller FGU, så de får ingen af de to tags.",
  },
  {
    pattern: /gennemgribende udviklingsforstyrrelser/i,
    example: "gennemgribende udviklingsforstyrrelser",
    tags: ["udviklingsforstyrrelser"],
  },
  {
    pattern: /ikke[- ]uddannelsesparate?|ikke vurderes at være uddannelsesparate/i,
    example: "ikke-uddannelsesparate, ikke vurderes at være uddannelsesparate",
    tags: ["ikke-uddannelsesparate"],
  },
  {
    pattern: /uddannelseshjælp(smodtagere)?/i,
    example: "på uddannelseshjælp, uddannelseshjælpsmodtagere",
    tags: ["uddannelseshjaelpsmodtagere"],
  },
  { pattern: /aktivitetsparate/i, example: "aktivitetsparate", tags: ["aktivitetsparate"] },
  {
    pattern: /psykisk sårbar(e|hed)/i,
    example: "psykisk sårbare, psykisk sårbarhed",
    tags: ["psykisk-saarbare"],
  },
  {
    pattern: /mistro?ivsel/i,
    example: "mistrivsel, mistroivsel (stavefejl i tabellen)",
    tags: ["mistrivsel"],
  },
  {
    pattern: /udadreagerende adfærd/i,
    example: "udadreagerende adfærd",
    tags: ["mistrivsel"],
    note: "Tagget Unge i mistrivsel omfatter udadreagerende adfærd.",
  },
  { pattern: /misbrug/i, example: "misbrug", tags: ["misbrug"] },
  { pattern: /skolevægring/i, example: "skolevægring", tags: ["skolevaegring"] },
  { pattern: /læringsvanskeligheder/i, example: "læringsvanskeligheder", tags: ["laeringsvanskeligheder"] },
  {
    pattern: /socialt udsatte positioner/i,
    example: "socialt udsatte positioner",
    tags: ["socialt-udsatte"],
  },
  {
    pattern: /anden etnicitet end dansk/i,
    example: "anden etnicitet end dansk",
    tags: ["etniske-minoriteter"],
  },
  {
    pattern: /risiko for (frafald|at falde fra)|frafaldstruede/i,
    example: "i risiko for frafald, frafaldstruede",
    tags: ["frafaldstruede"],
  },
  {
    pattern: /gennemføre en ungdomsuddannelse/i,
    example: "svært ved at påbegynde eller gennemføre en ungdomsuddannelse",
    tags: ["frafaldstruede"],
    note: "Gruppen omfatter unge, der er begyndt, men risikerer ikke at gøre uddannelsen færdig.",
  },
  { pattern: /alle folkeskoleelever/i, example: "alle folkeskoleelever", tags: ["grundskoleelever"] },
  {
    pattern: /elever i udskolingen|folkeskolens overbygning/i,
    example: "elever i udskolingen, folkeskolens overbygning",
    tags: ["udskolingselever"],
  },
  { pattern: /\bSTU\b/, example: "årselever på STU", tags: ["stu-elever"] },
  { pattern: /\bFGU\b/, example: "elever på FGU, målgruppevurderet til FGU", tags: ["fgu-elever"] },
  {
    pattern: /erhvervsuddannelserne/i,
    example: "unge på erhvervsuddannelserne",
    tags: ["erhvervsskoleelever"],
  },
  {
    pattern: /ledige unge|jobcenterets målgrupper/i,
    example: "ledige unge, alle jobcenterets målgrupper",
    tags: ["ledige-unge"],
  },
  {
    pattern: /ikke er i uddannelse/i,
    example: "ikke er i uddannelse eller job",
    tags: ["unge-uden-uddannelse-og-job"],
  },
  {
    pattern: /elever som har behov for ekstra støtte/i,
    example: "elever som har behov for ekstra støtte",
    tags: [],
    note: "For bredt til et tag; casen eller eksemplet afgør, hvilke grupper der er tale om.",
  },
];

/**
 * When no rule matches, the row describes young people outside education and job without naming a group.
 * Anchored at the jobcenter they are its unemployed young people; otherwise the general tag applies.
 */
export const TARGET_GROUP_FALLBACK = {
  jobcenter: "ledige-unge",
  otherwise: "unge-uden-uddannelse-og-job",
} as const satisfies Record<string, TargetGroupTag>;

const normalise = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/** The rule for one wording in the Forankring column, or undefined when there is none. */
export function anchoringRuleFor(wording: string): AnchoringRule | undefined {
  const wanted = normalise(wording);
  return ANCHORING_RULES.find((rule) => rule.wordings.some((w) => normalise(w) === wanted));
}

/** The tags a Forankring cell maps to; throws on a wording without a rule. */
export function anchoringTagsFor(wordings: readonly string[]): AnchoringTag[] {
  const tags = wordings.flatMap((wording) => {
    const rule = anchoringRuleFor(wording);
    if (!rule) throw new Error(`Ingen regel for forankringen "${wording}" i tag-mapping.ts.`);
    return rule.tags;
  });
  return [...new Set(tags)];
}

/** The tags a Målgruppe cell maps to, given the wordings of the same row's Forankring cell. */
export function targetGroupTagsFor(cell: string, anchoring: readonly string[]): TargetGroupTag[] {
  let rest = cell;
  let matched = false;
  const tags = new Set<TargetGroupTag>();
  for (const rule of TARGET_GROUP_RULES) {
    if (!rule.pattern.test(rest)) continue;
    matched = true;
    for (const tag of rule.tags) tags.add(tag);
    rest = rest.replace(new RegExp(rule.pattern.source, rule.pattern.flags + "g"), " ");
  }
  if (!matched) {
    const atJobcenter = anchoringTagsFor(anchoring).includes("jobcenter");
    tags.add(atJobcenter ? TARGET_GROUP_FALLBACK.jobcenter : TARGET_GROUP_FALLBACK.otherwise);
  }
  return [...tags];
}
