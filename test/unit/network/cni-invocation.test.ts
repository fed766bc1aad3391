import test from 'ava';
import { commentId, parsePublishedRules, splitRule } from '../../../src/network/iptables.js';
import { pluginInput, requiredPlugins } from '../../../src/network/plugins.js';
import { attachmentOf, resultFromAttachment } from '../../../src/network/result.js';

const list = {
  cniVersion: '1.0.0',
  name: 'net1',
  plugins: [
    { type: 'bridge', bridge: 'b0', ipam: { type: 'host-local' } },
    { type: 'portmap', capabilities: { portMappings: true } },
  ],
};
const mappings = [{ hostIP: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' }];

test('each plugin gets the list name and version; only declared capabilities; prevResult when chained', (t) => {
  const first = pluginInput(list, list.plugins[0]!, { portMappings: mappings });
  t.deepEqual(first, { type: 'bridge', bridge: 'b0', ipam: { type: 'host-local' }, cniVersion: '1.0.0', name: 'net1' });
  const prev = { cniVersion: '1.0.0', ips: [{ address: '10.1.0.2/24' }] };
  const second = pluginInput(list, list.plugins[1]!, { portMappings: mappings }, prev);
  t.deepEqual(second.runtimeConfig, { portMappings: mappings });
  t.deepEqual(second.prevResult, prev);
});

test('the plugins a list needs include IPAM', (t) => {
  t.deepEqual(requiredPlugins(list), ['bridge', 'host-local', 'portmap']);
});

test('the attachment is the eth0 address in the sandbox, with gateway and MAC', (t) => {
  const result = {
    cniVersion: '1.0.0',
    interfaces: [
      { name: 'podctl0', mac: 'aa' },
      { name: 'veth1', mac: 'bb' },
      { name: 'eth0', mac: '02:42:0a:58:00:05', sandbox: '/run/podctl/netns/x' },
    ],
    ips: [{ address: '10.88.0.5/16', gateway: '10.88.0.1', interface: 2 }],
  };
  const a = attachmentOf(result);
  t.deepEqual(a, { ip: '10.88.0.5', prefixLength: 16, gateway: '10.88.0.1', mac: '02:42:0a:58:00:05' });
  t.deepEqual(attachmentOf(resultFromAttachment(a!, '/run/podctl/netns/x')), a);
  t.is(attachmentOf({ cniVersion: '1.0.0' }), undefined);
});

test('iptables-save lines: quoted comments, the container ID, published ports', (t) => {
  const line =
    '-A CNI-HOSTPORT-DNAT -p tcp -m comment --comment "dnat name: \\"net1\\" id: \\"abc123\\"" -m multiport --dports 8080,9000:9002 -j CNI-DN-1';
  const words = splitRule(line);
  t.is(words[7], 'dnat name: "net1" id: "abc123"');
  t.is(commentId(words), 'abc123');
  t.deepEqual(parsePublishedRules(`-N CNI-HOSTPORT-DNAT\n${line}`), [
    { containerId: 'abc123', protocol: 'tcp', ports: [8080, 9000, 9001, 9002] },
  ]);
});
