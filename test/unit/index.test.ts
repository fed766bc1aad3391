import test from 'ava';
import * as podctl from '../../src/index.js';

test('the public API names its entry points', (t) => {
  for (const name of ['ContainerdClient', 'PodctlError', 'hostInfo', 'pullImage', 'pushImage', 'loadImages', 'saveImages', 'createPod', 'runMember', 'generateSpec']) {
    t.is(typeof (podctl as Record<string, unknown>)[name], 'function', name);
  }
});
