import test from 'ava';
import { isInvalidArgument } from '../../../src/errors.js';
import {
  compatiblePlatforms,
  formatPlatform,
  hostPlatform,
  normalizePlatform,
  parsePlatform,
  platformMatcher,
  selectManifest,
  type HostFacts,
  type Platform,
} from '../../../src/image/platform.js';

const host = test.macro({
  exec(t, facts: HostFacts, expected: Platform) {
    t.deepEqual(hostPlatform(facts), expected);
  },
  title: (_, facts: HostFacts, expected: Platform) =>
    `Node ${facts.arch}${facts.armVersion ? ` (armv${facts.armVersion})` : ''} runs ${formatPlatform(expected)}`,
});

test(host, { arch: 'x64' }, { os: 'linux', architecture: 'amd64' });
test(host, { arch: 'arm64' }, { os: 'linux', architecture: 'arm64', variant: 'v8' });
test(host, { arch: 'arm', armVersion: '7' }, { os: 'linux', architecture: 'arm', variant: 'v7' });
test(host, { arch: 'arm', armVersion: 6 }, { os: 'linux', architecture: 'arm', variant: 'v6' });
test(host, { arch: 'ia32' }, { os: 'linux', architecture: '386' });
test(host, { arch: 'ppc64' }, { os: 'linux', architecture: 'ppc64le' });
test(host, { arch: 's390x' }, { os: 'linux', architecture: 's390x' });
test(host, { arch: 'riscv64' }, { os: 'linux', architecture: 'riscv64' });

test('this host is a linux platform', (t) => {
  const platform = hostPlatform();
  t.is(platform.os, 'linux');
  t.regex(platform.architecture, /^[a-z0-9]+$/);
});

const AMD64_HOST: Platform = { os: 'linux', architecture: 'amd64' };
const ARMV6_HOST: Platform = { os: 'linux', architecture: 'arm', variant: 'v6' };

const parses = test.macro<[specifier: string, expected: Platform, host?: Platform]>({
  exec(t, specifier: string, expected: Platform, hostUsed?: Platform) {
    t.deepEqual(parsePlatform(specifier, hostUsed ?? AMD64_HOST), expected);
  },
  title: (_, specifier: string, expected: Platform) =>
    `${JSON.stringify(specifier)} parses to ${JSON.stringify(expected)}`,
});

test(parses, 'linux/arm64/v8', { os: 'linux', architecture: 'arm64', variant: 'v8' });
test(parses, 'linux/arm64', { os: 'linux', architecture: 'arm64' });
test(parses, 'linux/aarch64', { os: 'linux', architecture: 'arm64' });
test(parses, 'linux/arm64/8', { os: 'linux', architecture: 'arm64', variant: 'v8' });
test(parses, 'linux/x86_64', { os: 'linux', architecture: 'amd64' });
test(parses, 'linux/amd64/v1', { os: 'linux', architecture: 'amd64' });
test(parses, 'linux/amd64/v3', { os: 'linux', architecture: 'amd64', variant: 'v3' });
test(parses, 'linux/arm', { os: 'linux', architecture: 'arm' });
test(parses, 'linux/arm/7', { os: 'linux', architecture: 'arm', variant: 'v7' });
test(parses, 'linux/arm/v6', { os: 'linux', architecture: 'arm', variant: 'v6' });
test(parses, 'linux/armel', { os: 'linux', architecture: 'arm', variant: 'v6' });
test(parses, 'linux/i386', { os: 'linux', architecture: '386' });
test(parses, 'Linux/AMD64', { os: 'linux', architecture: 'amd64' });
test(parses, 'windows/amd64', { os: 'windows', architecture: 'amd64' });
test(parses, 'linux', { os: 'linux', architecture: 'amd64' });
test(parses, 'linux', { os: 'linux', architecture: 'arm', variant: 'v6' }, ARMV6_HOST);
test(parses, 'arm64', { os: 'linux', architecture: 'arm64' });
test(parses, 'aarch64', { os: 'linux', architecture: 'arm64' });
test(parses, 'armhf', { os: 'linux', architecture: 'arm' });

