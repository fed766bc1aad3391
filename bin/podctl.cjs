#!/usr/bin/env node
'use strict';
// Starts the bundled CLI with V8's code cache for it, so that most of the bundle is not compiled
// again on every run. A command line whose command belongs to a start-up chunk (see
// src/cli/chunks.json) runs that chunk's smaller bundle, dist/chunks/<chunk>.cjs; anything else
// (help, unknown commands) runs the whole CLI, dist/podctl.cjs. Kept CommonJS and tiny: the ESM
// loader alone would add to every start-up.
//   PODCTL_NO_CODE_CACHE=1  load the bundle plainly
//   PODCTL_NO_CHUNKS=1      always run the whole CLI
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const dist = path.join(__dirname, '..', 'dist');

/** The chunk for argv's command: global flags are skipped; any other leading flag means none. */
function chunkFor(argv) {
  let routes;
  try {
    routes = new Map(Object.entries(JSON.parse(fs.readFileSync(path.join(dist, 'chunks', 'routes.json'), 'utf8'))));
  } catch {
    return undefined;
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--address' || arg === '-n' || arg === '--namespace') i++;
    else if (arg === '--debug' || arg.startsWith('--address=') || arg.startsWith('--namespace=') || /^-n./.test(arg))
      continue;
    else if (arg.startsWith('-')) return undefined;
    else return routes.get(arg);
  }
  return undefined;
}

/**
 * The bundle holds one function expression, CommonJS's module wrapper included (scripts/build.mjs),
 * in ASCII: compiled as read, with no copy of the source made.
 */
function run(bundle, useCache) {
  const cacheFile = `${bundle}.cache`;
  let cachedData;
  try {
    if (useCache) cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache yet: compile from source and write one on exit.
  }
  const script = new vm.Script(fs.readFileSync(bundle, 'latin1'), { filename: bundle, cachedData });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  if (
    useCache &&
    (cachedData === undefined || script.cachedDataRejected || process.env.PODCTL_WRITE_CODE_CACHE === '1')
  ) {
    // Written after the command ran, so the functions it compiled are in the cache too.
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}`;
      try {
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        try {
          fs.unlinkSync(tmp);
        } catch {}
      }
    });
  }
  script
    .runInThisContext()
    .call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
}

const chunk = process.env.PODCTL_NO_CHUNKS === '1' ? undefined : chunkFor(process.argv.slice(2));
const bundle = chunk === undefined ? path.join(dist, 'podctl.cjs') : path.join(dist, 'chunks', chunk);
run(bundle, process.env.PODCTL_NO_CODE_CACHE !== '1');
