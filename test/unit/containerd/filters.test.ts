import test from 'ava';
import { filterClause, labelFilter } from '../../../src/containerd/filters.js';

const clause = test.macro({
  exec(t, path: string | string[], op: '==' | '!=' | '~=', value: string, expected: string) {
    t.is(filterClause(path, op, value), expected);
  },
  title: (_, _path, _op, _value, expected: string) => `filter ${expected}`,
});

test(clause, 'id', '==', 'web-1', 'id==web-1');
test(clause, 'digest', '==', 'sha256:abc', 'digest==sha256:abc');
test(clause, 'namespace', '!=', 'default', 'namespace!=default');
test(clause, 'topic', '==', '/tasks/exit', 'topic=="/tasks/exit"');
test(clause, 'topic', '~=', '^/containers/', 'topic~="^/containers/"');
test(clause, ['labels', 'podctl.io/pod'], '==', 'web', 'labels."podctl.io/pod"==web');
test(clause, ['labels', 'plain'], '==', 'a b,c', 'labels.plain=="a b,c"');
test(clause, ['labels', 'k'], '==', 'say "hi"', 'labels.k=="say \\"hi\\""');
test(clause, 'name', '==', '', 'name==""');

test('labelFilter quotes the key', (t) => {
  t.is(labelFilter('podctl.io/role', 'sandbox'), 'labels."podctl.io/role"==sandbox');
});
