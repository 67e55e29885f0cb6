/**
 * The narrowed article types (src/types.ts) against shapes written out here by hand. `tsc -p .`
 * (npm run typecheck) checks the types; the tests below check that the fields checked here are
 * exactly the id and reference fields the schema marks, so a marked field cannot go unchecked.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { ClaimId, EntityId, MentionId, NoteId, TimeId } from "../../src/generated/ids.js";
import { ArticleShapeSchema } from "../../src/schema/article.js";
import { type Layer, markedFields } from "../../src/schema/fields.js";
import type {
  ClaimRelationType,
  EntityType,
  Factuality,
  MentionForm,
  NoteKind,
  Polarity,
  QuoteType,
  TimeType,
} from "../../src/schema/model.js";
import type {
  Article,
  ArticleClaim,
  ArticleEntity,
  ArticleMention,
  ArticleNote,
  ArticleOf,
  ArticleTime,
  ClaimOf,
  EditorialNoteOf,
  EntityOf,
  IdTypes,
  ItemAgreementOf,
  MentionOf,
  ShippedIds,
  TimeExpressionOf,
} from "../../src/types.js";

// Every layer a distinct literal, so that a field narrowed to the wrong layer shows.
type Tags = { entity: "E"; mention: "M"; claim: "C"; time: "T"; note: "N" };

type Span = { readonly start: number; readonly end: number; readonly text: string };
type ExpectedEntity<I extends IdTypes> = {
  readonly id: I["entity"];
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly wikidata?: string;
  readonly partOf?: I["entity"];
  readonly memberOf?: I["entity"];
  readonly members?: readonly I["entity"][];
};
type ExpectedMention<I extends IdTypes> = {
  readonly id: I["mention"];
  readonly entityId: I["entity"];
  readonly span: Span;
  readonly form: MentionForm;
};
type ExpectedClaim<I extends IdTypes> = {
  readonly id: I["claim"];
  readonly content: Span;
  readonly source: { readonly entityId: I["entity"] } | { readonly author: true };
  readonly sourceMention?: I["mention"];
  readonly cue?: Span;
  readonly quote: QuoteType;
  readonly quotes: readonly Span[];
  readonly factuality: Factuality;
  readonly polarity: Polarity;
  readonly about: readonly I["entity"][];
  readonly times?: readonly I["time"][];
  readonly nestedIn?: I["claim"];
  readonly relations: readonly {
    readonly type: ClaimRelationType;
    readonly target: I["claim"];
    readonly inferred?: true;
  }[];
  readonly comment?: string;
};
type ExpectedTime<I extends IdTypes> = {
  readonly id: I["time"];
  readonly span: Span;
  readonly type: TimeType;
  readonly value: string;
  readonly literal?: string;
  readonly anchor?: I["time"];
  readonly basis: string;
};
type ExpectedNote<I extends IdTypes> = {
  readonly id: I["note"];
  readonly span: Span;
  readonly kind: NoteKind;
  readonly message: string;
};
type Counts<K extends string> = { readonly [L in K]: number };
type ExpectedAgreement<I extends IdTypes> = {
  readonly annotators: readonly string[];
  readonly claims: readonly {
    readonly claimId: I["claim"];
    readonly found: number;
    readonly factuality: Counts<Factuality>;
    readonly polarity: Counts<Polarity>;
    readonly quote: Counts<QuoteType>;
  }[];
  readonly mentions: readonly {
    readonly mentionId: I["mention"];
    readonly exact: number;
    readonly overlap: number;
    readonly sameChain: number;
  }[];
};
type ExpectedArticle<I extends IdTypes> = {
  readonly id: string;
  readonly schemaVersion: string;
  readonly language: string;
  readonly title: { readonly text: string; readonly editorial: boolean };
  readonly text: string;
  readonly textSha256: string;
  readonly provenance: {
    readonly summary: string;
    readonly publisher?: string;
    readonly url?: string;
    readonly inferences: readonly { readonly fact: string; readonly basis: string }[];
  };
  readonly published: {
    readonly date: string;
    readonly basis: "stated" | "inferred";
    readonly explanation: string;
  };
  // Paragraph and sentence ids have no id type of their own: they stay strings.
  readonly paragraphs: readonly { readonly id: string; readonly span: Span }[];
  readonly sentences: readonly { readonly id: string; readonly paragraphId: string; readonly span: Span }[];
  readonly entities: readonly ExpectedEntity<I>[];
  readonly mentions: readonly ExpectedMention<I>[];
  readonly claims: readonly ExpectedClaim<I>[];
  readonly times: readonly ExpectedTime<I>[];
  readonly notes: readonly ExpectedNote<I>[];
  readonly agreement?: ExpectedAgreement<I>;
};

// The id types are named after the layers whose fields the schema marks.
expectTypeOf<keyof IdTypes>().toExtend<Layer>();

// Whole shapes, for distinct tags, the shipped ids and plain strings (the defaults).
expectTypeOf<EntityOf<Tags>>().branded.toEqualTypeOf<ExpectedEntity<Tags>>();
expectTypeOf<MentionOf<Tags>>().branded.toEqualTypeOf<ExpectedMention<Tags>>();
expectTypeOf<ClaimOf<Tags>>().branded.toEqualTypeOf<ExpectedClaim<Tags>>();
expectTypeOf<TimeExpressionOf<Tags>>().branded.toEqualTypeOf<ExpectedTime<Tags>>();
expectTypeOf<EditorialNoteOf<Tags>>().branded.toEqualTypeOf<ExpectedNote<Tags>>();
expectTypeOf<ItemAgreementOf<Tags>>().branded.toEqualTypeOf<ExpectedAgreement<Tags>>();
expectTypeOf<ArticleOf<Tags>>().branded.toEqualTypeOf<ExpectedArticle<Tags>>();
expectTypeOf<ArticleOf>().branded.toEqualTypeOf<ExpectedArticle<IdTypes>>();
expectTypeOf<Article>().branded.toEqualTypeOf<ExpectedArticle<ShippedIds>>();
expectTypeOf<ArticleEntity>().branded.toEqualTypeOf<ExpectedEntity<ShippedIds>>();
expectTypeOf<ArticleMention>().branded.toEqualTypeOf<ExpectedMention<ShippedIds>>();
expectTypeOf<ArticleClaim>().branded.toEqualTypeOf<ExpectedClaim<ShippedIds>>();
expectTypeOf<ArticleTime>().branded.toEqualTypeOf<ExpectedTime<ShippedIds>>();
expectTypeOf<ArticleNote>().branded.toEqualTypeOf<ExpectedNote<ShippedIds>>();
// The layers' own types are the ones the article lists.
expectTypeOf<Article["entities"][number]>().toEqualTypeOf<ArticleEntity>();
expectTypeOf<Article["claims"][number]>().toEqualTypeOf<ArticleClaim>();
expectTypeOf<NonNullable<ArticleOf<Tags>["agreement"]>>().toEqualTypeOf<ItemAgreementOf<Tags>>();

// Field by field, every id and reference field the schema marks (the list is checked below).
type Agreement = NonNullable<Article["agreement"]>;
type EntitySource = Extract<ArticleClaim["source"], { entityId: unknown }>;
expectTypeOf<ArticleEntity["id"]>().toEqualTypeOf<EntityId>();
expectTypeOf<NonNullable<ArticleEntity["partOf"]>>().toEqualTypeOf<EntityId>();
expectTypeOf<NonNullable<ArticleEntity["memberOf"]>>().toEqualTypeOf<EntityId>();
expectTypeOf<NonNullable<ArticleEntity["members"]>[number]>().toEqualTypeOf<EntityId>();
expectTypeOf<ArticleMention["id"]>().toEqualTypeOf<MentionId>();
expectTypeOf<ArticleMention["entityId"]>().toEqualTypeOf<EntityId>();
expectTypeOf<ArticleClaim["id"]>().toEqualTypeOf<ClaimId>();
expectTypeOf<EntitySource["entityId"]>().toEqualTypeOf<EntityId>();
expectTypeOf<NonNullable<ArticleClaim["sourceMention"]>>().toEqualTypeOf<MentionId>();
expectTypeOf<ArticleClaim["about"][number]>().toEqualTypeOf<EntityId>();
expectTypeOf<NonNullable<ArticleClaim["times"]>[number]>().toEqualTypeOf<TimeId>();
expectTypeOf<NonNullable<ArticleClaim["nestedIn"]>>().toEqualTypeOf<ClaimId>();
expectTypeOf<ArticleClaim["relations"][number]["target"]>().toEqualTypeOf<ClaimId>();
expectTypeOf<ArticleTime["id"]>().toEqualTypeOf<TimeId>();
expectTypeOf<NonNullable<ArticleTime["anchor"]>>().toEqualTypeOf<TimeId>();
expectTypeOf<ArticleNote["id"]>().toEqualTypeOf<NoteId>();
expectTypeOf<Agreement["claims"][number]["claimId"]>().toEqualTypeOf<ClaimId>();
expectTypeOf<Agreement["mentions"][number]["mentionId"]>().toEqualTypeOf<MentionId>();
expectTypeOf<Article["paragraphs"][number]["id"]>().toEqualTypeOf<string>();
expectTypeOf<Article["sentences"][number]["id"]>().toEqualTypeOf<string>();
expectTypeOf<Article["sentences"][number]["paragraphId"]>().toEqualTypeOf<string>();
// In generic code the fields are the type parameter's own id types, both ways assignable.
export function generic<I extends IdTypes>(claim: ClaimOf<I>, entity: EntityOf<I>, ids: I) {
  const about: readonly I["entity"][] = claim.about;
  const target: I["claim"] | undefined = claim.relations[0]?.target;
  const partOf: I["entity"] | undefined = entity.partOf;
  const source: I["entity"] | undefined = "entityId" in claim.source ? claim.source.entityId : undefined;
  const back: Pick<ClaimOf<I>, "about" | "nestedIn"> = { about: [ids.entity], nestedIn: ids.claim };
  const member: Pick<EntityOf<I>, "members"> = { members: [ids.entity] };
  return [about, target, partOf, source, back, member];
}

// The checks can fail: a field left a string, narrowed to the wrong layer, or left writable.
// @ts-expect-error a reference field left a plain string
expectTypeOf<ArticleClaim["about"][number]>().toEqualTypeOf<string>();
// @ts-expect-error a reference to claims narrowed to entities
expectTypeOf<ClaimOf<Tags>>().branded.toEqualTypeOf<Omit<ExpectedClaim<Tags>, "nestedIn"> & { nestedIn?: "E" }>();
// @ts-expect-error a nested reference left a plain string
expectTypeOf<ClaimOf<Tags>>().branded.toEqualTypeOf<ExpectedClaim<{ [K in keyof Tags]: string }>>();
// @ts-expect-error a field that is not read-only
expectTypeOf<MentionOf<Tags>>().branded.toEqualTypeOf<Omit<ExpectedMention<Tags>, "form"> & { form: MentionForm }>();

// The id and reference fields checked above, by path in the article ("*": every element).
const CHECKED = [
  "paragraphs.*.id",
  "sentences.*.id",
  "sentences.*.paragraphId",
  "entities.*.id",
  "entities.*.partOf",
  "entities.*.memberOf",
  "entities.*.members.*",
  "mentions.*.id",
  "mentions.*.entityId",
  "claims.*.id",
  "claims.*.source.entityId",
  "claims.*.sourceMention",
  "claims.*.about.*",
  "claims.*.times.*",
  "claims.*.nestedIn",
  "claims.*.relations.*.target",
  "times.*.id",
  "times.*.anchor",
  "notes.*.id",
  "agreement.claims.*.claimId",
  "agreement.mentions.*.mentionId",
];

describe("the narrowed article types", () => {
  it("are checked above for every id and reference field the schema marks", () => {
    const marked = markedFields(ArticleShapeSchema)
      .filter((f) => f.mark.kind !== "span")
      .map((f) => f.path.join("."));
    expect(marked).toEqual(CHECKED);
  });
});
