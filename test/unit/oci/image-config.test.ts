// An image's runtime config under the user's overrides, with docker's semantics.
import test from 'ava';
import {
  resolveProcessArgs,
  withImageConfig,
  type ImageConfigOverrides,
  type ImageRuntimeConfig,
} from '../../../src/oci/image-config.js';
import { withEnv, withUser } from '../../../src/oci/process.js';
import { generateSpec } from '../../../src/oci/spec.js';
import { throwsInvalid } from './_helpers.js';

type List = readonly string[] | null | undefined;
const command = test.macro({
  exec(t, entrypoint: List, cmd: List, overrides: ImageConfigOverrides, expected: string[] | RegExp) {
    const image: ImageRuntimeConfig = { Entrypoint: entrypoint, Cmd: cmd };
    if (expected instanceof RegExp) throwsInvalid(t, () => resolveProcessArgs(image, overrides), expected);
    else t.deepEqual(resolveProcessArgs(image, overrides), expected);
  },
  title: (provided = '') => `entrypoint and cmd: ${provided}`,
});
const none = /no command specified/;
test('Cmd alone', command, null, ['sh'], {}, ['sh']);
test('Entrypoint + Cmd', command, ['/e'], ['a'], {}, ['/e', 'a']);
test('Entrypoint alone', command, ['/e', '-x'], null, {}, ['/e', '-x']);
test('args replace Cmd, keep Entrypoint', command, ['/e'], ['a'], { cmd: ['b'] }, ['/e', 'b']);
test('--entrypoint resets Cmd', command, ['/e'], ['a'], { entrypoint: ['/x'] }, ['/x']);
test('--entrypoint with args', command, ['/e'], ['a'], { entrypoint: ['/x'], cmd: ['b'] }, ['/x', 'b']);
test('--entrypoint "" with args runs the args', command, ['/e'], ['a'], { entrypoint: [], cmd: ['b', 'c'] }, [
  'b',
  'c',
]);
test('--entrypoint "" alone leaves nothing', command, ['/e'], ['a'], { entrypoint: [] }, none);
test('--entrypoint [""] is no entrypoint', command, ['/e'], ['a'], { entrypoint: [''], cmd: ['b'] }, ['b']);
test('an image Entrypoint of [""] is none', command, [''], ['sh'], {}, ['sh']);
test('args on an image without a command', command, null, null, { cmd: ['ls', '-l'] }, ['ls', '-l']);
test('explicit empty args drop Cmd', command, ['/e'], ['a'], { cmd: [] }, ['/e']);
test('nothing at all', command, null, null, {}, none);
test('undefined lists', command, undefined, undefined, {}, none);

const nginx: ImageRuntimeConfig = {
  User: 'nginx',
  Env: ['PATH=/usr/sbin:/usr/bin', 'NGINX_VERSION=1.27'],
  Entrypoint: ['/docker-entrypoint.sh'],
  Cmd: ['nginx', '-g', 'daemon off;'],
  WorkingDir: '/usr/share/nginx',
};
const files = {
  passwd: 'root:x:0:0::/:/bin/sh\nnginx:x:101:101::/:/sbin/nologin\n',
  group: 'nginx:x:101:nginx\nwww:x:33:nginx\n',
};

test('withImageConfig applies args, env, cwd and user', (t) => {
  const spec = generateSpec('c', withImageConfig(nginx, {}, files));
  t.deepEqual(spec.process?.args, ['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
  t.deepEqual(spec.process?.env, ['PATH=/usr/sbin:/usr/bin', 'NGINX_VERSION=1.27']);
  t.is(spec.process?.cwd, '/usr/share/nginx');
  t.deepEqual(spec.process?.user, { uid: 101, gid: 101, additionalGids: [101, 33] });
});

test('overrides win: env by key, workdir, user', (t) => {
  const spec = generateSpec(
    'c',
    withImageConfig(nginx, { env: { NGINX_VERSION: 'x', DEBUG: '1' }, workdir: '/srv', user: '0:0' }, files),
  );
  t.deepEqual(spec.process?.env, ['PATH=/usr/sbin:/usr/bin', 'NGINX_VERSION=x', 'DEBUG=1']);
  t.is(spec.process?.cwd, '/srv');
  t.deepEqual(spec.process?.user, { uid: 0, gid: 0 });
});

test("the spec's env comes first: PATH stays when the image has none", (t) => {
  const spec = generateSpec('c', withEnv(['A=1']), withImageConfig({ Env: ['B=2'], Cmd: ['sh'] }));
  t.deepEqual(spec.process?.env, ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'A=1', 'B=2']);
});

test("Docker's nulls and a missing config", (t) => {
  const spec = generateSpec(
    'c',
    withImageConfig({ Env: null, Entrypoint: null, Cmd: ['true'], User: '', WorkingDir: '' }),
  );
  t.deepEqual(spec.process?.user, { uid: 0, gid: 0 });
  t.is(spec.process?.cwd, '/');
  throwsInvalid(t, () => withImageConfig(undefined), /no command specified/);
  t.deepEqual(generateSpec('c', withImageConfig(undefined, { cmd: ['x'] })).process?.args, ['x']);
});

test('a relative image WorkingDir is taken from /; a relative --workdir is refused', (t) => {
  t.is(generateSpec('c', withImageConfig({ Cmd: ['sh'], WorkingDir: 'app/' })).process?.cwd, '/app');
  throwsInvalid(
    t,
    () => withImageConfig({ Cmd: ['sh'] }, { workdir: 'app' }),
    /the `workdir` option must be an absolute path/,
  );
});

test('an unknown user throws when the option is made', (t) => {
  throwsInvalid(t, () => withImageConfig(nginx, { user: 'www-data' }, files), /unable to find user www-data/);
  throwsInvalid(t, () => withImageConfig(nginx), /unable to find user nginx: the image has no \/etc\/passwd/);
});

test('a later withUser wins over the image user', (t) => {
  t.deepEqual(generateSpec('c', withImageConfig(nginx, {}, files), withUser(5, 5)).process?.user, { uid: 5, gid: 5 });
});
