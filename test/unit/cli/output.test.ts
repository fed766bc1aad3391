import test from 'ava';
import { binarySize } from '../../../src/cli/format.js';
import { printSection, printTable } from '../../../src/cli/output.js';

function capture() {
  let text = '';
  return { out: { write: (s: string) => (text += s) }, text: () => text };
}

test('sections align their values', (t) => {
  const c = capture();
  printSection(c.out, 'Server:', [
    ['Version', '1.6'],
    ['Revision', 'abc'],
  ]);
  t.is(c.text(), 'Server:\n Version:  1.6\n Revision: abc\n');
});

test('tables pad every column but the last', (t) => {
  const c = capture();
  printTable(
    c.out,
    ['NAME', 'STATUS'],
    [
      ['a', 'running'],
      ['longer', 'stopped'],
    ],
  );
  t.is(c.text(), 'NAME     STATUS\na        running\nlonger   stopped\n');
});

test('binary sizes as docker shows memory: four significant digits', (t) => {
  t.is(binarySize(0), '0B');
  t.is(binarySize(1023), '1023B');
  t.is(binarySize(1024), '1KiB');
  t.is(binarySize(1433600), '1.367MiB');
  t.is(binarySize(64 * 1024 * 1024), '64MiB');
  t.is(binarySize(25276063744), '23.54GiB');
});
