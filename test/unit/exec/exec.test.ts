import test from 'ava';
import { detachedExecIds } from '../../../src/exec/detached-exec.js';
import { execProcessSpec } from '../../../src/exec/exec.js';

const base = {
  args: ['sleep', '1000'],
  env: ['PATH=/bin', 'HOME=/root'],
  cwd: '/',
  user: { uid: 0, gid: 0 },
  consoleSize: { height: 1, width: 1 },
  terminal: true,
};

test('execProcessSpec without -t: no terminal, no console size, the environment merged', (t) => {
  const spec = execProcessSpec(base, { args: ['ls'], env: ['HOME=/tmp', 'A=1'] });
  t.like(spec, { args: ['ls'], env: ['PATH=/bin', 'HOME=/tmp', 'A=1'], terminal: false, cwd: '/' });
  t.false('consoleSize' in spec, "the container's console size is not the exec's");
});

test('execProcessSpec with -t: a terminal of the given size, and TERM=xterm unless TERM is set', (t) => {
  t.like(execProcessSpec(base, { args: ['sh'], tty: true, size: { width: 120, height: 40 } }), {
    terminal: true,
    consoleSize: { height: 40, width: 120 },
    env: ['PATH=/bin', 'HOME=/root', 'TERM=xterm'],
  });
  t.like(execProcessSpec(base, { args: ['sh'], tty: true, env: ['TERM=vt100'] }), {
    env: ['PATH=/bin', 'HOME=/root', 'TERM=vt100'],
  });
  t.false('consoleSize' in execProcessSpec(base, { args: ['sh'], tty: true }), 'no size known: none set');
});

test('detachedExecIds: the exec IDs of the podctl.io/detached-exec.* labels, nothing else', (t) => {
  t.deepEqual(
    detachedExecIds({
      'podctl.io/detached-exec.exec-aa': 'detached',
      'podctl.io/detached-exec.': 'x',
      'podctl.io/role': 'app',
      'x/detached-exec.exec-bb': 'detached',
      'podctl.io/detached-exec.exec-cc': 'detached',
    }),
    ['exec-aa', 'exec-cc'],
  );
});
