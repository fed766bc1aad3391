#!/usr/bin/env node
'use strict';
// Starts the bundled CLI (dist/podctl.cjs) with V8's code cache for it, so that most of the
// bundle is not compiled again on every run. Kept CommonJS and tiny: the ESM loader alone would
// add to every start-up. Set PODCTL_NO_CODE_CACHE=1 to load the bundle plainly.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const bundle = path.join(__dirname, '..', 'dist', 'podctl.cjs');
const cacheFile = `${bundle}.cache`;

function run() {
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    // No cache yet: compile from source and write one on exit.
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  if (cachedData === undefined || script.cachedDataRejected || process.env.PODCTL_WRITE_CODE_CACHE === '1') {
    // Written after the command ran, so the functions it compiled are in the cache too.
    process.once('exit', () => {
      const tmp = `${cacheFile}.${process.pid}`;
      try {
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        try { fs.unlinkSync(tmp); } catch {}
      }
    });
  }
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(bundle), mod, bundle, path.dirname(bundle));
}

if (process.env.PODCTL_NO_CODE_CACHE === '1') require(bundle);
else run();
