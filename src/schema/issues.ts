/**
 * The one formatter of schema issues, shared by the compiler, the CLI and the evaluation kit:
 * `path: message`, the path dot-separated as zod reports it, `(root)` for the value itself.
 */

/** An issue as zod reports it; only its path and message are read. */
export interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** The dot-separated path of an issue, or `(root)` for the value itself. */
// A path of one empty key is not the root, so emptiness is judged by length, not by the joined text.
export const issuePath = (issue: IssueLike): string =>
  issue.path.length === 0 ? "(root)" : issue.path.map(String).join(".");

/** Each issue as one `path: message` line. */
export const issueLines = (issues: readonly IssueLike[]): string[] =>
  issues.map((issue) => `${issuePath(issue)}: ${issue.message}`);
