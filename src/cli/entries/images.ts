// Start-up chunk for the image commands (see src/cli/chunks.json).
import { registerImages } from '../commands/images.js';
import { registerLoad } from '../commands/load.js';
import { registerLogin } from '../commands/login.js';
import { registerPull } from '../commands/pull.js';
import { registerPush } from '../commands/push.js';
import { registerSave } from '../commands/save.js';
import { start } from '../start.js';

start([registerImages, registerLoad, registerSave, registerPull, registerPush, registerLogin]);
