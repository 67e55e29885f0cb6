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
  for (let g = 0; g < groups.count; g++) checkSize(groups.rows[g]!, groups.columns[g]!, what);
  const large = largeGroups(edges, groups);
  const pairs: { row: number; column: number }[] = [];
  let totalSimilarity = 0;
  for (let g = 0; g < groups.count; g++) {
    const group = large.get(g);
    if (group === undefined) {
      // One row or one column: the best edge is the optimum (the first of equal ones).
      const best = edges[groups.best[g]!]!;
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

/**
 * The connected groups of rows and columns, numbered in order of their first row, as counts
 * in typed arrays: most groups are one gold and one predicted span, and an object and three
 * lists for each cost a long document more time in the garbage collector than solving them.
 */
interface Groups {
  readonly count: number;
  /** Each edge's group. */
  readonly ofEdge: Int32Array;
  /** Each group's number of rows, of columns, and its first edge of the largest similarity. */
  readonly rows: Int32Array;
  readonly columns: Int32Array;
  readonly best: Int32Array;
  /** Each row's and column's group (-1 for an index that is none), by index. */
  readonly ofRow: Int32Array;
  readonly ofColumn: Int32Array;
}

/** Connected groups (union–find with path halving over dense node numbers). */
function groupsOf(edges: readonly Edge[]): Groups {
  let [rowEnd, columnEnd] = [0, 0];
  for (const { row, column } of edges) {
    if (!Number.isSafeInteger(row) || !Number.isSafeInteger(column) || row < 0 || column < 0)
      throw new Error(`internal error: edge (${row}, ${column}) is not between indices`);
    rowEnd = Math.max(rowEnd, row + 1);
    columnEnd = Math.max(columnEnd, column + 1);
  }
  const rowNode = new Int32Array(rowEnd).fill(-1);
  const columnNode = new Int32Array(columnEnd).fill(-1);
  const parent = new Int32Array(2 * edges.length);
  let nodes = 0;
  const node = (ids: Int32Array, id: number): number => {
    if (ids[id]! < 0) {
      parent[nodes] = nodes;
      ids[id] = nodes++;
    }
    return ids[id]!;
  };
  const find = (n: number): number => {
    let x = n;
    while (parent[x] !== x) {
      const grand = parent[parent[x]!]!;
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
  // Groups numbered as their smallest row is met, rows in ascending order.
  const groupOfRoot = new Int32Array(nodes).fill(-1);
  let count = 0;
  const ofIndex = (ids: Int32Array, numberNew: boolean): Int32Array =>
    ids.map((n) => {
      if (n < 0) return -1;
      const root = find(n);
      if (groupOfRoot[root]! < 0 && numberNew) groupOfRoot[root] = count++;
      return groupOfRoot[root]!;
    });
  const ofRow = ofIndex(rowNode, true);
  const ofColumn = ofIndex(columnNode, false);
  const [rows, columns, best] = [new Int32Array(count), new Int32Array(count), new Int32Array(count).fill(-1)];
  for (const g of ofRow) if (g >= 0) rows[g]!++;
  for (const g of ofColumn) if (g >= 0) columns[g]!++;
  const ofEdge = new Int32Array(edges.length);
  edges.forEach((edge, e) => {
    const g = ofRow[edge.row]!;
    ofEdge[e] = g;
    const b = best[g]!;
    if (b < 0 || edge.similarity > edges[b]!.similarity) best[g] = e;
  });
  return { count, ofEdge, rows, columns, best, ofRow, ofColumn };
}

/** The rows, columns (ascending) and edges (in order) of each group of two rows and two columns or more. */
function largeGroups(edges: readonly Edge[], groups: Groups): Map<number, Group> {
  const large = new Map<number, Group>();
  for (let g = 0; g < groups.count; g++) {
    if (groups.rows[g]! > 1 && groups.columns[g]! > 1) large.set(g, { rows: [], columns: [], edges: [] });
  }
  if (large.size === 0) return large;
  groups.ofRow.forEach((g, row) => large.get(g)?.rows.push(row));
  groups.ofColumn.forEach((g, column) => large.get(g)?.columns.push(column));
  edges.forEach((edge, e) => large.get(groups.ofEdge[e]!)?.edges.push(edge));
  return large;
}
