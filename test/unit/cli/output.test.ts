import test from 'ava';
import { printSection, printTable } from '../../../src/cli/output.js';

function capture() {
  let text = '';
  return { out: { write: (s: string) => (text += s) }, text: () => text };
}

test('sections align their values', (t) => {
  const c = capture();
  printSection(c.out, 'Server:', [['Version', '1.6'], ['Revision', 'abc']]);
  t.is(c.text(), 'Server:\n Version:  1.6\n Revision: abc\n');
});

test('tables pad every column but the last', (t) => {
  const c = capture();
  printTable(c.out, ['NAME', 'STATUS'], [['a', 'running'], ['longer', 'stopped']]);
  t.is(c.text(), 'NAME     STATUS\na        running\nlonger   stopped\n');
});
