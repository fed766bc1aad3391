/**
 * A caller attached to a process (run -i/-t, exec -i/-t): its input is forwarded to the process's
 * stdin, whose end closes the process's stdin; the terminal's output goes to its stdout; its
 * terminal's new sizes are passed on to the process's terminal (ResizePty).
 */
import { finished, type Readable } from 'node:stream';
import type { ContainerdClient } from '../containerd/client.js';
import { isNotFound } from '../errors.js';
import type { ProcessStreams, TerminalSize } from '../task/process-io.js';

export interface Output {
  write(chunk: string | Uint8Array): unknown;
}

/** The caller's terminal: its size now, and each change (the CLI's SIGWINCH). */
export interface TerminalSource {
  size(): TerminalSize | undefined;
  /** Calls listener on each change; returns the unsubscribe. */
  onResize(listener: () => void): () => void;
}

export interface AttachOptions {
  /** Forwarded to the process's stdin (streams.input); its end closes the process's stdin. */
  stdin?: Readable;
  /** Where the terminal's output (streams.output) goes. */
  stdout?: Output;
  terminal?: TerminalSource;
}

export interface Attachment {
  /** Settles when the output has ended (at once when there is none to read). */
  outputEnded: Promise<void>;
  /** Stops forwarding and closes the streams; the caller's stdin is left paused. */
  detach(): void;
}

/**
 * Settles with `promise`, or after ms: output may never end when an orphan holds the terminal.
 * The timer is cleared as soon as the promise settles, so it never keeps podctl waiting.
 */
export async function withGrace(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/** The process's terminal to size; a process that is gone has nothing to resize. */
export async function resizeTerminal(
  client: ContainerdClient,
  id: string,
  execId: string,
  size: TerminalSize,
): Promise<void> {
  await client.tasks.resizePty(id, size, execId).catch((err: unknown) => {
    if (!isNotFound(err)) throw err;
  });
}

export function attachStreams(
  client: ContainerdClient,
  process: { id: string; execId: string },
  streams: ProcessStreams,
  options: AttachOptions,
): Attachment {
  const { output, input } = streams;
  const cleanups: (() => void)[] = [];

  const outputEnded = new Promise<void>((resolve) => {
    if (output === undefined || options.stdout === undefined) return resolve();
    const out = options.stdout;
    output.on('data', (chunk: Buffer) => out.write(chunk));
    // finished() also settles for a stream that ended before now (a process with no output).
    finished(output, () => resolve());
  });

  const { stdin } = options;
  if (input !== undefined) {
    input.on('error', () => undefined); // the process went away: nothing more to forward
    const onEnd = () => {
      input.end(() => {
        // The shim holds its own write end: the process reads end-of-file once it is closed.
        void client.tasks.closeIO(process.id, process.execId).catch(() => undefined);
      });
    };
    if (stdin === undefined)
      onEnd(); // nothing to read: an empty stdin
    else {
      stdin.pipe(input, { end: false });
      stdin.once('end', onEnd);
      cleanups.push(() => {
        stdin.unpipe(input);
        stdin.off('end', onEnd);
        stdin.pause();
      });
    }
  }

  const { terminal } = options;
  if (terminal !== undefined) {
    const resize = () => {
      const size = terminal.size();
      if (size !== undefined) void resizeTerminal(client, process.id, process.execId, size).catch(() => undefined);
    };
    cleanups.push(terminal.onResize(resize));
  }

  return {
    outputEnded,
    detach() {
      for (const c of cleanups.splice(0)) c();
      input?.destroy();
      output?.destroy();
    },
  };
}
