// Cgroup limit options: memory, CPUs, PIDs.
import test from 'ava';
import { CPU_PERIOD, withCpus, withMemoryLimit, withPidsLimit } from '../../../src/oci/resources.js';
import { generateSpec } from '../../../src/oci/spec.js';
import { throwsInvalid } from './_helpers.js';

test('withMemoryLimit sets the limit, at least 6 MiB, keeping other memory fields', (t) => {
  const spec = generateSpec('c', withMemoryLimit(1 << 30));
  t.deepEqual(spec.linux?.resources?.memory, { limit: 1 << 30 });
  spec.linux!.resources!.memory!.reservation = 5;
  withMemoryLimit(8 << 20)(spec);
  t.deepEqual(spec.linux?.resources?.memory, { limit: 8 << 20, reservation: 5 });
  throwsInvalid(t, () => withMemoryLimit((6 << 20) - 1), /the memory limit must be an integer from 6291456/);
  throwsInvalid(t, () => withMemoryLimit(1.5e7 + 0.5), /the memory limit/);
});

const cpus = test.macro({
  exec(t, count: number, quota: number) {
    t.deepEqual(generateSpec('c', withCpus(count)).linux?.resources?.cpu, { quota, period: CPU_PERIOD });
  },
  title: (_ = '', count: number, quota: number) => `--cpus ${count} is quota ${quota} per 100000 µs`,
});
test(cpus, 1, 100_000);
test(cpus, 1.5, 150_000);
test(cpus, 0.5, 50_000);
test(cpus, 0.01, 1_000);
test(cpus, 2.25, 225_000);
test(cpus, 0.333, 33_300);
test(cpus, 64, 6_400_000);

test('withCpus refuses too few, too precise and non-finite counts', (t) => {
  throwsInvalid(t, () => withCpus(0.009), /at least 0.01/);
  throwsInvalid(t, () => withCpus(0), /at least 0.01/);
  throwsInvalid(t, () => withCpus(Number.NaN), /at least 0.01/);
  throwsInvalid(t, () => withCpus(Number.POSITIVE_INFINITY), /at least 0.01/);
  throwsInvalid(t, () => withCpus(1.0000000001), /too precise/);
});

test('withPidsLimit sets a limit; 0 and -1 remove it', (t) => {
  t.deepEqual(generateSpec('c', withPidsLimit(64)).linux?.resources?.pids, { limit: 64 });
  t.is(generateSpec('c', withPidsLimit(64), withPidsLimit(-1)).linux?.resources?.pids, undefined);
  t.is(generateSpec('c', withPidsLimit(64), withPidsLimit(0)).linux?.resources?.pids, undefined);
  throwsInvalid(t, () => withPidsLimit(-2), /the PIDs limit must be/);
});

test('the limits leave the device rules alone', (t) => {
  const spec = generateSpec('c', withMemoryLimit(8 << 20), withCpus(1), withPidsLimit(5));
  t.deepEqual(spec.linux?.resources?.devices, [{ allow: false, access: 'rwm' }]);
});
