import test from 'ava';
import { isInvalidArgument } from '../../../src/errors.js';
import { checkName, containerId, isValidName, randomId, sandboxId } from '../../../src/state/ids.js';

const valid = test.macro((t, name: string) => {
  t.true(isValidName(name));
  t.is(containerId(name), name, 'the ID is the name: containerd enforces uniqueness');
  t.is(sandboxId(name), name);
});
const invalid = test.macro((t, name: string) => {
  t.false(isValidName(name));
  const err = t.throws(() => checkName('pod', name));
  t.true(isInvalidArgument(err));
  t.false(err.message.includes('\n'), 'one line');
});

for (const name of ['web', 'a', 'blog.v2', 'my_pod-1', 'A9', 'x'.repeat(76)])
  test(`valid: ${name.slice(0, 20)}`, valid, name);
for (const name of ['', '-web', 'web-', 'a..b', 'a b', 'ünï', 'a/b', 'x'.repeat(77), 'a\nb'])
  test(`invalid: ${JSON.stringify(name.slice(0, 20))}`, invalid, name);

test('pod IDs are 64 hex digits and fresh', (t) => {
  const a = randomId();
  t.regex(a, /^[0-9a-f]{64}$/);
  t.not(a, randomId());
});
