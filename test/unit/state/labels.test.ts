import test from 'ava';
import { isInvalidArgument } from '../../../src/errors.js';
import {
  LABELS,
  MAX_LABEL_BYTES,
  checkLabel,
  formatShare,
  memberLabels,
  parseShare,
  readMemberLabels,
  readSandboxLabels,
  sandboxLabels,
  checkUserLabels,
  etcFileLabels,
  readEtcFileLabels,
} from '../../../src/state/labels.js';

const share = { net: true, ipc: true, uts: false, pid: true };

test("every podctl key has the podctl.io/ prefix; nerdctl/name and containerd's restart monitor keys are there for interop", (t) => {
  const keys = Object.values(LABELS);
  const foreign = [
    'nerdctl/name',
    'containerd.io/restart.status',
    'containerd.io/restart.loguri',
    'containerd.io/restart.policy',
    'containerd.io/restart.count',
  ];
  t.deepEqual(keys.filter((k) => !k.startsWith('podctl.io/')).sort(), [...foreign].sort());
  t.is(new Set(keys).size, keys.length);
});

test('sandbox labels round-trip', (t) => {
  const labels = sandboxLabels({ podName: 'blog', podId: 'abc', network: 'none', share }, { team: 'x' });
  t.is(labels[LABELS.role], 'sandbox');
  t.is(labels[LABELS.nerdctlName], 'blog');
  t.is(labels.team, 'x');
  t.deepEqual(readSandboxLabels(labels), {
    podName: 'blog',
    podId: 'abc',
    network: 'none',
    share,
    attachment: undefined,
  });
  t.is(readMemberLabels(labels), undefined, 'a sandbox is no member');
});

test('a CNI attachment round-trips through the sandbox labels', (t) => {
  const attachment = {
    ip: '10.88.0.5',
    prefixLength: 16,
    gateway: '10.88.0.1',
    mac: '02:00:0a:58:00:05',
    ports: '0.0.0.0:8880:80/tcp',
  };
  const labels = sandboxLabels({ podName: 'web', podId: 'abc', network: 'podctl', share, attachment });
  t.is(labels[LABELS.ip], '10.88.0.5/16');
  t.deepEqual(readSandboxLabels(labels), { podName: 'web', podId: 'abc', network: 'podctl', share, attachment });
});

test('the extra hosts and DNS settings of the /etc files round-trip through the sandbox labels', (t) => {
  const etc = {
    addHosts: [{ host: 'db.example', ip: '10.1.2.3' }],
    dns: { servers: ['10.9.9.9'], search: [] as string[] },
  };
  const labels = sandboxLabels({ podName: 'web', podId: 'abc', network: 'podctl', share, etc });
  t.deepEqual(JSON.parse(labels[LABELS.etcFiles]!), etc, "an empty search list is kept: it replaces the host's");
  t.deepEqual(readEtcFileLabels(labels), etc);
  t.deepEqual(readEtcFileLabels(etcFileLabels({ dns: { options: ['ndots:2'] } })), { dns: { options: ['ndots:2'] } });
});

test('no etc-files label when there is nothing but the defaults to keep', (t) => {
  t.deepEqual(etcFileLabels(), {});
  t.deepEqual(etcFileLabels({ addHosts: [], dns: {} }), {});
  t.false(LABELS.etcFiles in sandboxLabels({ podName: 'web', podId: 'abc', network: 'none', share }));
});

const unreadable = test.macro((t, value: string) => {
  t.deepEqual(readEtcFileLabels({ [LABELS.etcFiles]: value }), {});
});
test('read etc-files: not JSON', unreadable, '{"addHosts":');
test('read etc-files: a host without an IP', unreadable, '{"addHosts":[{"host":"db"}]}');
test('read etc-files: servers not a list', unreadable, '{"dns":{"servers":"10.9.9.9"}}');

test('member labels round-trip', (t) => {
  const labels = memberLabels({
    podName: 'blog',
    podId: 'abc',
    name: 'app',
    role: 'sidecar',
    logPath: '/var/lib/podctl/logs/n/app/container.log',
  });
  t.deepEqual(readMemberLabels(labels), {
    podName: 'blog',
    podId: 'abc',
    role: 'sidecar',
    name: 'app',
    logPath: '/var/lib/podctl/logs/n/app/container.log',
    restartPolicy: 'no',
  });
  t.is(readSandboxLabels(labels), undefined);
});

const rejected = test.macro((t, labels: Record<string, string>) => {
  t.is(readSandboxLabels(labels), undefined);
});
const base = sandboxLabels({ podName: 'p', podId: 'i', network: 'host', share });
test('read: bad network name', rejected, { ...base, [LABELS.network]: '-bridge0' });
test('read: bad share', rejected, { ...base, [LABELS.share]: 'net,mnt' });
test('read: missing pod id', rejected, Object.fromEntries(Object.entries(base).filter(([k]) => k !== LABELS.podId)));
test('read: other tool', rejected, { 'nerdctl/name': 'x' });

test('share formats and parses', (t) => {
  t.is(formatShare(share), 'net,ipc,pid');
  t.deepEqual(parseShare('net,ipc,pid'), share);
  t.deepEqual(parseShare(''), { net: false, ipc: false, uts: false, pid: false });
});

test('the 4096-byte cap counts key and value', (t) => {
  t.notThrows(() => checkLabel('k', 'v'.repeat(MAX_LABEL_BYTES - 1)));
  t.true(isInvalidArgument(t.throws(() => checkLabel('k', 'v'.repeat(MAX_LABEL_BYTES)))));
  t.true(isInvalidArgument(t.throws(() => checkLabel('k', 'é'.repeat(2048)))), 'bytes, not characters');
});

test("user labels may not use the reserved prefix; podctl's own win over theirs anyway", (t) => {
  const err = t.throws(() => checkUserLabels({ [LABELS.role]: 'app' }));
  t.true(isInvalidArgument(err));
  t.notThrows(() => checkUserLabels({ team: 'blue' }));
  const labels = sandboxLabels({ podName: 'p', podId: 'i', network: 'none', share }, { [LABELS.role]: 'app' });
  t.is(labels[LABELS.role], 'sandbox');
});
