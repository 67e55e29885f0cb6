/**
 * Optimal assignment (Kuhn–Munkres / Hungarian algorithm) on rectangular matrices,
 * used by the CEAF coreference metrics.
 * @module
 */

/** The result of {@link maximizeAssignment}. */
export interface Assignment {
  /**
   * For each row, the column assigned to it, or `-1` when the row is left unassigned
   * (only possible when there are more rows than columns).
   */
  readonly rowToColumn: readonly number[];
  /** The sum of the similarities of the assigned (row, column) pairs. */
  readonly totalSimilarity: number;
}

/**
 * Finds a one-to-one assignment of rows to columns that maximises the total similarity.
 *
 * Exactly `min(rows, columns)` pairs are assigned, each row and each column at most once.
 * Rectangular matrices are handled directly (no padding is needed by the caller). Runs in
 * O(n² · m) time for an n × m matrix with n ≤ m (the matrix is transposed otherwise).
 *
 * @param similarity - A matrix of finite numbers, `similarity[row][column]`; all rows must
 *   have the same length. An empty matrix (or one with empty rows) gives an empty assignment.
 * @returns The assignment and its total similarity.
 * @throws {RangeError} If the rows have different lengths or a value is not finite.
 * @example
 * ```ts
 * const { rowToColumn, totalSimilarity } = maximizeAssignment([
 *   [1, 5, 0],
 *   [4, 4, 1],
 * ]);
 * // rowToColumn = [1, 0], totalSimilarity = 9
 * ```
 */
export function maximizeAssignment(similarity: readonly (readonly number[])[]): Assignment {
  const rowCount = similarity.length;
  const columnCount = checkRectangular(similarity);
  if (rowCount === 0 || columnCount === 0) {
    return { rowToColumn: new Array<number>(rowCount).fill(-1), totalSimilarity: 0 };
  }

  // The solver below needs rows ≤ columns; solve the transposed problem otherwise.
  const transposed = rowCount > columnCount;
  const cost = transposed
    ? Array.from({ length: columnCount }, (_, c) => similarity.map((row) => -at(row, c)))
    : similarity.map((row) => row.map((value) => -value)); // maximise = minimise the negation
  const smallToLarge = minimizeCostAssignment(cost);

  const rowToColumn = new Array<number>(rowCount).fill(-1);
  smallToLarge.forEach((large, small) => {
    if (transposed) rowToColumn[large] = small;
    else rowToColumn[small] = large;
  });

  let totalSimilarity = 0;
  rowToColumn.forEach((column, row) => {
    if (column >= 0) totalSimilarity += at(at(similarity, row), column);
  });
  return { rowToColumn, totalSimilarity };
}

/** Returns the common row length, after checking that the values are finite. */
function checkRectangular(matrix: readonly (readonly number[])[]): number {
  const width = matrix[0]?.length ?? 0;
  matrix.forEach((row, rowIndex) => {
    if (row.length !== width) {
      throw new RangeError(`maximizeAssignment: row ${rowIndex} has ${row.length} columns, expected ${width}`);
    }
    row.forEach((value, columnIndex) => {
      if (!Number.isFinite(value)) {
        throw new RangeError(`maximizeAssignment: value at [${rowIndex}][${columnIndex}] is not a finite number`);
      }
    });
  });
  return width;
}

/**
 * Minimum-cost assignment of every row to a distinct column, for n rows ≤ m columns:
 * the shortest-augmenting-path form of the Hungarian algorithm with row/column potentials.
 * Returns, for each row, its column.
 */
function minimizeCostAssignment(cost: readonly (readonly number[])[]): number[] {
  const n = cost.length;
  const m = at(cost, 0).length;
  // Flat copy: the inner loop below is the hot spot of CEAF on large documents.
  const flatCost = Float64Array.from(cost.flat());
  // 1-based arrays; index 0 is a virtual column used as the root of each augmenting search.
  const rowPotential = new Float64Array(n + 1);
  const columnPotential = new Float64Array(m + 1);
  const rowOfColumn = new Int32Array(m + 1); // 0 = column unmatched
  const previousColumn = new Int32Array(m + 1); // back-pointers of the alternating path
  const slack = new Float64Array(m + 1);
  const visited = new Uint8Array(m + 1);

  // In the loops below every index is within 0..n or 0..m by construction, hence the `!`.
  for (let row = 1; row <= n; row++) {
    rowOfColumn[0] = row;
    let column = 0;
    slack.fill(Infinity);
    visited.fill(0);
    // Grow a tree of tight edges (Dijkstra on reduced costs) until a free column is reached.
    do {
      visited[column] = 1;
      const currentRow = rowOfColumn[column]!;
      const rowOffset = (currentRow - 1) * m - 1; // flatCost index of column j is rowOffset + j
      const currentRowPotential = rowPotential[currentRow]!;
      let delta = Infinity;
      let nextColumn = 0;
      for (let j = 1; j <= m; j++) {
        if (visited[j]) continue;
        const reduced = flatCost[rowOffset + j]! - currentRowPotential - columnPotential[j]!;
        if (reduced < slack[j]!) {
          slack[j] = reduced;
          previousColumn[j] = column;
        }
        if (slack[j]! < delta) {
          delta = slack[j]!;
          nextColumn = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (visited[j]) {
          rowPotential[rowOfColumn[j]!]! += delta;
          columnPotential[j]! -= delta;
        } else {
          slack[j]! -= delta;
        }
      }
      column = nextColumn;
    } while (rowOfColumn[column] !== 0);
    // Flip the alternating path back to the root.
    do {
      const previous = previousColumn[column]!;
      rowOfColumn[column] = rowOfColumn[previous]!;
      column = previous;
    } while (column !== 0);
  }

  const columnOfRow = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) {
    const row = rowOfColumn[j]!;
    if (row !== 0) columnOfRow[row - 1] = j - 1;
  }
  return columnOfRow;
}

/** Indexed read that fails loudly instead of yielding `undefined` (indices are internal). */
function at<T>(values: ArrayLike<T>, index: number): T {
  const value = values[index];
  if (value === undefined) throw new Error(`internal error: index ${index} out of range`);
  return value;
}
