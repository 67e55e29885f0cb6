/** Limits of the command line's input and output, shared by the commands and their help. */

/** Files larger than this are refused before reading, to keep memory bounded. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** `validate` lists at most this many problems, then says how many more there are. */
export const MAX_PROBLEMS_SHOWN = 100;
