import test from 'ava';
import { readFile } from 'node:fs/promises';
import { PODCTL_VERSION } from '../../src/version.js';

test("the client version is package.json's", async (t) => {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  t.is(PODCTL_VERSION, pkg.version);
});
