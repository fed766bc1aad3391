import test from 'ava';
import { commentNetwork, isContainerChain, ownedRules } from '../../../src/network/iptables.js';

const id = '7f5cc3f11568008fca04d9b0b3631ff4204cbf64a334328ff239fdce56c421b1';
// `iptables -t nat -S` as it lists a pod on network podctl with a published port, and the shared chains.
const listing = [
  '-P PREROUTING ACCEPT',
  '-N CNI-DN-fd08448c8e8e25c0429b2',
  '-N CNI-HOSTPORT-DNAT',
  '-N CNI-fd08448c8e8e25c0429b23d3',
  '-A PREROUTING -m addrtype --dst-type LOCAL -j CNI-HOSTPORT-DNAT',
  '-A POSTROUTING -m comment --comment "CNI portfwd requiring masquerade" -j CNI-HOSTPORT-MASQ',
  `-A POSTROUTING -s 10.88.0.214/32 -m comment --comment "name: \\"podctl\\" id: \\"${id}\\"" -j CNI-fd08448c8e8e25c0429b23d3`,
  '-A CNI-DN-fd08448c8e8e25c0429b2 -p tcp -m tcp --dport 44663 -j DNAT --to-destination 10.88.0.214:80',
  `-A CNI-HOSTPORT-DNAT -p tcp -m comment --comment "dnat name: \\"podctl\\" id: \\"${id}\\"" -m multiport --dports 44663 -j CNI-DN-fd08448c8e8e25c0429b2`,
  '-A POSTROUTING -s 10.4.0.9/32 -m comment --comment "name: \\"containerd-net\\" id: \\"abc\\"" -j CNI-0123456789abcdef01234567',
].join('\n');

test('the rules a plugin made for a container: its ID and network from the comment', (t) => {
  const rules = ownedRules(listing);
  t.deepEqual(
    rules.map((r) => [r.network, r.containerId, r.words[1]]),
    [
      ['podctl', id, 'POSTROUTING'],
      ['podctl', id, 'CNI-HOSTPORT-DNAT'],
      ['containerd-net', 'abc', 'POSTROUTING'],
    ],
  );
  t.is(rules[1]!.words.at(-1), 'CNI-DN-fd08448c8e8e25c0429b2', 'the words, to delete the rule by');
});

test("a comment's network, if it names one", (t) => {
  t.is(commentNetwork(['-m', 'comment', '--comment', 'dnat name: "web-net" id: "x"']), 'web-net');
  t.is(commentNetwork(['-m', 'comment', '--comment', 'CNI portfwd masquerade mark']), undefined);
  t.is(commentNetwork(['-j', 'ACCEPT']), undefined);
});

test("a container's own chains, never the plugins' shared ones", (t) => {
  for (const chain of ['CNI-fd08448c8e8e25c0429b23d3', 'CNI-DN-fd08448c8e8e25c0429b2']) t.true(isContainerChain(chain));
  for (const chain of [
    'CNI-HOSTPORT-DNAT',
    'CNI-HOSTPORT-MASQ',
    'CNI-FORWARD',
    'CNI-ADMIN',
    'POSTROUTING',
    'MASQUERADE',
  ])
    t.false(isContainerChain(chain), chain);
});
