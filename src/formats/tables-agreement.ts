/**
 * The columns of the flat tables that carry the per-item agreement layer (`article.agreement`):
 * for each mention and claim, how the blind annotators treated it. Every one is empty for an
 * article without that layer.
 * @module
 */
import { agreementById, isContestedClaim, isContestedMention } from "../query/agreement.js";
import type { ArticleOf, ClaimOf, MentionOf } from "../types.js";
import type { TableCell, TableColumn, TableColumnType } from "./tables.js";

/** A column whose cell is computed from the record and the article's agreement layer. */
export interface AgreementColumn<R> extends TableColumn {
  readonly get: (record: R, agreement: ReturnType<typeof agreementById>) => TableCell;
}

// The column lists are built at module load from these helpers; marked free of side effects so
// that a bundler drops the lists, like any unused constant, from a bundle that needs no tables.
/* @__NO_SIDE_EFFECTS__ */
const column = <R>(
  name: string,
  type: TableColumnType,
  description: string,
  get: AgreementColumn<R>["get"],
): AgreementColumn<R> => ({ name, type, nullable: true, description, get });

const LABELS = {
  factuality: ["certain", "probable", "possible", "unknown"],
  polarity: ["positive", "negative"],
  quote: ["direct", "partial", "indirect", "none"],
} as const;

/* @__NO_SIDE_EFFECTS__ */
const annotators = <R>() =>
  column<R>("blind_annotators", "integer", "number of blind annotators counted (article.agreement)", (_, a) =>
    a.annotators > 0 ? a.annotators : null,
  );

/** The agreement columns of the mentions table. */
export const MENTION_AGREEMENT_COLUMNS: readonly AgreementColumn<MentionOf>[] = [
  annotators<MentionOf>(),
  column(
    "blind_exact",
    "integer",
    "blind annotators with a mention at exactly these offsets",
    (m, a) => a.mentions.get(m.id)?.exact ?? null,
  ),
  column(
    "blind_overlap",
    "integer",
    "blind annotators with a mention paired with it (exact or overlapping)",
    (m, a) => a.mentions.get(m.id)?.overlap ?? null,
  ),
  column(
    "blind_same_chain",
    "integer",
    "of those, how many put it in the chain aligned with its entity",
    (m, a) => a.mentions.get(m.id)?.sameChain ?? null,
  ),
  column(
    "contested",
    "boolean",
    "true when a blind annotator missed it, marked other offsets or another chain",
    (m, a) => {
      const entry = a.mentions.get(m.id);
      return entry ? isContestedMention(entry, a.annotators) : null;
    },
  ),
];

/* @__NO_SIDE_EFFECTS__ */
const labelColumns = (label: keyof typeof LABELS): AgreementColumn<ClaimOf>[] =>
  LABELS[label].map((value) =>
    column<ClaimOf>(
      `blind_${label}_${value}`,
      "integer",
      `blind annotators who found it and chose ${label} ${value}`,
      (c, a) => {
        const entry = a.claims.get(c.id);
        return entry ? ((entry[label] as Record<string, number>)[value] ?? 0) : null;
      },
    ),
  );

// Built by a function, as the spreads of a list literal are not free of side effects to a bundler.
/* @__NO_SIDE_EFFECTS__ */
const claimAgreementColumns = (): readonly AgreementColumn<ClaimOf>[] => [
  annotators<ClaimOf>(),
  column(
    "blind_found",
    "integer",
    "blind annotators with a claim of overlapping content and the same source",
    (c, a) => a.claims.get(c.id)?.found ?? null,
  ),
  ...labelColumns("factuality"),
  ...labelColumns("polarity"),
  ...labelColumns("quote"),
  column("contested", "boolean", "true when a blind annotator missed the claim or chose another label", (c, a) => {
    const entry = a.claims.get(c.id);
    return entry ? isContestedClaim(c, entry, a.annotators) : null;
  }),
];

/** The agreement columns of the claims table. */
export const CLAIM_AGREEMENT_COLUMNS: readonly AgreementColumn<ClaimOf>[] = claimAgreementColumns();

/** A table's own columns followed by its agreement columns, bound to one article. */
export function withAgreement<R>(
  own: readonly (TableColumn & { readonly get: (record: R) => TableCell })[],
  columns: readonly AgreementColumn<R>[],
  doc: ArticleOf,
): (TableColumn & { readonly get: (record: R) => TableCell })[] {
  const agreement = agreementById(doc);
  return [...own, ...columns.map(({ get, ...rest }) => ({ ...rest, get: (record: R) => get(record, agreement) }))];
}
