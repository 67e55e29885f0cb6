/**
 * Standard output and standard error of the command line. Creating `process.stdout` or
 * `process.stderr` loads Node's stream and socket modules, for `show` or `--version` about as
 * much work as the command's own (docs/performance.md). So output to a pipe or a file is written
 * with `fs.writeSync`; Node's stream is created only for a character device (a terminal, which
 * knows its width) and to finish a write the descriptor refuses for now (a full non-blocking
 * pipe), so the output still arrives whole and in order.
 */
import { fs } from "./builtins.js";

/** Where a command writes: standard output or standard error. */
export interface Output {
  /** A terminal: colour and its width apply. */
  readonly isTTY: boolean;
  /** The terminal's width in columns; 0 when it is not a terminal. */
  readonly columns: number;
  write(text: string): void;
}

/** Called when a write fails (the reader closed the pipe, the disk is full, …). */
export type WriteFailure = (error: NodeJS.ErrnoException) => void;

const isCharacterDevice = (fd: number): boolean => {
  try {
    return fs.fstatSync(fd).isCharacterDevice();
  } catch {
    return true; // not a descriptor fstat can read: leave it to Node's stream
  }
};

/** Standard output (`fd` 1) or standard error (2), created on first use. */
export function processOutput(fd: 1 | 2, failed: WriteFailure): Output {
  let stream: NodeJS.WriteStream | undefined;
  const nodeStream = () => {
    if (!stream) {
      stream = fd === 1 ? process.stdout : process.stderr;
      stream.on("error", failed);
    }
    return stream;
  };
  let direct: boolean | undefined;
  const writesDirectly = () => (direct ??= !isCharacterDevice(fd));
  return {
    get isTTY() {
      return !writesDirectly() && nodeStream().isTTY === true;
    },
    get columns() {
      return writesDirectly() ? 0 : (nodeStream().columns ?? 0);
    },
    write(text) {
      if (text === "") return;
      if (!writesDirectly()) {
        nodeStream().write(text);
        return;
      }
      const bytes = Buffer.from(text, "utf8");
      let offset = 0;
      try {
        while (offset < bytes.length) offset += fs.writeSync(fd, bytes, offset);
      } catch (error) {
        const failure = error as NodeJS.ErrnoException;
        if (failure.code !== "EAGAIN") return failed(failure);
        // What is left, and everything later, goes through the stream, which waits for the pipe.
        direct = false;
        nodeStream().write(bytes.subarray(offset));
      }
    },
  };
}
