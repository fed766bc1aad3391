import test from 'ava';
import { dfTable, pruneReport, pruneWarning, reclaimableCell } from '../../../src/cli/commands/system.js';

test('a prune prints a line per item, kind and ID, then the total as docker words it', (t) => {
  const report = pruneReport({
    removed: [
      { kind: 'pod', id: 'web' },
      { kind: 'netns', id: 'f'.repeat(64) },
      { kind: 'ip', id: 'podctl/10.88.0.5' },
      { kind: 'log-dir', id: '/var/lib/podctl/logs/default/c1' },
    ],
    failed: [],
    reclaimedBytes: 1_234_567,
  });
  t.is(
    report,
    [
      'pod web',
      `netns ${'f'.repeat(64)}`,
      'ip podctl/10.88.0.5',
      'log-dir /var/lib/podctl/logs/default/c1',
      'Total reclaimed space: 1.23MB',
      '',
    ].join('\n'),
  );
  t.is(pruneReport({ removed: [], failed: [], reclaimedBytes: 0 }), 'Total reclaimed space: 0B\n');
});

test("df's RECLAIMABLE cell: the size, and its share when there is any", (t) => {
  t.is(reclaimableCell({ size: 16_430_000, reclaimable: 11_630_000 }), '11.6MB (70%)');
  t.is(reclaimableCell({ size: 212, reclaimable: 212 }), '212B (100%)');
  t.is(reclaimableCell({ size: 0, reclaimable: 0 }), '0B');
});

test("df's table rows", (t) => {
  t.deepEqual(dfTable([{ type: 'Host remains', total: 3, active: 0, size: 2048, reclaimable: 2048 }]), [
    ['Host remains', '3', '0', '2.05kB', '2.05kB (100%)'],
  ]);
});

test("the prompt says what goes, with all and a session's scope", (t) => {
  const plain = pruneWarning('default', false, undefined);
  t.regex(plain, /^WARNING! This will remove:\n/);
  t.notRegex(plain, /stopped|images/);
  t.regex(plain, /Are you sure you want to continue\? \[y\/N\] $/);
  const all = pruneWarning('ns1', true, 's1');
  t.regex(all, /all stopped pods and containers of session s1 in namespace ns1/);
  t.regex(all, /all images of session s1 in namespace ns1 without at least one container associated to them/);
});
