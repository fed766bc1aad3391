import test from 'ava';
import * as z from 'zod/mini';
import { isInvalidArgument } from '../../src/errors.js';
import {
  checkSchema,
  formatIssuePath,
  invalidInput,
  issueWording,
  parseInput,
  problemLine,
} from '../../src/schema-issues.js';

test('issue paths read like JavaScript', (t) => {
  t.is(formatIssuePath([]), '');
  t.is(formatIssuePath(['layers', 0, 'digest']), 'layers[0].digest');
  t.is(formatIssuePath(['manifests', 1, 'platform', 'os.version']), 'manifests[1].platform["os.version"]');
  t.is(formatIssuePath([0, 'Config']), '[0].Config');
  t.is(formatIssuePath(['auths', 'docker.io', 'auth']), 'auths["docker.io"].auth');
  t.is(formatIssuePath(['host', 'https://m', 'ca']), 'host["https://m"].ca');
  t.is(formatIssuePath(['a b', '$ok', '_x1', '1x']), '["a b"].$ok._x1["1x"]');
  t.is(formatIssuePath([Symbol('s')]), '["Symbol(s)"]');
});

const wording = test.macro({
  exec(t, schema: z.core.$ZodType, input: unknown, line: string, got?: 'type' | 'value') {
    const r = checkSchema(schema, input, got === undefined ? undefined : { got });
    t.false(r.success);
    if (r.success) return;
    t.is(problemLine(r.problem), line);
    t.false(line.includes('\n'));
  },
  title: (given = '', _schema, _input, line: string) => `${given}: ${line}`,
});

