// Start-up chunk for `podctl version` (see src/cli/chunks.json).
import { registerVersion } from '../commands/version.js';
import { start } from '../start.js';

start([registerVersion]);
