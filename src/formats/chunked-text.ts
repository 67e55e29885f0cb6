/**
 * A long text built from many short parts, for the exporters that write one. A string added to
 * at every part (`out += part`) is a tree of every part, and an array of every part keeps them
 * all: either way each part outlives the young generation's collections, which copy it and
 * move it to the old generation, a cost that grows faster than the text. Joined a chunk of parts
 * at a time, only the chunks live until the end.
 * @module
 */

const PARTS_PER_CHUNK = 1024;

/** Parts of a text, joined a chunk at a time. */
export class ChunkedText {
  private readonly chunks: string[] = [];
  private parts: string[] = [];

  /** Appends a part. */
  add(part: string): void {
    this.parts.push(part);
    if (this.parts.length === PARTS_PER_CHUNK) {
      this.chunks.push(this.parts.join(""));
      this.parts = [];
    }
  }

  /** The text: every part so far, in order. */
  join(): string {
    this.chunks.push(this.parts.join(""));
    this.parts = [];
    return this.chunks.join("");
  }
}
