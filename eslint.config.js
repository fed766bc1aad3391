// ESLint flat config. TypeScript (src/, test/): typescript-eslint's recommended type-checked
// rules, less a few that flag deliberate patterns of this code; src/ also gets the layering of
// scripts/lib/layers.mjs. JavaScript (scripts/, bin/, this file): ESLint's recommended rules.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { forbiddenFor, layers, protobufFolders, protobufLayer, protobufPackages } from './scripts/lib/layers.mjs';

// Not import.meta.dirname: that is Node 20.11+, and ESLint 9 runs on 20.9.
const root = fileURLToPath(new URL('.', import.meta.url));

const pathsOf = new Map(layers.map((l) => [l.name, l.paths]));

/** One zone per layer and layer it must not import, so that the message names both. */
const layerZones = layers.flatMap((layer) =>
  forbiddenFor(layer.name).map((other) => ({
    target: layer.paths,
    from: pathsOf.get(other),
    message: `Layer '${layer.name}' must not import layer '${other}'; it may import ${
      layer.may.length ? `only itself and ${layer.may.join(', ')}` : 'only itself'
    } (scripts/lib/layers.mjs).`,
  })),
);

/** The generated protobuf code is the protobuf layer's alone. */
const protobufZones = layers
  .filter((l) => l.name !== protobufLayer)
  .map((layer) => ({
    target: layer.paths,
    from: protobufFolders,
    message: `Only layer '${protobufLayer}' may import generated protobuf code.`,
  }));

const protobufMessage = `Only layer '${protobufLayer}' (src/${protobufLayer}/) may import gRPC and protobuf packages.`;

const unusedVars = [
  'error',
  {
    argsIgnorePattern: '^_',
    varsIgnorePattern: '^_',
    caughtErrorsIgnorePattern: '^_',
    destructuredArrayIgnorePattern: '^_',
    ignoreRestSiblings: true,
  },
];

export default defineConfig(
  globalIgnores(['dist/', 'build/', 'src/containerd/gen/', 'protos/', 'native/', 'images/', 'examples/']),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // TypeScript. src/ is in tsconfig.json, which the project service finds.
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      // Required.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // `const { a: _, ...rest } = x` leaves a key out; `_x` marks what is unused on purpose.
      '@typescript-eslint/no-unused-vars': unusedVars,
      // Caught errors are unknown and are passed on as they are.
      '@typescript-eslint/only-throw-error': ['error', { allowThrowingAny: true, allowThrowingUnknown: true }],
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      // `Promise.all(xs.map((x) => x.file?.close()))`: undefined where there is nothing to wait for.
      '@typescript-eslint/await-thenable': ['error', { allowMixedPromiseArrays: true }],
      // Async functions without await implement async interfaces (open(), credentials()) and
      // async generators; the promise is the contract.
      '@typescript-eslint/require-await': 'off',
      // Codec functions (encode, decode) and callbacks taken out of options objects are plain
      // functions that do not use `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  // test/ is in tsconfig.test.json; the project service looks only for tsconfig.json files, and
  // the nearest one covers src/ alone, so test/ gets a program of its own.
  {
    files: ['test/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: false, project: './tsconfig.test.json', tsconfigRootDir: root },
    },
    rules: {
      // Tests take apart JSON.parse and YAML results (any) on purpose, and print unknowns in
      // assertion messages.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },

  // The layering, on src/ only.
  {
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Resolves './x.js' to './x.ts', as TypeScript's NodeNext does; an import that does not
      // resolve is not checked by no-restricted-paths (tsc reports it).
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.d.ts', '.js', '.mjs', '.json', '.node'],
          extensionAlias: { '.js': ['.ts', '.d.ts', '.js'] },
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...layerZones, ...protobufZones] }],
      'no-restricted-imports': [
        'error',
        {
          paths: protobufPackages.map((name) => ({ name, message: protobufMessage })),
          patterns: [{ group: protobufPackages.map((name) => `${name}/**`), message: protobufMessage }],
        },
      ],
    },
  },
  {
    files: [`src/${protobufLayer}/**/*.ts`],
    rules: { 'no-restricted-imports': 'off' },
  },

  // JavaScript: scripts/, bin/ and this file.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-unused-vars': unusedVars,
      // `try { unlinkSync(tmp) } catch {}`: best-effort clean-up.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
);
