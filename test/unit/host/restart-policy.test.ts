// --restart values, docker's syntax, and what each containerd's restart monitor honours.
import test from 'ava';
import { LABELS } from '../../../src/state/labels.js';
import { parseRestartPolicy } from '../../../src/cli/parse/restart.js';
import {
  findRestartPlugin,
  formatRestartPolicy,
  hasRestartPolicy,
  restartLabels,
  supportedPolicies,
} from '../../../src/host/restart-policy.js';
import { throwsInvalid } from '../oci/_helpers.js';

const parses = test.macro({
  exec(t, text: string, name: string, maxRetries: number, shown: string) {
    const p = parseRestartPolicy(text);
    t.deepEqual(p, { name, maxRetries });
    t.is(formatRestartPolicy(p), shown);
  },
  title: (_ = '', text: string) => `--restart ${text}`,
});

test(parses, 'no', 'no', 0, 'no');
test(parses, 'always', 'always', 0, 'always');
test(parses, 'unless-stopped', 'unless-stopped', 0, 'unless-stopped');
test(parses, 'on-failure', 'on-failure', 0, 'on-failure');
test(parses, 'on-failure:3', 'on-failure', 3, 'on-failure:3');
test(parses, 'on-failure:0', 'on-failure', 0, 'on-failure');

const rejects = test.macro({
  exec(t, text: string, message: RegExp) {
    throwsInvalid(t, () => parseRestartPolicy(text), message);
  },
  title: (_ = '', text: string) => `--restart ${JSON.stringify(text)} is refused`,
});

test(rejects, 'sometimes', /^invalid value for --restart: "sometimes"$/);
test(rejects, '', /^invalid value for --restart: ""$/);
test(rejects, 'Always', /^invalid value for --restart: "Always"$/);
test(rejects, 'on-failure:x', /"on-failure:x": the retry count must be a whole number/);
test(rejects, 'on-failure:-1', /"on-failure:-1": the retry count must be a whole number/);
test(rejects, 'on-failure:', /the retry count must be a whole number/);
test(rejects, 'always:3', /"always:3": only on-failure takes a retry count/);
test(rejects, 'no:1', /only on-failure takes a retry count/);

test('restart labels: podctl keeps the policy; the monitor gets it and the log URI, never the status at create', (t) => {
  t.deepEqual(restartLabels({ name: 'no', maxRetries: 0 }, 'binary:///l'), { [LABELS.restartPolicy]: 'no' });
  const labels = restartLabels({ name: 'on-failure', maxRetries: 2 }, 'binary:///l?path=%2Fx');
  t.deepEqual(labels, {
    'podctl.io/restart-policy': 'on-failure:2',
    'containerd.io/restart.policy': 'on-failure:2',
    'containerd.io/restart.loguri': 'binary:///l?path=%2Fx',
  });
  t.false(LABELS.monitorStatus in labels);
  t.true(hasRestartPolicy(labels));
  t.false(hasRestartPolicy({ [LABELS.restartPolicy]: 'no' }));
});

test('a restart plugin without capabilities (containerd before 1.7) honours only always; later ones list theirs', (t) => {
  t.deepEqual(supportedPolicies([]), ['no', 'always']);
  t.deepEqual(supportedPolicies(['no', 'always', 'on-failure', 'unless-stopped']), [
    'no',
    'always',
    'on-failure',
    'unless-stopped',
  ]);
  t.deepEqual(supportedPolicies(['always', 'something-new']), ['no', 'always']);
});

test('the restart monitor is found under its containerd 1.x ID and its 2.x ID', (t) => {
  const v1 = { type: 'io.containerd.internal.v1', id: 'restart' };
  const v2 = { type: 'io.containerd.monitor.container.v1', id: 'restart' };
  const other = { type: 'io.containerd.internal.v1', id: 'opt' };
  t.is(findRestartPlugin([other, v1]), v1);
  t.is(findRestartPlugin([v2, other]), v2);
  t.is(findRestartPlugin([other, { type: 'io.containerd.grpc.v1', id: 'restart' }]), undefined);
});
