import test from 'ava';
import {
  buildConflist,
  checkNetworkName,
  conflistSubnets,
  networkSpec,
  parseConflist,
  readNetworkRecord,
} from '../../../src/network/conflist.js';
import { formatSubnet } from '../../../src/network/cidr.js';

const spec = networkSpec({
  name: 'podctl',
  bridge: 'podctl0',
  subnet: '10.88.0.0/16',
  createdAt: '2024-01-01T00:00:00.000Z',
});

test('the default gateway is the first host', (t) => {
  t.is(spec.gateway, '10.88.0.1');
});

test('the conflist chains bridge (host-local), portmap and firewall', (t) => {
  const list = buildConflist(spec);
  t.is(list.cniVersion, '1.0.0');
  t.deepEqual(
    list.plugins.map((p) => p.type),
    ['bridge', 'portmap', 'firewall'],
  );
  t.like(list.plugins[0], {
    bridge: 'podctl0',
    isGateway: true,
    ipMasq: true,
    hairpinMode: true,
    ipam: { type: 'host-local', ranges: [[{ subnet: '10.88.0.0/16', gateway: '10.88.0.1' }]] },
  });
  t.deepEqual(list.plugins[1]?.capabilities, { portMappings: true });
});

test('a podctl list reads back as its record; another tool’s list does not', (t) => {
  const list = parseConflist(JSON.stringify(buildConflist(spec)))!;
  t.like(readNetworkRecord(list, '/x.conflist'), {
    name: 'podctl',
    bridge: 'podctl0',
    subnet: '10.88.0.0/16',
    gateway: '10.88.0.1',
    file: '/x.conflist',
  });
  const foreign = parseConflist(
    JSON.stringify({
      cniVersion: '0.4.0',
      name: 'cni',
      plugins: [{ type: 'bridge', ipam: { type: 'host-local', subnet: '10.22.0.0/16' } }],
    }),
  )!;
  t.is(readNetworkRecord(foreign, '/y.conflist'), undefined);
  t.deepEqual(conflistSubnets(foreign).map(formatSubnet), ['10.22.0.0/16']);
  t.is(parseConflist('not json'), undefined);
  t.is(parseConflist('{"name":"x"}'), undefined);
});

test('network names: modes and odd names are refused', (t) => {
  for (const bad of ['none', 'host', 'bridge', '-x', 'a b', '']) t.throws(() => checkNetworkName(bad));
  t.is(checkNetworkName('test-net.1'), 'test-net.1');
  t.throws(() => networkSpec({ name: 'n', bridge: 'much-too-long-bridge', subnet: '10.9.0.0/24', createdAt: '' }), {
    message: /at most 15/,
  });
});
