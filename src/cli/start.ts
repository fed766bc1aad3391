// Wires the process to main(): what every bundled entry of the CLI runs (see src/cli/entries/).
import type { CliIO } from './io.js';
import { main, type Registrar } from './main.js';

const guarded = new WeakSet<NodeJS.WriteStream>();

/** `podctl ps | head` closes the pipe early: that is not an error. */
function withEpipeExit(stream: NodeJS.WriteStream): NodeJS.WriteStream {
  if (!guarded.has(stream)) {
    guarded.add(stream);
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
  return stream;
}

export function start(registrars: readonly Registrar[]): void {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => controller.abort(new Error(`interrupted by ${signal}`)));
  }

  // Node creates each stdio stream on first use, which costs a few milliseconds apiece: a command
  // that never reads stdin or writes stderr should not pay for them.
  const io: CliIO = {
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return withEpipeExit(process.stdout);
    },
    get stderr() {
      return withEpipeExit(process.stderr);
    },
    env: process.env,
    signal: controller.signal,
    onWindowResize(listener) {
      process.on('SIGWINCH', listener);
      return () => void process.off('SIGWINCH', listener);
    },
    async enterRawMode() {
      const stdin = process.stdin;
      if (!stdin.isTTY) return undefined;
      stdin.setRawMode(true);
      // libuv's raw mode keeps output processing (ONLCR turns \n into \r\n); docker's does not,
      // so that the container's own terminal alone shapes what is shown. Node has no call for it.
      const { spawnSync } = await import('node:child_process');
      spawnSync('stty', ['-opost'], { stdio: ['inherit', 'ignore', 'ignore'] });
      // Back to the modes libuv saved before the first change, output processing included.
      return () => void stdin.setRawMode(false);
    },
  };
  main(process.argv.slice(2), io, registrars).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`podctl: internal error: ${String(err)}\n`);
      process.exitCode = 125;
    },
  );
}
