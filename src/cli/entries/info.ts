// Start-up chunk for `podctl info` (see src/cli/chunks.json).
import { registerInfo } from '../commands/info.js';
import { start } from '../start.js';

start([registerInfo]);
