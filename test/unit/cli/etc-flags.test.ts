// docker's --add-host and --dns, parsed at the CLI's edge.
import test from 'ava';
import { withFlagNames } from '../../../src/cli/option-flags.js';
import { checkDnsServer, parseAddHost } from '../../../src/cli/parse/etc-flags.js';
import { checkEtcFileSettings } from '../../../src/host/etc-files.js';

test('--add-host HOST:IP, IPv4 or IPv6', (t) => {
  t.deepEqual(parseAddHost('db:10.88.0.7'), { host: 'db', ip: '10.88.0.7' });
  t.deepEqual(parseAddHost('db.internal:fd00::7'), { host: 'db.internal', ip: 'fd00::7' });
});

test('a bad --add-host is refused with the flag and a hint', (t) => {
  for (const text of ['db', 'db:', ':10.0.0.1', 'db:10.0.0.256', '-db:10.0.0.1', 'd b:10.0.0.1']) {
    const err = t.throws(() => parseAddHost(text), {
      message: `invalid value for --add-host: ${JSON.stringify(text)}`,
    });
    t.is((err as { hint?: string }).hint, 'use HOST:IP, such as db:10.88.0.7');
  }
});

test('--dns takes an IP address only', (t) => {
  t.is(checkDnsServer('1.1.1.1'), '1.1.1.1');
  t.is(checkDnsServer('2606:4700::1111'), '2606:4700::1111');
  t.throws(() => checkDnsServer('resolver'), { message: 'invalid value for --dns: "resolver" is not an IP address' });
});

test('the library checks typed extra hosts and DNS servers itself, naming its options', (t) => {
  t.notThrows(() =>
    checkEtcFileSettings({ addHosts: [{ host: 'db', ip: '10.88.0.7' }], dns: { servers: ['1.1.1.1'] } }),
  );
  t.throws(() => checkEtcFileSettings({ addHosts: [{ host: 'db\n1.2.3.4 evil', ip: '10.88.0.7' }] }), {
    message: /^invalid value for the `addHosts` option: /,
  });
  t.throws(() => checkEtcFileSettings({ dns: { servers: ['resolver'] } }), {
    message: 'invalid value for the `dns` option: "resolver" is not an IP address',
  });
  t.is(
    withFlagNames('invalid value for the `dns` option: "resolver" is not an IP address'),
    'invalid value for --dns: "resolver" is not an IP address',
  );
});
