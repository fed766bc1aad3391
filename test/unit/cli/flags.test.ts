import test from 'ava';
import * as z from 'zod/mini';
import { formatFlag, parseFlags } from '../../../src/cli/flags.js';
import { isInvalidArgument } from '../../../src/errors.js';

const schema = z.object({ format: formatFlag });

test('a valid --format passes through', (t) => {
  t.deepEqual(parseFlags(schema, { format: 'json' }, 'info'), { format: 'json' });
});

test('an invalid --format is one line naming the flag, the choices and the help', (t) => {
  const err = t.throws(() => parseFlags(schema, { format: 'yaml' }, 'info'));
  t.true(isInvalidArgument(err));
  t.is(err?.message, 'invalid value for --format: must be one of table, json');
  t.is((err as { hint?: string }).hint, "see 'podctl info --help'");
});