const parseFails = test.macro({
  exec(t, specifier: string, problem: string) {
    const err = t.throws(() => parsePlatform(specifier, AMD64_HOST));
    t.true(isInvalidArgument(err));
    t.is(err.message, `invalid platform ${JSON.stringify(specifier)}: ${problem}`);
    t.truthy((err as { hint?: string }).hint);
  },
  title: (_, specifier: string, problem: string) => `${JSON.stringify(specifier)} is rejected: ${problem}`,
});

test(parseFails, '', 'component "" must match ^[A-Za-z0-9_-]+$');
test(parseFails, 'linux/', 'component "" must match ^[A-Za-z0-9_-]+$');
test(parseFails, 'linux/*', 'component "*" must match ^[A-Za-z0-9_-]+$');
test(parseFails, 'linux/am d64', 'component "am d64" must match ^[A-Za-z0-9_-]+$');
test(parseFails, 'linux/arm64/v8/extra', 'expected at most os/arch/variant');
test(parseFails, 'plan10', 'unknown operating system or architecture');

test('formatting is os/arch[/variant] and parses back', (t) => {
  for (const specifier of ['linux/amd64', 'linux/arm/v7', 'linux/arm64/v8', 'windows/amd64']) {
    t.is(formatPlatform(parsePlatform(specifier)), specifier);
  }
  t.is(formatPlatform({ os: '', architecture: 'amd64' }), 'unknown');
});

test('normalisation follows containerd: arm64 v8 is the default variant, arm v7 is explicit', (t) => {
  t.deepEqual(normalizePlatform({ os: 'Linux', architecture: 'aarch64', variant: 'v8' }), {
    os: 'linux',
    architecture: 'arm64',
  });
  t.deepEqual(normalizePlatform({ os: 'linux', architecture: 'arm' }), {
    os: 'linux',
    architecture: 'arm',
    variant: 'v7',
  });
  t.deepEqual(normalizePlatform({ os: 'linux', architecture: 'x86_64' }), { os: 'linux', architecture: 'amd64' });
});

const matches = test.macro({
  exec(t, wanted: string, candidate: Platform, expected: boolean) {
    t.is(platformMatcher(parsePlatform(wanted))(candidate), expected);
  },
  title: (_, wanted: string, candidate: Platform, expected: boolean) =>
    `${wanted} ${expected ? 'runs' : 'does not run'} ${JSON.stringify(candidate)}`,
});

test(matches, 'linux/arm64/v8', { os: 'linux', architecture: 'arm64' }, true);
test(matches, 'linux/arm64', { os: 'linux', architecture: 'arm64', variant: 'v8' }, true);
test(matches, 'linux/arm64', { os: 'linux', architecture: 'aarch64' }, true);
test(matches, 'linux/arm64', { os: 'linux', architecture: 'arm', variant: 'v7' }, true);
test(matches, 'linux/arm64', { os: 'linux', architecture: 'amd64' }, false);
test(matches, 'linux/amd64', { os: 'linux', architecture: 'x86_64' }, true);
test(matches, 'linux/amd64', { os: 'linux', architecture: '386' }, true);
test(matches, 'linux/amd64', { os: 'linux', architecture: 'amd64', variant: 'v2' }, false);
test(matches, 'linux/amd64/v3', { os: 'linux', architecture: 'amd64', variant: 'v2' }, true);
test(matches, 'linux/amd64', { os: 'windows', architecture: 'amd64' }, false);
test(matches, 'linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v6' }, true);
test(matches, 'linux/arm/v7', { os: 'linux', architecture: 'armhf' }, true);
test(matches, 'linux/arm/v7', { os: 'linux', architecture: 'armel' }, true);
test(matches, 'linux/arm/v7', { os: 'linux', architecture: 'arm', variant: 'v8' }, false);
test(matches, 'linux/arm/v6', { os: 'linux', architecture: 'arm', variant: 'v7' }, false);
test(matches, 'linux/arm/v7', { os: 'linux', architecture: 'arm64' }, false);
test(matches, 'linux/amd64', { os: 'linux', architecture: 'amd64', 'os.features': ['x'] }, false);

