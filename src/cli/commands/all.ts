// Every command group of the CLI, in the order `podctl --help` lists them.
import type { Registrar } from '../main.js';
import { registerContainerOps } from './container-ops.js';
import { registerContainers } from './containers.js';
import { registerImages } from './images.js';
import { registerInfo } from './info.js';
import { registerLifecycle } from './lifecycle.js';
import { registerLoad } from './load.js';
import { registerLogin } from './login.js';
import { registerNetwork, registerPort } from './network.js';
import { registerPod } from './pod.js';
import { registerPull } from './pull.js';
import { registerPush } from './push.js';
import { registerSave } from './save.js';
import { registerStats } from './stats.js';
import { registerSystem } from './system.js';
import { registerVersion } from './version.js';

export const allCommands: readonly Registrar[] = [
  registerVersion,
  registerInfo,
  registerImages,
  registerLoad,
  registerSave,
  registerPull,
  registerPush,
  registerLogin,
  registerPod,
  registerContainers,
  registerLifecycle,
  registerContainerOps,
  registerStats,
  registerNetwork,
  registerPort,
  registerSystem,
];
