/**
 * The one base class of the package's input errors: each carries, besides its one-line message,
 * the location it names (a file, a record and field, a JSON path), so callers can point at it
 * without parsing the message.
 */
export class LocatedError extends Error {
  readonly #location: string;

  /**
   * @param message - The whole message, which starts with the location (`location: problem`).
   * @param location - The location, when it is not everything before the message's first `": "`.
   */
  constructor(message: string, location?: string) {
    super(message);
    const colon = message.indexOf(": ");
    this.#location = location ?? (colon > 0 ? message.slice(0, colon) : message);
  }

  /** Where the problem is, e.g. `data/claims.json: claims[3] (id "x"), field "cue"`. */
  get location(): string {
    return this.#location;
  }
}
