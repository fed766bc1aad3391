// The layering of DESIGN.md, checked on the source: imports flow downwards only, the import
// graph has no cycles, and only src/containerd/ touches gRPC and protobuf.
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layers as layerTable } from '../../../scripts/lib/layers.mjs';

const srcDir = fileURLToPath(new URL('../../../src', import.meta.url));

// The layers, top to bottom, and what each may import: the table eslint reads too.
const layers: Record<string, readonly string[]> = Object.fromEntries(layerTable.map((l) => [l.name, l.may]));
const protobufPackages = /^(@grpc\/|protobufjs)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** What a file imports; `runtime` leaves out type-only imports, which the compiler erases. */
function importsOf(file: string, runtime = false): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(importPattern)]
    .filter((m) => !runtime || !/^\s*(?:import|export)\s+type\s/.test(m[0]))
    .map((m) => (m[1] ?? m[2])!);
}

function layerOf(file: string): string {
  const rel = relative(srcDir, file);
  const top = rel.split('/')[0]!;
  return rel.includes('/') ? top : top === 'index.ts' ? 'index' : 'root';
}

const files = sourceFiles(srcDir);
const graphOf = (runtime: boolean) =>
  new Map(
    files.map((file) => [
      file,
      importsOf(file, runtime)
        .filter((spec) => spec.startsWith('.'))
        .map((spec) => resolve(dirname(file), spec.replace(/\.js$/, '.ts')))
        .filter((target) => target.endsWith('.ts')),
    ]),
  );
// Layering holds for every import; cycles matter at run time, where type imports are gone.
const graph = graphOf(false);
const runtimeGraph = graphOf(true);

test('imports flow downwards through the layers', (t) => {
  const violations = [...graph].flatMap(([file, targets]) => {
    const from = layerOf(file);
    if (from === 'index') return [];
    return targets
      .map((target) => layerOf(target))
      .filter((to) => to !== from && !(layers[from] ?? []).includes(to))
      .map((to) => `${relative(srcDir, file)}: ${from} imports ${to}`);
  });
  t.deepEqual(violations, []);
});

test('every folder under src/ is a layer of the table, and every layer but those to come has a folder', (t) => {
  const folders = readdirSync(srcDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  t.deepEqual(
    folders.filter((f) => layers[f] === undefined),
    [],
  );
  const toCome = ['kube', 'supervise'];
  t.deepEqual(
    Object.keys(layers).filter((l) => !['index', 'root', ...toCome].includes(l) && !folders.includes(l)),
    [],
  );
});

test('nothing outside src/cli/ imports src/cli/', (t) => {
  const offenders = [...graph]
    .filter(([file, targets]) => layerOf(file) !== 'cli' && targets.some((target) => layerOf(target) === 'cli'))
    .map(([file]) => relative(srcDir, file));
  t.deepEqual(offenders, []);
});

test('only src/containerd/ imports grpc-js or protobufjs', (t) => {
  const offenders = files
    .filter((file) => layerOf(file) !== 'containerd')
    .filter((file) => importsOf(file).some((spec) => protobufPackages.test(spec)))
    .map((file) => relative(srcDir, file));
  t.deepEqual(offenders, []);
});

function findCycles(g: Map<string, string[]>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const visit = (node: string, path: string[]) => {
    if (state.get(node) === 'done') return;
    if (state.get(node) === 'visiting') {
      cycles.push([...path.slice(path.indexOf(node)), node]);
      return;
    }
    state.set(node, 'visiting');
    for (const target of g.get(node) ?? []) visit(target, [...path, node]);
    state.set(node, 'done');
  };
  for (const node of g.keys()) visit(node, []);
  return cycles;
}

test('the run-time import graph has no cycles', (t) => {
  const cycles = findCycles(runtimeGraph).map((c) => c.map((f) => relative(srcDir, f)).join(' → '));
  t.deepEqual(cycles, []);
});

test('the cycle finder finds a cycle', (t) => {
  const g = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  t.deepEqual(findCycles(g), [['a', 'b', 'c', 'a']]);
});

test("the checker sees imports: it finds this file's own, and tells type imports apart", (t) => {
  t.true(importsOf(fileURLToPath(import.meta.url)).includes('node:fs'));
  const connect = join(srcDir, 'cli', 'connect.ts');
  t.true(importsOf(connect).includes('./global.js'));
  t.false(importsOf(connect, true).includes('./global.js'));
  t.true(files.length > 10);
});
