// The local terminal of an attached run or exec (-i, -t): how docker decides what to attach, raw
// mode while attached, and the terminal's size for the container's.
import { invalidArgument } from '../errors.js';
import type { TerminalSource } from '../exec/attach.js';
import type { CliIO } from './io.js';

export interface AttachFlags {
  interactive?: boolean;
  tty?: boolean;
  detach?: boolean;
}

export interface StdioMode {
  /** A terminal in the container (-t). */
  tty: boolean;
  /** Its stdin open (-i). */
  stdin: boolean;
  /** podctl stays attached: streams the output, forwards stdin (with -i). */
  attach: boolean;
  /** The local terminal goes raw while attached: -it, attached. */
  raw: boolean;
}

/**
 * What -i, -t and -d mean, as docker has them. -t with -i attached needs a terminal on stdin
 * ("the input device is not a TTY"); -t alone does not (the container still gets a terminal,
 * and its output is streamed). -d goes with -i and -t for run (the container keeps its stdin
 * open, or has a terminal, with nothing attached); a detached exec takes neither, as nothing
 * could ever attach to it. Pure (stdinIsTTY may be a probe, called only for -it attached).
 */
export function stdioMode(
  command: 'run' | 'exec',
  flags: AttachFlags,
  stdinIsTTY: boolean | (() => boolean),
): StdioMode {
  const tty = flags.tty === true;
  const stdin = flags.interactive === true;
  const attach = flags.detach !== true;
  if (!attach && command === 'exec' && (tty || stdin)) {
    throw invalidArgument('exec -d does not take -i or -t: nothing can attach to a detached exec', {
      hint: 'drop -i/-t, or drop -d to attach',
    });
  }
  // Asked only when it matters: opening stdin costs a few milliseconds.
  if (attach && tty && stdin && !(typeof stdinIsTTY === 'function' ? stdinIsTTY() : stdinIsTTY)) {
    throw invalidArgument('the input device is not a TTY', {
      hint: `drop -t to pipe input in (podctl ${command} -i …), or run podctl from a terminal`,
    });
  }
  return { tty, stdin, attach, raw: attach && tty && stdin };
}

/** The local terminal's size, from stdout when it is a terminal; undefined otherwise. */
export function terminalSource(io: CliIO): TerminalSource | undefined {
  const out = io.stdout;
  if (out.isTTY !== true || out.getWindowSize === undefined) return undefined;
  const getSize = out.getWindowSize.bind(out);
  return {
    size() {
      try {
        const [width, height] = getSize();
        return width > 0 && height > 0 ? { width, height } : undefined;
      } catch {
        return undefined; // the terminal went away
      }
    },
    onResize: (listener) => io.onWindowResize?.(listener) ?? (() => undefined),
  };
}

/**
 * Puts the local terminal in raw mode: keys, Ctrl-C among them, go to the container as they are
 * typed. Returns the restore, which is safe to call more than once; Node also restores the
 * terminal when the process exits.
 */
export async function enterRawMode(io: CliIO): Promise<() => void> {
  const restore = await io.enterRawMode?.();
  if (restore === undefined) return () => undefined;
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    restore();
  };
}
