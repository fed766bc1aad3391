// The schema validator itself: it must catch invalid specs, and fail on what it cannot check.
import test from 'ava';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSpec } from '../../../src/oci/spec.js';
import type { Process, Spec } from '../../../src/oci/types.js';
import { OCI_RUNTIME_SCHEMA_DIR, RuntimeSchemaValidator, runtimeSpecErrors } from './_runtime-schema.js';

/** Breaks a spec; the casts put in what the types forbid. */
type Edit = (spec: Spec) => void;
const bad = <T>(value: unknown) => value as T;

const catches = test.macro({
  exec(t, edit: Edit, expected: string) {
    const spec = defaultSpec('c');
    edit(spec);
    const errors = runtimeSpecErrors(spec);
    t.true(
      errors.some((e) => e.startsWith(expected)),
      `expected an error at ${expected}, got ${JSON.stringify(errors)}`,
    );
  },
  title: (provided = '') => `the validator catches ${provided}`,
});

test(
  'a negative uid',
  catches,
  (s) => {
    s.process!.user.uid = -1;
  },
  '$.process.user.uid: -1 < 0',
);
test(
  'a uid past uint32',
  catches,
  (s) => {
    s.process!.user.uid = 2 ** 32;
  },
  '$.process.user.uid: 4294967296 > 4294967295',
);
test(
  'a namespace of type "bogus"',
  catches,
  (s) => {
    s.linux!.namespaces!.push({ type: bad('bogus') });
  },
  '$.linux.namespaces[5]: matches 0 of the anyOf schemas',
);
test(
  'a missing ociVersion',
  catches,
  (s) => {
    delete (s as Partial<Spec>).ociVersion;
  },
  '$: lacks ociVersion',
);
test(
  'a root without a path',
  catches,
  (s) => {
    s.root = bad({ readonly: true });
  },
  '$.root: lacks path',
);
test(
  'a process without cwd',
  catches,
  (s) => {
    delete (s.process as Partial<Process>).cwd;
  },
  '$.process: lacks cwd',
);
test(
  'an rlimit type without RLIMIT_',
  catches,
  (s) => {
    s.process!.rlimits![0]!.type = 'NOFILE';
  },
  '$.process.rlimits[0].type: "NOFILE" does not match',
);
test(
  'a fractional rlimit',
  catches,
  (s) => {
    s.process!.rlimits![0]!.soft = 1.5;
  },
  '$.process.rlimits[0].soft: is number, not integer',
);
test(
  'an unknown seccomp action',
  catches,
  (s) => {
    s.linux!.seccomp = { defaultAction: bad('SCMP_ACT_FOO') };
  },
  '$.linux.seccomp.defaultAction: "SCMP_ACT_FOO" not in',
);
test(
  'a seccomp rule with no names',
  catches,
  (s) => {
    s.linux!.seccomp = { defaultAction: 'SCMP_ACT_ERRNO', syscalls: [{ names: [], action: 'SCMP_ACT_ALLOW' }] };
  },
  '$.linux.seccomp.syscalls[0].names: fewer than 1 items',
);
test(
  'a device cgroup rule without allow',
  catches,
  (s) => {
    s.linux!.resources!.devices = [bad({ access: 'rwm' })];
  },
  '$.linux.resources.devices[0]: lacks allow',
);
test(
  'a non-string annotation',
  catches,
  (s) => {
    s.annotations = { a: bad(1) };
  },
  '$.annotations["a"]: is number, not string',
);
test(
  'a bad netDevices entry (additionalProperties)',
  catches,
  (s) => {
    Object.assign(s.linux!, { netDevices: { eth0: { name: 5 } } });
  },
  '$.linux.netDevices["eth0"].name: is number, not string',
);
test(
  'a mount without a destination',
  catches,
  (s) => {
    s.mounts!.push(bad({ type: 'tmpfs' }));
  },
  '$.mounts[7]: lacks destination',
);
test(
  'a pids resource without a limit',
  catches,
  (s) => {
    s.linux!.resources!.pids = bad({});
  },
  '$.linux.resources.pids: lacks limit',
);

test('a valid spec has no errors', (t) => {
  const spec: Spec = defaultSpec('c');
  t.deepEqual(runtimeSpecErrors(spec), []);
});

test('a keyword the validator does not implement throws instead of passing', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'podctl-schema-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'x.json'), JSON.stringify({ type: 'object', not: { type: 'string' } }));
  const error = t.throws(() => new RuntimeSchemaValidator(dir).validate({}, 'x.json'));
  t.regex(error.message, /keyword not .* is not supported/);
});

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every keyword used by a schema node reachable from config-schema.json, with where it is first used. */
function reachableKeywords(): Map<string, string> {
  const files = new Map<string, Node>();
  const load = (file: string) => {
    if (!files.has(file)) files.set(file, JSON.parse(readFileSync(join(OCI_RUNTIME_SCHEMA_DIR, file), 'utf8')) as Node);
    return files.get(file)!;
  };
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string, pointer: string) => {
    const ref = `${file}#${pointer}`;
    if (seen.has(ref)) return;
    seen.add(ref);
    let node: unknown = load(file);
    for (const part of pointer.split('/').filter(Boolean))
      node = isNode(node) ? node[part] : (node as unknown[])[Number(part)];
    if (!isNode(node)) return;
    for (const [keyword, arg] of Object.entries(node)) {
      if (!found.has(keyword)) found.set(keyword, ref);
      if (keyword === '$ref') {
        const [target = '', ptr = ''] = String(arg).split('#', 2);
        visit(target === '' ? file : target, ptr);
      } else if (keyword === 'properties' || keyword === 'patternProperties') {
        for (const name of Object.keys(arg as Node)) visit(file, `${pointer}/${keyword}/${name}`);
      } else if (keyword === 'items' || (keyword === 'additionalProperties' && isNode(arg))) {
        visit(file, `${pointer}/${keyword}`);
      } else if (keyword === 'oneOf' || keyword === 'anyOf' || keyword === 'allOf') {
        (arg as unknown[]).forEach((_, i) => visit(file, `${pointer}/${keyword}/${i}`));
      }
    }
  };
  visit('config-schema.json', '');
  return found;
}

test('every keyword the runtime-spec schemas use is one the validator implements', (t) => {
  const validator = new RuntimeSchemaValidator();
  const keywords = reachableKeywords();
  t.true(keywords.has('additionalProperties') && keywords.has('anyOf') && keywords.has('allOf'));
  for (const [keyword, ref] of keywords) {
    for (const sample of [null, {}, [], 0, '']) {
      t.notThrows(() => validator.validate(sample, ref), `${keyword} at ${ref}`);
    }
  }
});
