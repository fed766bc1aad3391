// Start-up chunk for the pod, container, network and system commands (see src/cli/chunks.json).
import { registerContainerOps } from '../commands/container-ops.js';
import { registerContainers } from '../commands/containers.js';
import { registerLifecycle } from '../commands/lifecycle.js';
import { registerNetwork, registerPort } from '../commands/network.js';
import { registerPod } from '../commands/pod.js';
import { registerStats } from '../commands/stats.js';
import { registerSystem } from '../commands/system.js';
import { start } from '../start.js';

start([
  registerPod,
  registerContainers,
  registerLifecycle,
  registerContainerOps,
  registerStats,
  registerNetwork,
  registerPort,
  registerSystem,
]);
