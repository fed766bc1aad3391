// Capability names, docker's --cap-add/--cap-drop rules, and --privileged.
import test from 'ava';
import { adjustCapabilities, ALL_CAPABILITIES, normalizeCapability } from '../../../src/oci/capabilities.js';
import { DEFAULT_CAPABILITIES, DEFAULT_MASKED_PATHS } from '../../../src/oci/defaults.js';
import { withCapabilities, withPrivileged } from '../../../src/oci/security.js';
import { generateSpec } from '../../../src/oci/spec.js';
import { throwsInvalid } from './_helpers.js';

test('41 capabilities, CAP_CHOWN (0) to CAP_CHECKPOINT_RESTORE (40), all distinct', (t) => {
  t.is(ALL_CAPABILITIES.length, 41);
  t.is(new Set(ALL_CAPABILITIES).size, 41);
  t.is(ALL_CAPABILITIES[21], 'CAP_SYS_ADMIN');
  t.is(ALL_CAPABILITIES[40], 'CAP_CHECKPOINT_RESTORE');
  t.true(DEFAULT_CAPABILITIES.every((c) => ALL_CAPABILITIES.includes(c)));
});

const names = test.macro({
  exec(t, input: string, expected: string) {
    t.is(normalizeCapability(input), expected);
  },
  title: (_ = '', input: string, expected: string) => `capability ${JSON.stringify(input)} is ${expected}`,
});
test(names, 'NET_ADMIN', 'CAP_NET_ADMIN');
test(names, 'net_admin', 'CAP_NET_ADMIN');
test(names, 'CAP_NET_ADMIN', 'CAP_NET_ADMIN');
test(names, 'cap_sys_admin', 'CAP_SYS_ADMIN');
test(names, 'all', 'ALL');
test(names, 'ALL', 'ALL');

test('an unknown capability is invalid-argument', (t) => {
  throwsInvalid(t, () => normalizeCapability('NET_GOD'), /unknown capability "NET_GOD"/);
  throwsInvalid(t, () => normalizeCapability('CAP_ALL'), /unknown capability/);
  throwsInvalid(t, () => withCapabilities([], ['SYS_FOO']), /unknown capability "SYS_FOO"/);
});

const adjusts = test.macro({
  exec(t, base: string[], add: string[], drop: string[], expected: string[] | 'ALL') {
    t.deepEqual(adjustCapabilities(base, add, drop), expected === 'ALL' ? ALL_CAPABILITIES : expected);
  },
  title: (provided = '') => `docker cap rules: ${provided}`,
});
const base = ['CAP_CHOWN', 'CAP_KILL', 'CAP_NET_RAW'];
test('nothing to change', adjusts, base, [], [], base);
test('add one', adjusts, base, ['net_admin'], [], [...base, 'CAP_NET_ADMIN']);
test('add one already there', adjusts, base, ['KILL'], [], base);
test('drop one', adjusts, base, [], ['NET_RAW'], ['CAP_CHOWN', 'CAP_KILL']);
test('drop one and add it back: add wins', adjusts, base, ['NET_RAW'], ['NET_RAW'], base);
test('drop ALL, add one', adjusts, base, ['CHOWN'], ['ALL'], ['CAP_CHOWN']);
test('drop ALL', adjusts, base, [], ['all'], []);
test('add ALL', adjusts, base, ['ALL'], [], 'ALL');
test(
  'add ALL, drop one',
  adjusts,
  base,
  ['ALL'],
  ['SYS_ADMIN'],
  ALL_CAPABILITIES.filter((c) => c !== 'CAP_SYS_ADMIN'),
);
test('add ALL and drop ALL: add wins', adjusts, base, ['ALL'], ['ALL'], 'ALL');

test('withCapabilities sets bounding, effective and permitted from the current bounding set', (t) => {
  const spec = generateSpec('c', withCapabilities(['NET_ADMIN']), withCapabilities([], ['CHOWN']));
  const expected = [...DEFAULT_CAPABILITIES.filter((c) => c !== 'CAP_CHOWN'), 'CAP_NET_ADMIN'];
  t.deepEqual(spec.process?.capabilities, { bounding: expected, effective: expected, permitted: expected });
});

test('withPrivileged: all capabilities, no seccomp or masks, every device, writable /sys', (t) => {
  const spec = generateSpec('c', withPrivileged());
  t.deepEqual(spec.process?.capabilities?.effective, ALL_CAPABILITIES);
  t.false('maskedPaths' in spec.linux! || 'readonlyPaths' in spec.linux! || 'seccomp' in spec.linux!);
  t.deepEqual(spec.linux?.resources?.devices, [{ allow: true, access: 'rwm' }]);
  t.false(spec.mounts!.find((m) => m.type === 'sysfs')!.options!.includes('ro'));
});

test('later options win over withPrivileged, and it over earlier ones', (t) => {
  const spec = generateSpec('c', withPrivileged(), withCapabilities([], ['SYS_ADMIN']));
  t.false(spec.process!.capabilities!.bounding!.includes('CAP_SYS_ADMIN'));
  t.is(spec.process!.capabilities!.bounding!.length, 40);
  t.true(DEFAULT_MASKED_PATHS.length > 0);
});
