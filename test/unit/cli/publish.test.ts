// docker's -p syntax, parsed at the CLI's edge into the library's port mappings.
import test from 'ava';
import { parsePublish, parsePublishList } from '../../../src/cli/parse/publish.js';
import { formatMappings, parseMappings } from '../../../src/network/ports.js';

const ok = test.macro({
  exec(t, spec: string, expected: string) {
    t.is(formatMappings(parsePublish(spec)), expected);
  },
  title: (_, spec) => `-p ${spec}`,
});

test(ok, '8080:80', '0.0.0.0:8080:80/tcp');
test(ok, '80', '0.0.0.0:0:80/tcp');
test(ok, '127.0.0.1:8080:80/udp', '127.0.0.1:8080:80/udp');
test(ok, '127.0.0.1::80', '127.0.0.1:0:80/tcp');
test(ok, '8000-8001:80-81', '0.0.0.0:8000:80/tcp,0.0.0.0:8001:81/tcp');
test(ok, '90-91', '0.0.0.0:0:90/tcp,0.0.0.0:0:91/tcp');

const bad = test.macro({
  exec(t, spec: string, message: RegExp) {
    t.throws(() => parsePublish(spec), { message });
  },
  title: (_, spec) => `-p ${JSON.stringify(spec)} is refused`,
});

test(bad, 'abc', /^invalid value for -p\/--publish: "abc": container port "abc" is not a port/);
test(bad, '70000:80', /host port 70000 is out of range 1-65535/);
test(bad, '80:0', /container port 0 is out of range/);
test(bad, '80/sctp', /protocol must be tcp or udp/);
test(bad, '1.2.3:80:80', /not an IPv4 address/);
test(bad, '8000-8002:80-81', /same length/);
test(bad, '1:2:3:4', /expected/);
test(bad, '', /expected/);

test('errors are one line with a hint', (t) => {
  const err = t.throws(() => parsePublish('abc'));
  t.false(err?.message.includes('\n'));
  t.regex((err as { hint?: string }).hint ?? '', /\[ip:\]\[hostPort:\]containerPort/);
});

test('a host port published twice is refused', (t) => {
  // The library's check; the CLI shows its flag for "the `publish` option" (option-flags.ts).
  t.throws(() => parsePublishList(['8080:80', '8080:81']), {
    message: 'invalid value for the `publish` option: host port 8080/tcp is published twice',
  });
  t.is(parsePublishList(['8080:80', '8080:80/udp']).length, 2);
  t.is(parsePublishList(['80', '80']).length, 2, 'ports left for podctl to choose are no duplicates');
});

test('what -p gives reads back from the label form', (t) => {
  const list = parsePublishList(['127.0.0.1:8080:80', '9000:90/udp']);
  t.deepEqual(parseMappings(formatMappings(list)), list);
});
