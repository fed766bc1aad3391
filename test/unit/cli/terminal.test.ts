import test from 'ava';
import type { ExecutionContext } from 'ava';
import type { CliIO } from '../../../src/cli/io.js';
import {
  enterRawMode,
  stdioMode,
  terminalSource,
  type AttachFlags,
  type StdioMode,
} from '../../../src/cli/terminal.js';
import { isPodctlError } from '../../../src/errors.js';

const mode = (tty: boolean, stdin: boolean, attach: boolean, raw: boolean): StdioMode => ({ tty, stdin, attach, raw });
const flags = (text: string): AttachFlags => ({
  ...(text.includes('d') ? { detach: true } : {}),
  ...(text.includes('i') ? { interactive: true } : {}),
  ...(text.includes('t') ? { tty: true } : {}),
});

const allowed = test.macro({
  exec(t: ExecutionContext, command: 'run' | 'exec', given: string, stdinIsTTY: boolean, expected: StdioMode) {
    t.deepEqual(stdioMode(command, flags(given), stdinIsTTY), expected);
  },
  title: (_, command: string, given: string, stdinIsTTY: boolean) =>
    `${command} ${given ? `-${given}` : '(no flags)'}, stdin ${stdinIsTTY ? 'a terminal' : 'a pipe'}`,
});

test(allowed, 'run', '', false, mode(false, false, true, false));
test(allowed, 'run', 'i', false, mode(false, true, true, false));
test(allowed, 'run', 't', false, mode(true, false, true, false)); // docker: -t alone needs no terminal
test(allowed, 'run', 'it', true, mode(true, true, true, true));
test(allowed, 'run', 'i', true, mode(false, true, true, false));
test(allowed, 'run', 't', true, mode(true, false, true, false)); // no raw mode without -i
test(allowed, 'run', 'd', false, mode(false, false, false, false));
test(allowed, 'run', 'di', false, mode(false, true, false, false)); // docker allows every -d combination
test(allowed, 'run', 'dt', false, mode(true, false, false, false));
test(allowed, 'run', 'dit', false, mode(true, true, false, false)); // detached: no terminal needed on stdin
test(allowed, 'exec', 'it', true, mode(true, true, true, true));
test(allowed, 'exec', 'i', false, mode(false, true, true, false));
test(allowed, 'exec', 't', false, mode(true, false, true, false));
test(allowed, 'exec', 'd', false, mode(false, false, false, false));

test('stdin is looked at only for -it attached', (t) => {
  let asked = 0;
  const probe = () => (asked++, true);
  for (const given of ['', 'i', 't', 'd', 'di', 'dt', 'dit']) stdioMode('run', flags(given), probe);
  t.is(asked, 0);
  t.deepEqual(stdioMode('run', flags('it'), probe), mode(true, true, true, true));
  t.is(asked, 1);
});

const refused = test.macro({
  exec(t: ExecutionContext, command: 'run' | 'exec', given: string, message: RegExp) {
    const err = t.throws(() => stdioMode(command, flags(given), false));
    t.true(isPodctlError(err) && err.kind === 'invalid-argument', 'an invalid-argument error: exit 125');
    t.regex(err?.message ?? '', message);
  },
  title: (_, command, given) => `${command} -${given} is refused`,
});

test(refused, 'run', 'it', /^the input device is not a TTY$/);
test(refused, 'exec', 'it', /^the input device is not a TTY$/);
test(refused, 'exec', 'di', /^exec -d does not take -i or -t/);
test(refused, 'exec', 'dt', /^exec -d does not take -i or -t/);
test(refused, 'exec', 'dit', /^exec -d does not take -i or -t/);

const io = (stdout: CliIO['stdout'], more: Partial<CliIO> = {}): CliIO => ({
  stdout,
  stderr: { write: () => true },
  env: {},
  ...more,
});

test('terminalSource: the size of stdout when it is a terminal, and its resizes', (t) => {
  let size: [number, number] = [80, 24];
  const listeners: (() => void)[] = [];
  const source = terminalSource(
    io(
      { write: () => true, isTTY: true, getWindowSize: () => size },
      { onWindowResize: (l) => (listeners.push(l), () => listeners.splice(listeners.indexOf(l), 1)) },
    ),
  );
  t.deepEqual(source?.size(), { width: 80, height: 24 });
  let heard = 0;
  const off = source?.onResize(() => heard++);
  size = [120, 40];
  for (const l of [...listeners]) l();
  t.is(heard, 1);
  t.deepEqual(source?.size(), { width: 120, height: 40 });
  off?.();
  t.is(listeners.length, 0, 'unsubscribed');
});

test('terminalSource: none when stdout is no terminal, and no size from a terminal that reports 0x0', (t) => {
  t.is(terminalSource(io({ write: () => true })), undefined);
  t.is(terminalSource(io({ write: () => true, isTTY: true, getWindowSize: () => [0, 0] }))?.size(), undefined);
});

test('enterRawMode: the restore runs once; without a terminal it is a no-op', async (t) => {
  let restores = 0;
  const restore = await enterRawMode(io({ write: () => true }, { enterRawMode: async () => () => void restores++ }));
  restore();
  restore();
  t.is(restores, 1);
  const none = await enterRawMode(io({ write: () => true }, { enterRawMode: async () => undefined }));
  t.notThrows(none);
  t.notThrows(await enterRawMode(io({ write: () => true })));
});
