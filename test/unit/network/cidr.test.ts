import test from 'ava';
import {
  checkGateway,
  chooseSubnet,
  formatSubnet,
  overlaps,
  parseProcRoutes,
  parseSubnet,
} from '../../../src/network/cidr.js';

test('subnets parse and format; host bits and odd prefixes are refused', (t) => {
  t.is(formatSubnet(parseSubnet('10.88.0.0/16')), '10.88.0.0/16');
  t.throws(() => parseSubnet('10.88.0.1/16'), { message: /host bits are set/ });
  t.throws(() => parseSubnet('10.88.0.0/31'), { message: /prefix of 8 to 30/ });
  t.throws(() => parseSubnet('300.1.1.0/24'), { message: /invalid subnet/ });
  t.throws(() => parseSubnet('fd00::/64'), { message: /invalid subnet/ });
});

test('overlap', (t) => {
  t.true(overlaps(parseSubnet('10.88.0.0/16'), parseSubnet('10.88.4.0/24')));
  t.false(overlaps(parseSubnet('10.88.0.0/16'), parseSubnet('10.89.0.0/24')));
});

test('a gateway must be a host address inside the subnet', (t) => {
  const s = parseSubnet('10.89.3.0/24');
  t.is(checkGateway(s, '10.89.3.254'), '10.89.3.254');
  for (const bad of ['10.89.3.0', '10.89.3.255', '10.89.4.1', 'x'])
    t.throws(() => checkGateway(s, bad), { message: /invalid gateway/ });
});

test('/proc/net/route: destinations in host byte order, the default route left out', (t) => {
  const text = [
    'Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT',
    'eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0',
    'eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0',
    'podctl0\t0000580A\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0',
  ].join('\n');
  t.deepEqual(parseProcRoutes(text).map(formatSubnet), ['192.0.2.0/24', '10.88.0.0/16']);
});

test('the subnet chosen avoids every taken one', (t) => {
  const preferred = parseSubnet('10.88.0.0/16');
  t.is(formatSubnet(chooseSubnet([], preferred)), '10.88.0.0/16');
  t.is(formatSubnet(chooseSubnet([parseSubnet('10.88.0.0/16')], preferred)), '10.89.0.0/24');
  t.throws(
    () => chooseSubnet([parseSubnet('10.0.0.0/8')], preferred),
    { message: /no free subnet/ },
    'nothing in 10/8 when 10/8 is routed',
  );
});
