import test from 'ava';
import { isInvalidArgument } from '../../../src/errors.js';
import { parseSignal, signalName, signalNumber } from '../../../src/host/signals.js';

const parses = test.macro({
  exec(t, input: string, expected: number | undefined) {
    t.is(signalNumber(input), expected);
  },
  title: (_title, input: string, expected: number | undefined) => `${JSON.stringify(input)} → ${String(expected)}`,
});

test(parses, 'TERM', 15);
test(parses, 'SIGTERM', 15);
test(parses, 'sigterm', 15);
test(parses, 'term', 15);
test(parses, 'KILL', 9);
test(parses, 'SIGKILL', 9);
test(parses, 'HUP', 1);
test(parses, 'SIGUSR1', 10);
test(parses, 'USR2', 12);
test(parses, 'INT', 2);
test(parses, 'WINCH', 28);
test(parses, 'STOP', 19);
test(parses, 'CONT', 18);
test(parses, '9', 9);
test(parses, '15', 15);
test(parses, ' 2 ', 2);
test(parses, '64', 64);
test(parses, 'RTMIN', 34);
test(parses, 'SIGRTMIN+1', 35);
test(parses, 'RTMAX-2', 62);
test(parses, 'RTMAX+1', undefined);
test(parses, '0', undefined);
test(parses, '65', undefined);
test(parses, '-9', undefined);
test(parses, '1.5', undefined);
test(parses, 'NOPE', undefined);
test(parses, 'SIG', undefined);
test(parses, '', undefined);
test(parses, 'SIGSIGTERM', undefined);

test('parseSignal throws a one-line invalid-argument error', (t) => {
  t.is(parseSignal('SIGINT'), 2);
  const err = t.throws(() => parseSignal('BOGUS'));
  t.true(isInvalidArgument(err));
  t.regex(err.message, /^invalid signal "BOGUS": /);
  t.false(err.message.includes('\n'));
});

test('signalName', (t) => {
  t.is(signalName(15), 'SIGTERM');
  t.is(signalName(9), 'SIGKILL');
  t.is(signalName(40), '40');
});
