/** Limits of the command line's output, shared by the commands and their help. */

/** `validate` lists at most this many problems, then says how many more there are. */
export const MAX_PROBLEMS_SHOWN = 100;
