#!/usr/bin/env node
// Builds dist/: the library (tsc, ESM + .d.ts) and the CLI as one minified CommonJS bundle
// (esbuild), so that `podctl` starts without resolving hundreds of modules.
import { build } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

// Modules that bundled code imports at the top but uses only inside functions that podctl's
// commands rarely or never call: Node built-ins for compression, DNS, proxies and executable
// subcommands, and grpc-js's server side, which its index re-exports. Each import becomes a
// proxy that initialises the real module on first use, which keeps it off start-up.
const lazyBuiltins = ['zlib', 'dns', 'http', 'child_process', 'url', 'os'];
const lazyGrpcModules = ['server', 'server-credentials', 'server-interceptors', 'server-call'];

const proxyOf = (request) => `let m; const load = () => (m ??= require(${JSON.stringify(request)}));
module.exports = new Proxy({}, {
  get: (_, key) => load()[key],
  has: (_, key) => key in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_, key) => { const d = Reflect.getOwnPropertyDescriptor(load(), key); if (d) d.configurable = true; return d; },
});`;

/** @type {import('esbuild').Plugin} */
const lazyModulesPlugin = {
  name: 'lazy-modules',
  setup(b) {
    const builtins = new RegExp(`^(node:)?(${lazyBuiltins.join('|')})$`);
    b.onResolve({ filter: builtins }, (args) =>
      args.namespace === 'lazy'
        ? { path: args.path, external: true }
        : { path: `node:${args.path.replace(/^node:/, '')}`, namespace: 'lazy' },
    );
    const grpcModules = new RegExp(`^\\./(${lazyGrpcModules.join('|')})$`);
    b.onResolve({ filter: grpcModules }, async (args) => {
      if (
        args.namespace === 'lazy' ||
        !/[\\/]@grpc[\\/]grpc-js[\\/]build[\\/]src[\\/](index|experimental)\.js$/.test(args.importer)
      ) {
        return undefined;
      }
      const real = await b.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, namespace: 'lazy' });
      return { path: real.path, namespace: 'lazy' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: proxyOf(args.path),
      loader: 'js',
      resolveDir: root,
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
// The generated codecs are JavaScript with declarations beside them, which tsc does not emit.
cpSync('src/containerd/gen/codecs', 'dist/containerd/gen/codecs', { recursive: true });

const common = {
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
  // The bundle runs through vm.Script (bin/podctl.cjs), which has no dynamic import(): every
  // import() becomes a require, lazy all the same.
  supported: { 'dynamic-import': false },
  plugins: [lazyModulesPlugin],
};

// The whole CLI, and one smaller bundle per start-up chunk: V8 reads and deserialises less for
// `podctl version` when the bundle holds only what that command can reach.
const chunks = JSON.parse(readFileSync('src/cli/chunks.json', 'utf8'));
delete chunks['//'];
const routes = {};
for (const [chunk, words] of Object.entries(chunks)) {
  for (const word of words) {
    if (routes[word] !== undefined) throw new Error(`build: '${word}' is in two chunks of src/cli/chunks.json`);
    routes[word] = `${chunk}.cjs`;
  }
}
await Promise.all([
  build({ ...common, entryPoints: ['src/cli/entries/all.ts'], outfile: 'dist/podctl.cjs' }),
  ...Object.keys(chunks).map((chunk) =>
    build({ ...common, entryPoints: [`src/cli/entries/${chunk}.ts`], outfile: `dist/chunks/${chunk}.cjs` }),
  ),
]);
writeFileSync('dist/chunks/routes.json', `${JSON.stringify(routes)}\n`);

// bin/podctl.cjs compiles each bundle with vm.Script, from the file as it is: the CommonJS
// wrapper goes in here, so that no copy of the source is made per run, and the file is read as
// latin1, which is exact for the ASCII esbuild writes (checked here).
for (const file of ['dist/podctl.cjs', ...Object.keys(chunks).map((chunk) => `dist/chunks/${chunk}.cjs`)]) {
  const code = readFileSync(file);
  const wide = code.findIndex((byte) => byte > 0x7f);
  if (wide >= 0) throw new Error(`build: ${file} has a non-ASCII byte at offset ${wide}`);
  writeFileSync(file, Module.wrap(code.toString('latin1')));
}

// V8's code cache for each bundle (see bin/podctl.cjs), made by running command lines that
// compile the common paths: help, argument parsing, and a containerd call up to its connect error.
const unreachable = ['--address', '/nonexistent/podctl-build.sock'];
const warmUps = [
  { env: { PODCTL_NO_CHUNKS: '1' }, args: ['--help'] },
  { env: { PODCTL_NO_CHUNKS: '1' }, args: ['version', ...unreachable] },
  ...Object.values(chunks).flatMap(([word]) => [{ args: [word, '--help'] }, { args: [word, ...unreachable] }]),
];
for (const { env = {}, args } of warmUps) {
  // Most fail by design (exit 125); only the cache they leave matters.
  spawnSync(process.execPath, ['bin/podctl.cjs', ...args], {
    env: { ...process.env, ...env, PODCTL_WRITE_CODE_CACHE: '1' },
    stdio: 'ignore',
  });
}