test("the compatibility order is containerd's", (t) => {
  t.deepEqual(compatiblePlatforms({ os: 'linux', architecture: 'arm64', variant: 'v8.2' }).map(formatPlatform), [
    'linux/arm64/v8.2',
    'linux/arm64/v8.1',
    'linux/arm64',
    'linux/arm/v8',
    'linux/arm/v7',
    'linux/arm/v6',
    'linux/arm/v5',
  ]);
  t.deepEqual(
    compatiblePlatforms({ os: 'linux', architecture: 'arm64', variant: 'v9' }).map(formatPlatform).slice(0, 3),
    ['linux/arm64/v9', 'linux/arm64/v8.5', 'linux/arm64/v8.4'],
  );
  t.deepEqual(compatiblePlatforms({ os: 'linux', architecture: 'amd64', variant: 'v3' }).map(formatPlatform), [
    'linux/amd64/v3',
    'linux/amd64/v2',
    'linux/amd64',
    'linux/386',
  ]);
});

type Entry = { digest: string; platform?: Platform };
const entry = (digest: string, architecture: string, variant?: string): Entry => ({
  digest,
  platform: variant === undefined ? { os: 'linux', architecture } : { os: 'linux', architecture, variant },
});

const INDEX: Entry[] = [
  { digest: 'no-platform' },
  { digest: 'attestation', platform: { os: 'unknown', architecture: 'unknown' } },
  entry('386', '386'),
  entry('armv6', 'arm', 'v6'),
  entry('amd64', 'amd64'),
  entry('armv7', 'arm', 'v7'),
  entry('arm64', 'arm64', 'v8'),
  entry('amd64v3', 'amd64', 'v3'),
];

const selects = test.macro({
  exec(t, manifests: Entry[], wanted: Platform, expected: string | undefined) {
    t.is(selectManifest(manifests, wanted)?.digest, expected);
  },
  title: (provided, _m: Entry[], wanted: Platform, expected: string | undefined) =>
    `${provided ?? ''}${formatPlatform(wanted)} selects ${expected ?? 'nothing'}`.trim(),
});

test(selects, INDEX, { os: 'linux', architecture: 'amd64' }, 'amd64');
test(selects, INDEX, { os: 'linux', architecture: 'amd64', variant: 'v3' }, 'amd64v3');
test(selects, INDEX, { os: 'linux', architecture: 'arm', variant: 'v7' }, 'armv7');
test(selects, INDEX, { os: 'linux', architecture: 'arm', variant: 'v6' }, 'armv6');
test(selects, INDEX, { os: 'linux', architecture: 'arm64', variant: 'v8' }, 'arm64');
test(selects, INDEX, { os: 'linux', architecture: 's390x' }, undefined);
test(selects, INDEX, { os: 'linux', architecture: 'arm', variant: 'v5' }, undefined);
test(
  'from an amd64-less index:',
  selects,
  [entry('386', '386'), entry('arm64', 'arm64')],
  { os: 'linux', architecture: 'amd64' },
  '386',
);
test(
  'from an index without variants:',
  selects,
  [entry('arm64', 'arm64'), entry('arm', 'arm')],
  { os: 'linux', architecture: 'arm64', variant: 'v8' },
  'arm64',
);
test(
  'from an arm-only index:',
  selects,
  [entry('armv6', 'arm', 'v6'), entry('armv7', 'arm', 'v7')],
  { os: 'linux', architecture: 'arm64', variant: 'v8' },
  'armv7',
);
test(
  'from duplicates, the first:',
  selects,
  [entry('first', 'amd64'), entry('second', 'x86_64')],
  { os: 'linux', architecture: 'amd64' },
  'first',
);
test('from an empty index:', selects, [], { os: 'linux', architecture: 'amd64' }, undefined);
test(
  'from platform-less entries:',
  selects,
  [{ digest: 'no-platform' }],
  { os: 'linux', architecture: 'amd64' },
  undefined,
);
