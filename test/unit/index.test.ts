import test from 'ava';
import * as podctl from '../../src/index.js';

test('the public API names its entry points', (t) => {
  for (const name of [
    'ContainerdClient',
    'PodctlError',
    'hostInfo',
    'pullImage',
    'pushImage',
    'loadImages',
    'saveImages',
    'createPod',
    'runMember',
    'generateSpec',
    'execInContainer',
    'containerLogs',
    'followLogs',
    'watchStats',
    'listPs',
    'inspectContainer',
    'stopContainer',
    'killContainer',
    'waitContainers',
    'pruneSystem',
    'systemDf',
  ]) {
    t.is(typeof (podctl as Record<string, unknown>)[name], 'function', name);
  }
});
