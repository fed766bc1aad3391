#!/usr/bin/env node
// Builds dist/: the library (tsc, ESM + .d.ts) and the CLI as one minified CommonJS bundle
// (esbuild), so that `podctl` starts without resolving hundreds of modules.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

// Node built-ins that bundled libraries import at the top but use only inside functions that
// most commands never call (compression, DNS resolution, proxies, executable subcommands).
// Each becomes a proxy that loads the real module on first use, which keeps them off start-up.
const lazyBuiltins = ['zlib', 'dns', 'http', 'child_process', 'url', 'os'];

/** @type {import('esbuild').Plugin} */
const lazyBuiltinsPlugin = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${lazyBuiltins.join('|')})$`);
    b.onResolve({ filter }, (args) =>
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let m; const load = () => (m ??= require(${JSON.stringify(`node:${args.path}`)}));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => { const d = Reflect.getOwnPropertyDescriptor(load(), key); if (d) d.configurable = true; return d; },
});`,
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });

await build({
  entryPoints: ['src/cli/entry.ts'],
  outfile: 'dist/podctl.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  logLevel: 'warning',
  // grpc-js loads proto-loader only for its channelz and ORCA servers, which podctl never runs.
  external: ['@grpc/proto-loader'],
  plugins: [lazyBuiltinsPlugin],
});
