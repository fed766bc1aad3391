// eslint.config.js enforces the layers of scripts/lib/layers.mjs and the rules the code relies on.
// The probes go through ESLint's Node API (lintText) with the project's own config; nothing is
// written into src/. A probe is not on disk, so no tsconfig has it: src/ probes are linted
// without type information (the layering and no-explicit-any need none), and the type-aware
// probes sit at the root, where the project service gives them a default project with
// tsconfig.json's options.
import test from 'ava';
import { ESLint, type Linter } from 'eslint';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { layerOf, layers } from '../../../scripts/lib/layers.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

const eslint = new ESLint({
  cwd: root,
  overrideConfig: [
    { files: ['src/**/*.ts', 'test/**/*.ts'], ...(tseslint.configs.disableTypeChecked as Linter.Config) },
    {
      files: ['*.ts'],
      languageOptions: {
        parserOptions: { projectService: { allowDefaultProject: ['*.ts'], defaultProject: 'tsconfig.json' } },
      },
    },
  ],
});

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages;
}

const ruleIds = (messages: Linter.LintMessage[]) => messages.map((m) => m.ruleId);
const LAYER_RULE = 'import-x/no-restricted-paths';

/** An import specifier, relative to src/<from>/, of some module of src/<layer>/ (the probes import real files). */
function moduleOf(layer: string): string {
  const dir = join(root, 'src', layer);
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')) : undefined;
  if (file === undefined) throw new Error(`src/${layer}/ has no module to import`);
  return `../${layer}/${file.replace(/\.ts$/, '.js')}`;
}

test('an upward import is an error that names both layers', async (t) => {
  const messages = await lint(
    'src/oci/__lint_probe.ts',
    `import * as m from '${moduleOf('pod')}';\nexport const probe = m;\n`,
  );
  const layerErrors = messages.filter((m) => m.ruleId === LAYER_RULE);
  t.is(layerErrors.length, 1, JSON.stringify(messages));
  t.is(layerErrors[0]!.severity, 2);
  t.regex(layerErrors[0]!.message, /Layer 'oci' must not import layer 'pod'/);
});

test('a type-only upward import is an error too', async (t) => {
  const messages = await lint(
    'src/image/__lint_probe.ts',
    `import type * as m from '${moduleOf('network')}';\nexport type Probe = typeof m;\n`,
  );
  t.true(
    messages.some((m) => m.ruleId === LAYER_RULE && /Layer 'image' must not import layer 'network'/.test(m.message)),
  );
});

test('a downward import passes', async (t) => {
  const messages = await lint(
    'src/pod/__lint_probe.ts',
    `import * as m from '${moduleOf('oci')}';\nexport const probe = m;\n`,
  );
  t.deepEqual(messages, []);
});

test('root files import nothing but each other', async (t) => {
  const up = await lint(
    'src/__lint_probe.ts',
    `import * as m from '${moduleOf('oci').slice(1)}';\nexport const probe = m;\n`,
  );
  t.true(up.some((m) => m.ruleId === LAYER_RULE && /Layer 'root' must not import layer 'oci'/.test(m.message)));
  t.deepEqual(await lint('src/__lint_probe.ts', `export * from './errors.js';\n`), []);
});

test('only src/containerd/ imports gRPC, protobufjs and the generated codecs', async (t) => {
  const code = [
    `import * as grpc from '@grpc/grpc-js';`,
    `import protobuf from 'protobufjs/minimal.js';`,
    `import * as codecs from '../containerd/gen/codecs/tasks.js';`,
    `export const probe = [grpc, protobuf, codecs];`,
    '',
  ].join('\n');
  const outside = await lint('src/pod/__lint_probe.ts', code);
  t.deepEqual(ruleIds(outside), ['no-restricted-imports', 'no-restricted-imports', LAYER_RULE]);
  const inside = await lint('src/containerd/__lint_probe.ts', code.replace('../containerd/gen/', './gen/'));
  t.deepEqual(inside, []);
});

test('any is an error', async (t) => {
  const messages = await lint('src/oci/__lint_probe.ts', 'export const probe = (x: any): unknown => x;\n');
  t.deepEqual(ruleIds(messages), ['@typescript-eslint/no-explicit-any']);
  t.is(messages[0]!.severity, 2);
});

test('a floating promise is an error, as is an assertion of ava left unawaited', async (t) => {
  const code = [
    `import test from 'ava';`,
    `async function later(): Promise<void> {}`,
    `export function probe(): void {`,
    `  later();`,
    `}`,
    `test('probe', async (t) => {`,
    `  t.throwsAsync(later());`,
    `  await t.throwsAsync(later());`,
    `});`,
    '',
  ].join('\n');
  const messages = await lint('__lint_probe.ts', code);
  t.deepEqual(
    messages.map((m) => `${m.ruleId}:${m.line}:${m.severity}`),
    ['@typescript-eslint/no-floating-promises:4:2', '@typescript-eslint/no-floating-promises:7:2'],
  );
});

test('the layer table lists every folder of src/ and lets layers import only layers below them', (t) => {
  const names = layers.map((l) => l.name);
  const folders = readdirSync(join(root, 'src'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => layerOf(`src/${e.name}/x.ts`));
  t.deepEqual(
    folders.filter((f) => f === undefined || !names.includes(f)),
    [],
  );
  for (const [i, layer] of layers.entries()) {
    const above = names.slice(0, i + 1);
    t.deepEqual(
      layer.may.filter((m) => above.includes(m) || !names.includes(m)),
      [],
      `${layer.name} may import only layers below it`,
    );
  }
});
