import test from 'ava';
import { dockerImageNames, ociImageName, type ImageNaming } from '../../../../src/image/archive/names.js';

const naming = test.macro({
  exec(
    t,
    annotations: Record<string, string> | undefined,
    baseName: string | undefined,
    expected: ImageNaming | RegExp,
  ) {
    const result = ociImageName(annotations, baseName);
    if (expected instanceof RegExp) t.regex('skip' in result ? result.skip : `named ${result.name}`, expected);
    else t.deepEqual(result, expected);
  },
  title: (_, annotations: Record<string, string> | undefined, baseName: string | undefined) =>
    `index.json entry ${JSON.stringify(annotations ?? {})}${baseName ? ` with --name ${baseName}` : ''}`,
});

const IMAGE = 'io.containerd.image.name';
const REF = 'org.opencontainers.image.ref.name';

test(naming, { [IMAGE]: 'localhost/podctl/busybox:latest', [REF]: 'latest' }, undefined, {
  name: 'localhost/podctl/busybox:latest',
});
test(naming, { [IMAGE]: 'busybox', [REF]: 'other' }, 'ignored/repo', { name: 'docker.io/library/busybox:latest' });
test(naming, { [REF]: 'busybox:1.36' }, undefined, { name: 'docker.io/library/busybox:1.36' });
test(naming, { [REF]: 'ghcr.io/o/r@sha256:' + 'a'.repeat(64) }, undefined, {
  name: `ghcr.io/o/r@sha256:${'a'.repeat(64)}`,
});
test(naming, { [REF]: 'latest' }, undefined, /tag without a repository; give one with --name/);
test(naming, { [REF]: 'v1' }, 'localhost/app', { name: 'localhost/app:v1' });
test(naming, undefined, undefined, /no name/);
test(naming, {}, 'localhost/app', { name: 'localhost/app:latest' });

test('docker RepoTags are normalised as docker does', (t) => {
  t.deepEqual(dockerImageNames(['busybox:latest', 'localhost:5000/a/b:1']), [
    { name: 'docker.io/library/busybox:latest' },
    { name: 'localhost:5000/a/b:1' },
  ]);
  t.deepEqual(dockerImageNames(null, 'localhost/app'), [{ name: 'localhost/app:latest' }]);
  t.true('skip' in dockerImageNames([])[0]!);
});
