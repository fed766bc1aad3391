// Mount options: bind mounts, tmpfs, replacement of default mounts, order.
import test from 'ava';
import { toOciMount, withMounts } from '../../../src/oci/mounts.js';
import { generateSpec } from '../../../src/oci/spec.js';
import { throwsInvalid } from './_helpers.js';

test('a bind mount is rbind, rprivate and ro or rw', (t) => {
  t.deepEqual(toOciMount({ source: '/a', destination: '/b', readonly: true }), {
    destination: '/b',
    type: 'bind',
    source: '/a',
    options: ['rbind', 'rprivate', 'ro'],
  });
  t.deepEqual(toOciMount({ type: 'bind', source: '/a/', destination: '/b/./c' }), {
    destination: '/b/c',
    type: 'bind',
    source: '/a',
    options: ['rbind', 'rprivate', 'rw'],
  });
});

test('a tmpfs is nosuid, nodev, noexec unless lifted, with size and octal mode', (t) => {
  t.deepEqual(toOciMount({ type: 'tmpfs', destination: '/t' }).options, ['nosuid', 'nodev', 'noexec']);
  t.deepEqual(toOciMount({ type: 'tmpfs', destination: '/t', size: 1024, mode: 0o1777 }).options, [
    'nosuid',
    'nodev',
    'noexec',
    'size=1024',
    'mode=1777',
  ]);
  t.deepEqual(toOciMount({ type: 'tmpfs', destination: '/t', options: ['exec', 'dev', 'nosuid', 'ro'] }).options, [
    'nosuid',
    'exec',
    'dev',
    'ro',
  ]);
});

test('mount paths must be absolute; / is no destination', (t) => {
  throwsInvalid(
    t,
    () => toOciMount({ source: 'vol', destination: '/d' }),
    /a bind mount source must be an absolute path, got "vol"/,
  );
  throwsInvalid(
    t,
    () => toOciMount({ source: '/s', destination: 'd' }),
    /a mount destination must be an absolute path/,
  );
  throwsInvalid(t, () => toOciMount({ type: 'tmpfs', destination: '/' }), /must not be \//);
});

test('tmpfs arguments are checked', (t) => {
  throwsInvalid(
    t,
    () => toOciMount({ type: 'tmpfs', destination: '/t', size: 0 }),
    /the tmpfs size must be an integer from 1/,
  );
  throwsInvalid(t, () => toOciMount({ type: 'tmpfs', destination: '/t', mode: 0o10000 }), /the tmpfs mode/);
  throwsInvalid(
    t,
    () => toOciMount({ type: 'tmpfs', destination: '/t', options: ['size=1,exec'] }),
    /invalid tmpfs option/,
  );
});

test('withMounts appends after the defaults, parents before children', (t) => {
  const spec = generateSpec(
    'c',
    withMounts([
      { source: '/h/cache', destination: '/data/cache' },
      { type: 'tmpfs', destination: '/tmp' },
      { source: '/h/data', destination: '/data' },
    ]),
  );
  t.deepEqual(
    spec.mounts!.slice(7).map((m) => m.destination),
    ['/tmp', '/data', '/data/cache'],
  );
});

test('withMounts replaces a mount at the same destination, default or earlier', (t) => {
  const spec = generateSpec(
    'c',
    withMounts([{ source: '/a', destination: '/data' }]),
    withMounts([
      { source: '/b', destination: '/data/' },
      { source: '/run/podctl/p/shm', destination: '/dev/shm' },
    ]),
  );
  t.deepEqual(
    spec.mounts!.filter((m) => m.destination === '/data').map((m) => m.source),
    ['/b'],
  );
  t.deepEqual(
    spec.mounts!.filter((m) => m.destination === '/dev/shm').map((m) => m.source),
    ['/run/podctl/p/shm'],
  );
  t.is(spec.mounts!.length, 8);
});

test('withMounts refuses two mounts at one destination', (t) => {
  throwsInvalid(
    t,
    () =>
      withMounts([
        { source: '/a', destination: '/d' },
        { type: 'tmpfs', destination: '/d/' },
      ]),
    /two mounts at \/d/,
  );
});
