import type { EntityType } from "../../schema/entity.js";

/** The sentence a span is in: the article's sentence that contains the span's start. */
export interface ErrorSentence {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A span of an error, with its text and its sentence (`null` only for an article without sentences). */
export interface ErrorSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: ErrorSentence | null;
}

/** A gold mention in an error: its span, mention id, entity and the entity's type. */
export interface GoldMentionRef extends ErrorSpan {
  readonly mentionId: string;
  readonly entityId: string;
  readonly type: EntityType;
}

/** A predicted mention in an error: its span, its index in `mentions`, type and cluster if given. */
export interface PredictedMentionRef extends ErrorSpan {
  readonly index: number;
  readonly type?: EntityType;
  readonly cluster?: string;
}

/** Mention errors; together they explain every mention figure that is not 1. */
export interface MentionErrors {
  /** Gold mentions without an overlapping match. */
  readonly missed: readonly { readonly gold: GoldMentionRef }[];
  /** Predicted mentions without an overlapping match. */
  readonly spurious: readonly { readonly predicted: PredictedMentionRef }[];
  /** Gold mentions matched by overlap only: both spans. */
  readonly boundary: readonly { readonly gold: GoldMentionRef; readonly predicted: PredictedMentionRef }[];
  /** Exact matches whose predicted type is not the gold type. */
  readonly type: readonly { readonly gold: GoldMentionRef; readonly predicted: PredictedMentionRef }[];
}

/** One predicted cluster's share of a gold chain (`cluster` is `null` for an unclustered mention). */
export interface ClusterPart {
  readonly cluster: string | null;
  readonly mentions: readonly PredictedMentionRef[];
}

/** One gold chain's share of a predicted cluster. */
export interface ChainPart {
  readonly entityId: string;
  readonly mentions: readonly GoldMentionRef[];
}

/** Coreference errors over the mentions whose offsets are exact, as the coreference metrics see them. */
export interface CoreferenceErrors {
  /** Gold chains whose predicted mentions are spread over more than one predicted cluster. */
  readonly split: readonly { readonly entityId: string; readonly clusters: readonly ClusterPart[] }[];
  /** Predicted clusters holding mentions of more than one gold chain. */
  readonly merged: readonly { readonly cluster: string; readonly chains: readonly ChainPart[] }[];
}

/** A claim in an error: its index (in the article's `claims` or the predictions'), and its parts. */
export interface ClaimRef {
  readonly index: number;
  /** The gold claim's id; absent for a predicted claim. */
  readonly claimId?: string;
  readonly content: ErrorSpan;
  readonly source: ErrorSpan | null;
  readonly cue: ErrorSpan | null;
}

/** A claim part. */
export type ClaimPart = "source" | "cue" | "content";
/** A claim label. */
export type ClaimLabel = "factuality" | "polarity" | "quote";

/** Claim errors. */
export interface ClaimErrors {
  /** Gold claims paired with no prediction (by the attribution scores' pairing, see `scoreAttribution`). */
  readonly missed: readonly { readonly gold: ClaimRef }[];
  /** Predicted claims paired with no gold claim. */
  readonly spurious: readonly { readonly predicted: ClaimRef }[];
  /**
   * Parts of paired claims whose offsets differ: `gold` or `predicted` is `null` when only one
   * side has the part (a source or cue missed or added).
   */
  readonly boundary: readonly {
    readonly part: ClaimPart;
    readonly gold: ErrorSpan | null;
    readonly predicted: ErrorSpan | null;
    readonly goldClaim: ClaimRef;
    readonly predictedClaim: ClaimRef;
  }[];
  /** Labels of paired claims that the prediction gives and that differ from the gold. */
  readonly labels: readonly {
    readonly label: ClaimLabel;
    readonly gold: string;
    readonly predicted: string;
    readonly goldClaim: ClaimRef;
    readonly predictedClaim: ClaimRef;
  }[];
}

/** A time expression in an error. */
export interface TimeRef extends ErrorSpan {
  readonly index: number;
  /** The gold expression's id; absent for a predicted one. */
  readonly timeId?: string;
  readonly value?: string;
}

/** Time errors. */
export interface TimeErrors {
  /** Gold expressions without an overlapping match. */
  readonly missed: readonly { readonly gold: TimeRef }[];
  /** Predicted expressions without an overlapping match. */
  readonly spurious: readonly { readonly predicted: TimeRef }[];
  /** Overlap-matched expressions whose predicted value names another date, time or duration. */
  readonly value: readonly { readonly gold: TimeRef; readonly predicted: TimeRef }[];
}

/** The errors behind every score, grouped by layer. */
export interface ScoreErrors {
  readonly mentions: MentionErrors;
  readonly coreference: CoreferenceErrors;
  readonly claims: ClaimErrors;
  readonly times: TimeErrors;
}
