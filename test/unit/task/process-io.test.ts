import test from 'ava';
import type { ExecutionContext } from 'ava';
import { withGrace } from '../../../src/exec/attach.js';
import { loggerUri } from '../../../src/task/logger-path.js';
import { taskFifos, type StdioRequest } from '../../../src/task/process-io.js';

const fifos = test.macro({
  exec(t: ExecutionContext, request: StdioRequest, expected: string[]) {
    t.deepEqual(taskFifos(request), expected);
  },
  title: (_, request) => `taskFifos ${JSON.stringify(request)}`,
});

test(fifos, {}, []);
test(fifos, { attach: true }, []); // attached without -i/-t: the output is followed from the log
test(fifos, { tty: true }, []); // -dt: the logger takes the terminal's output
test(fifos, { tty: true, attach: true }, ['tty']); // -t: the logger tees the terminal to podctl
test(fifos, { tty: true, stdin: true, attach: true }, ['stdin', 'tty']); // -it
test(fifos, { tty: true, stdin: true }, ['stdin']); // -dit
test(fifos, { stdin: true, attach: true }, ['stdin', 'stdout', 'stderr']); // -i: the shim has no stdin for a logging binary
test(fifos, { stdin: true }, ['stdin', 'stdout', 'stderr']); // -di

test('loggerUri: the path and the tee are percent-encoded', (t) => {
  t.is(
    loggerUri('/var/lib/podctl/logs/ns/a+b/container.log', {
      binary: '/opt/podctl-logger',
      tee: '/run/podctl/io/ns/a+b/tty',
    }),
    'binary:///opt/podctl-logger?path=%2Fvar%2Flib%2Fpodctl%2Flogs%2Fns%2Fa%2Bb%2Fcontainer.log&partial-flush=100&tee=%2Frun%2Fpodctl%2Fio%2Fns%2Fa%2Bb%2Ftty',
  );
  t.false(loggerUri('/l/container.log', { binary: '/b' }).includes('tee='), 'no tee unless asked');
});

test('withGrace: settles with the promise, or after the grace; its timer never outlives it', async (t) => {
  const started = Date.now();
  await withGrace(Promise.resolve(), 10_000);
  t.true(Date.now() - started < 1_000, 'a settled promise ends it at once');
  await withGrace(new Promise(() => undefined), 50);
  t.true(Date.now() - started >= 50, 'a promise that never settles ends after the grace');
});
