// The library's port mappings: typed, checked, and their label form. docker's -p syntax is the
// CLI's (test/unit/cli/publish.test.ts).
import test from 'ava';
import { checkPortMappings, formatMappings, parseMappings, type PortMapping } from '../../../src/network/ports.js';

const m = (
  hostPort: number,
  containerPort: number,
  protocol: 'tcp' | 'udp' = 'tcp',
  hostIP = '0.0.0.0',
): PortMapping => ({ hostIP, hostPort, containerPort, protocol });

test('the label form reads back', (t) => {
  const list = [m(8080, 80, 'tcp', '127.0.0.1'), m(9000, 90, 'udp')];
  t.is(formatMappings(list), '127.0.0.1:8080:80/tcp,0.0.0.0:9000:90/udp');
  t.deepEqual(parseMappings(formatMappings(list)), list);
  t.deepEqual(parseMappings(''), []);
});

test('mappings whose host port is still 0 are not read back', (t) => {
  t.deepEqual(parseMappings(formatMappings([m(0, 80), m(8080, 81)])), [m(8080, 81)]);
});

test('a label that is not the label form is refused, naming no flag', (t) => {
  const err = t.throws(() => parseMappings('8080:80'), { message: /^invalid published port "8080:80"/ });
  t.notRegex(err?.message ?? '', /-p|--publish/);
});

test('a host port given twice is refused by the library too, naming its option', (t) => {
  t.throws(() => checkPortMappings([m(8080, 80), m(8080, 81)]), {
    message: 'invalid value for the `publish` option: host port 8080/tcp is published twice',
  });
  t.notThrows(() => checkPortMappings([m(8080, 80), m(8080, 80, 'udp'), m(0, 81), m(0, 82)]));
});
