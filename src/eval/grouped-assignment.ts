/**
 * Optimal one-to-one assignment on a sparse similarity: the rows and columns linked by
 * positive similarities fall into connected groups, and each group is solved on its own with
 * the Hungarian algorithm. Unlinked pairs score 0, so the sum of the groups' optima is the
 * optimum of the whole matrix, without ever building it.
 * @module
 */

import { maximizeAssignment } from "./hungarian.js";
import { MAX_ASSIGNMENT_CELLS, MAX_ASSIGNMENT_STEPS, ScoringLimitError } from "./limits.js";

/** A positive similarity between a row and a column. */
export interface Edge {
  /** The row's index (an integer from 0, as the column's). */
  readonly row: number;
  readonly column: number;
  readonly similarity: number;
}

/** The assigned pairs (only pairs with an edge) and their total similarity. */
export interface GroupedAssignment {
  readonly pairs: readonly { readonly row: number; readonly column: number }[];
  readonly totalSimilarity: number;
}

/**
 * Solves the assignment group by group.
 *
 * @param edges - The positive similarities; a (row, column) pair may appear once.
 * @param what - What rows and columns are, for the error message (e.g. "key and response clusters").
 * @throws {ScoringLimitError} When a group exceeds {@link MAX_ASSIGNMENT_CELLS} cells or
 *   {@link MAX_ASSIGNMENT_STEPS} steps; nothing is computed then.
 */
export function maximizeGroupedAssignment(edges: readonly Edge[], what: string): GroupedAssignment {
  const groups = groupsOf(edges);
  for (const group of groups) checkSize(group.rows.length, group.columns.length, what);
  const pairs: { row: number; column: number }[] = [];
  let totalSimilarity = 0;
  for (const group of groups) {
    if (group.rows.length === 1 || group.columns.length === 1) {
      // One row or one column: the best edge is the optimum (the first of equal ones).
      const best = group.edges.reduce((a, b) => (b.similarity > a.similarity ? b : a));
      pairs.push({ row: best.row, column: best.column });
      totalSimilarity += best.similarity;
      continue;
    }
    const rowIndex = new Map(group.rows.map((row, i) => [row, i]));
    const columnIndex = new Map(group.columns.map((column, i) => [column, i]));
    const matrix = group.rows.map(() => new Array<number>(group.columns.length).fill(0));
    for (const edge of group.edges) {
      const row = matrix[rowIndex.get(edge.row) ?? -1];
      const column = columnIndex.get(edge.column);
      if (row === undefined || column === undefined) throw new Error("internal error: edge outside its group");
      row[column] = edge.similarity;
    }
    const solved = maximizeAssignment(matrix);
    totalSimilarity += solved.totalSimilarity;
    solved.rowToColumn.forEach((column, i) => {
      if (column >= 0 && (matrix[i]?.[column] ?? 0) > 0) {
        pairs.push({ row: group.rows[i] ?? -1, column: group.columns[column] ?? -1 });
      }
    });
  }
  return { pairs, totalSimilarity };
}

/** Refuses a group the solver could not finish in bounded time and memory. */
function checkSize(rows: number, columns: number, what: string): void {
  const small = Math.min(rows, columns);
  const large = Math.max(rows, columns);
  if (small * large > MAX_ASSIGNMENT_CELLS || small * small * large > MAX_ASSIGNMENT_STEPS) {
    throw new ScoringLimitError(
      "assignment-size",
      `${rows} × ${columns} ${what} are linked into one group, too large to align optimally ` +
        `(at most ${MAX_ASSIGNMENT_CELLS} cells and ${MAX_ASSIGNMENT_STEPS} rows² × columns per group)`,
    );
  }
}

interface Group {
  readonly rows: number[];
  readonly columns: number[];
  readonly edges: Edge[];
}

/** Connected groups of rows and columns (union–find with path halving), in order of first row. */
function groupsOf(edges: readonly Edge[]): Group[] {
  // Rows and columns are indices into lists: arrays by index give each its dense node number
  // (and list them in ascending order) where maps would be looked up and sorted.
  const rowNode: number[] = [];
  const columnNode: number[] = [];
  const parent: number[] = [];
  const node = (ids: number[], id: number): number => {
    let n = ids[id];
    if (n === undefined) {
      n = parent.length;
      parent.push(n);
      ids[id] = n;
    }
    return n;
  };
  const find = (n: number): number => {
    let x = n;
    while (parent[x] !== x) {
      const grand = parent[parent[x] ?? x] ?? x;
      parent[x] = grand;
      x = grand;
    }
    return x;
  };
  for (const edge of edges) {
    const a = find(node(rowNode, edge.row));
    const b = find(node(columnNode, edge.column));
    if (a !== b) parent[b] = a;
  }
  const groups: Group[] = [];
  const byRoot: (Group | undefined)[] = [];
  const groupOf = (n: number): Group => {
    const root = find(n);
    let group = byRoot[root];
    if (group === undefined) {
      group = { rows: [], columns: [], edges: [] };
      byRoot[root] = group;
      groups.push(group);
    }
    return group;
  };
  // forEach skips the indices that are no row or column, and goes in ascending order.
  rowNode.forEach((n, row) => groupOf(n).rows.push(row));
  columnNode.forEach((n, column) => groupOf(n).columns.push(column));
  for (const edge of edges) groupOf(rowNode[edge.row] ?? -1).edges.push(edge);
  return groups;
}
