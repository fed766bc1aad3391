// The whole CLI (dist/podctl.cjs): top-level help, `help`, unknown commands, and any command
// line that bin/podctl.cjs does not route to a smaller chunk.
import { allCommands } from '../commands/all.js';
import { start } from '../start.js';

start(allCommands);
