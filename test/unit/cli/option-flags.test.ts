// The library names options ("the `platform` option"); the CLI prints its flags in their place,
// so that its lines read as they always did.
import test from 'ava';
import type { Command } from 'commander';
import { main } from '../../../src/cli/main.js';
import { OPTION_FLAGS, withFlagNames } from '../../../src/cli/option-flags.js';
import { fromGrpcError } from '../../../src/containerd/grpc-errors.js';
import { invalidArgument, isPodctlError, type PodctlError } from '../../../src/errors.js';
import { chooseSubnet, parseSubnet } from '../../../src/network/cidr.js';
import { checkPortMappings } from '../../../src/network/ports.js';
import { createNetwork } from '../../../src/network/records.js';
import { withImageConfig } from '../../../src/oci/image-config.js';

test('an option becomes its flag', (t) => {
  t.is(withFlagNames('choose one with the `platform` option'), 'choose one with --platform');
  t.is(withFlagNames('or force with the `force` option'), 'or force with -f');
  t.is(withFlagNames('the `gateway` option needs the `subnet` option'), '--gateway needs --subnet');
  t.is(withFlagNames('The `publish` option needs a bridge network'), '-p/--publish needs a bridge network');
  t.is(
    withFlagNames('the `namespaces.net` option container:x: no such container'),
    '--net container:x: no such container',
  );
});

test('several options in one line each become their flag', (t) => {
  t.is(
    withFlagNames('choose its platform with the `platform` option, or load it as it is with the `allPlatforms` option'),
    'choose its platform with --platform, or load it as it is with --all-platforms',
  );
  t.is(withFlagNames('the `platform` option and the `platform` option'), '--platform and --platform');
});

test('an option the table does not know is left as it is', (t) => {
  t.is(withFlagNames('the `frobnicate` option is odd'), 'the `frobnicate` option is odd');
  t.is(withFlagNames('the `frobnicate` option, or the `subnet` option'), 'the `frobnicate` option, or --subnet');
  t.is(withFlagNames('the `toString` option'), 'the `toString` option', 'not a key of every object');
  t.is(withFlagNames('the `namespaces.cgroup` option'), 'the `namespaces.cgroup` option');
});

test('text that names no option is left as it is', (t) => {
  for (const text of [
    '',
    'no such image: busybox',
    'the `ca` of hosts.toml',
    'the platform option',
    'the `platform` optional part',
    'list containers with: podctl ps -a',
  ]) {
    t.is(withFlagNames(text), text);
  }
});

test('every flag in the table is a flag', (t) => {
  for (const [option, flag] of Object.entries(OPTION_FLAGS)) {
    t.regex(option, /^[a-z][A-Za-z]*(\.[a-z]+)?$/);
    t.regex(flag, /^(-[a-z]\/)?--?[a-z][a-z-]*$/, option);
  }
});

/** What `podctl` prints, and its exit code, for a command that throws err. */
async function cliError(err: PodctlError): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const register = (program: Command) => {
    program.command('fail').action(() => {
      throw err;
    });
  };
  const code = await main(
    ['fail'],
    { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {} },
    [register],
  );
  return { code, stderr };
}

test('the error boundary shows flags in the message and the hint', async (t) => {
  const err = invalidArgument('the `gateway` option needs the `subnet` option', {
    hint: 'choose one with the `platform` option',
  });
  t.deepEqual(await cliError(err), {
    code: 125,
    stderr: 'podctl: --gateway needs --subnet; choose one with --platform\n',
  });
  t.deepEqual(await cliError(invalidArgument('the `frobnicate` option is odd')), {
    code: 125,
    stderr: 'podctl: the `frobnicate` option is odd\n',
  });
});

/** What the CLI prints for an error the library throws. */
function printed(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (!isPodctlError(err)) throw err;
    return `podctl: ${withFlagNames(err.message)}${err.hint ? `; ${withFlagNames(err.hint)}` : ''}`;
  }
  throw new Error('no error');
}

test("the library's errors print as the CLI always printed them", async (t) => {
  t.is(
    printed(() => chooseSubnet([parseSubnet('10.0.0.0/8')])),
    'podctl: no free subnet left in 10.88.0.0/16 to 10.99.255.0/24; give one with --subnet',
  );
  t.is(
    printed(() => withImageConfig({ Cmd: ['sh'] }, { workdir: 'app' })),
    'podctl: --workdir must be an absolute path, got "app"',
  );
  t.is(
    printed(() => withImageConfig({})),
    'podctl: no command specified: the image has no Entrypoint or Cmd; give a command after the image name, or --entrypoint',
  );
  const ports = [8080, 8080].map((containerPort) => ({
    hostIP: '0.0.0.0',
    hostPort: 8080,
    containerPort,
    protocol: 'tcp' as const,
  }));
  t.is(
    printed(() => checkPortMappings(ports)),
    'podctl: invalid value for -p/--publish: host port 8080/tcp is published twice',
  );
  const gateway = await createNetwork('/nonexistent/podctl-test', { name: 'x', gateway: '10.89.0.1' }).catch(
    (err: unknown) => err,
  );
  t.is(
    printed(() => {
      throw gateway;
    }),
    'podctl: --gateway needs --subnet',
  );
  const grpc = Object.assign(new Error('14 UNAVAILABLE'), {
    code: 14,
    details: 'No connection established. Last error: Error: connect ENOENT /run/c.sock',
  });
  t.regex(
    printed(() => {
      throw fromGrpcError(grpc, '/run/c.sock', 'Version/Version');
    }),
    /, or point --address \/ CONTAINERD_ADDRESS at its socket$/,
  );
});
