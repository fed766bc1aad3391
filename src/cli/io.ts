import type { Readable } from 'node:stream';

export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  isTTY?: boolean;
  /** A terminal's [columns, rows], asked of the terminal each time. */
  getWindowSize?(): [number, number];
}

/** Everything a command may touch of the process: the CLI is the only code that prints. */
export interface CliIO {
  /** Where `load` reads an archive when given no file, and `run -i` its input; the process's stdin by default. */
  stdin?: Readable & { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Calls listener whenever the terminal's size changes (SIGWINCH); returns the unsubscribe. */
  onWindowResize?(listener: () => void): () => void;
  /**
   * Puts the terminal on stdin in raw mode, as docker does (no echo, no line editing, no signal
   * keys, no output processing); resolves to the restore. Undefined when stdin is no terminal.
   */
  enterRawMode?(): Promise<(() => void) | undefined>;
}
