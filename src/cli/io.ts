import type { Readable } from 'node:stream';

export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

/** Everything a command may touch of the process: the CLI is the only code that prints. */
export interface CliIO {
  /** Where `load` reads an archive when given no file; the process's stdin by default. */
  stdin?: Readable & { isTTY?: boolean };
  stdout: OutputStream;
  stderr: OutputStream;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}