const doc = z.object({ name: z.string(), size: z.optional(z.int()), tags: z.optional(z.array(z.string())) });
test('a missing value', wording, doc, {}, 'name: required');
test('a missing enum value', wording, z.object({ kind: z.enum(['a', 'b']) }), {}, 'kind: required');
test('a missing union value', wording, z.object({ v: z.union([z.string(), z.number()]) }), {}, 'v: required');
test('a fraction for an integer', wording, doc, { name: 'x', size: 1.5 }, 'size: expected an integer, got 1.5');
test('a string for an integer', wording, doc, { name: 'x', size: '12' }, 'size: expected number, got string');
test('a number for a string', wording, doc, { name: 1 }, 'name: expected string, got number');
test('an array for an object', wording, doc, [], 'expected object, got array');
test('null for an object', wording, doc, null, 'expected object, got null');
test('a string for a record', wording, z.record(z.string(), z.string()), 'x', 'expected object, got string');
test('NaN for a number', wording, z.number(), Number.NaN, 'expected number, got NaN');
test('a wrong element', wording, doc, { name: 'x', tags: ['a', 2] }, 'tags[1]: expected string, got number');
test('shown by value', wording, doc, [], 'expected object, got []', 'value');
test('a string shown by value', wording, doc, { name: 'x', size: '12' }, 'size: expected number, got "12"', 'value');
test(
  'an enum value',
  wording,
  z.object({ format: z.enum(['table', 'json']) }),
  { format: 'yaml' },
  'format: must be one of table, json',
);
test('a literal', wording, z.literal(2), 3, 'must be 2');
test('an unknown key', wording, z.strictObject({ a: z.string() }), { a: '', b: 1 }, 'unknown field b');
test('unknown keys', wording, z.object({ x: z.strictObject({}) }), { x: { b: 1, c: 2 } }, 'x: unknown fields b, c');
test(
  'a union of types',
  wording,
  z.union([z.string(), z.array(z.string())]),
  3,
  'expected string or array, got number',
);
test(
  'a union of shapes',
  wording,
  z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]),
  {},
  'matches none of the allowed forms',
);
test('an empty string', wording, z.string().check(z.minLength(1)), '', 'must not be empty');
test('an empty list', wording, z.array(z.string()).check(z.minLength(1)), [], 'must not be empty');
test('a short list', wording, z.array(z.string()).check(z.minLength(2)), ['a'], 'must have at least 2 items');
test('a long string', wording, z.string().check(z.maxLength(1)), 'ab', 'must have at most 1 character');
test('a negative number', wording, z.number().check(z.nonnegative()), -1, 'must not be negative, got -1');
test('a small number', wording, z.number().check(z.minimum(3)), 2, 'must be at least 3, got 2');
test('a large number', wording, z.number().check(z.lt(3)), 3, 'must be less than 3, got 3');
test('a pattern', wording, z.string().check(z.regex(/^\//)), 'rel', 'must match /^\\//, got "rel"');
test('a format', wording, z.iso.datetime(), 'yesterday', 'invalid datetime "yesterday"');
test('a refinement', wording, z.string().check(z.refine((s) => s === 'ok')), 'no', 'invalid value');

test('a schema that words an issue itself keeps its words', (t) => {
  const schema = z.object({
    size: z.int().check(z.minimum(0, { error: 'size must not be negative' })),
    tag: z.string({ error: 'a tag is text' }),
  });
  const r = checkSchema(schema, { size: -1, tag: 'x' });
  t.false(r.success);
  if (!r.success) t.is(problemLine(r.problem), 'size: size must not be negative');
  const s = checkSchema(schema, { size: 0, tag: 1 });
  t.false(s.success);
  if (!s.success) t.is(problemLine(s.problem), 'tag: a tag is text');
  const fallback = checkSchema(
    z.enum(['a'], { error: (iss) => (iss.input === undefined ? undefined : 'not a') }),
    undefined,
  );
  t.false(fallback.success);
  if (!fallback.success)
    t.is(fallback.problem.message, 'required', 'an error that returns nothing leaves the issue to the shared words');
});

test('the problem carries the zod issue and the path, placed', (t) => {
  const r = checkSchema(z.object({ fooBar: z.enum(['x', 'y']) }), { fooBar: 'z' });
  t.false(r.success);
  if (r.success) return;
  t.is(r.problem.at, 'fooBar');
  t.is(r.problem.message, 'must be one of x, y');
  t.is(r.problem.issue?.code, 'invalid_value');
  t.deepEqual(r.problem.issue?.path, ['fooBar']);
  t.is(r.error.issues.length, 1);
});

test('parseInput returns the data, or throws invalid-argument in one line after the prefix', (t) => {
  const schema = z.object({ layers: z.array(z.object({ digest: z.string() })) });
  t.deepEqual(parseInput(schema, { layers: [{ digest: 'd', extra: 1 }] }, 'x: '), { layers: [{ digest: 'd' }] });
  const err = t.throws(() => parseInput(schema, { layers: [{ digest: 4 }] }, 'invalid thing: '));
  t.true(isInvalidArgument(err));
  t.is(err?.message, 'invalid thing: layers[0].digest: expected string, got number');
  t.true(err.cause instanceof Error, 'the zod error is the cause');
  const root = t.throws(() => parseInput(schema, 'text', 'invalid thing: '));
  t.is(root?.message, 'invalid thing: expected object, got string', 'the document itself has no path');
  const multiline = t.throws(() => parseInput(z.object({ 'a\nb': z.string() }), {}, 'p: '));
  t.is(multiline?.message, 'p: ["a\\nb"]: required', 'a key with a newline stays on one line');
});

test('invalidInput wraps a failed check with a hint', (t) => {
  const r = checkSchema(z.string(), 1);
  t.false(r.success);
  if (r.success) return;
  const err = invalidInput('config /c: ', r, 'see the manual');
  t.true(isInvalidArgument(err));
  t.is(err.message, 'config /c: expected string, got number');
  t.is(err.hint, 'see the manual');
});

test('issueWording is a zod error map', (t) => {
  const r = z.safeParse(z.object({ a: z.boolean() }), {}, { error: issueWording() });
  t.false(r.success);
  t.is(r.error?.issues[0]?.message, 'required');
});
