// What the CLI refuses of --rm before the library is asked: the library says the same in its own
// terms (task/init-task.ts), and this is the check worded with the flags the user typed.
import { invalidArgument } from '../../errors.js';
import type { StdioMode } from '../terminal.js';

/** --rm with -i but not -t, detached: the logger of an open stdin without a terminal cannot remove the container. */
export async function refuseLoggerRemoval(stdio: Partial<Pick<StdioMode, 'tty' | 'stdin'>>): Promise<void> {
  const { loggerCannotRemove } = await import('../../task/init-task.js');
  if (loggerCannotRemove(stdio)) {
    throw invalidArgument(
      '--rm with -i but not -t needs podctl attached: the logger of an open stdin without a terminal cannot remove the container',
      {
        hint: 'run it attached (no -d), add -t, or drop --rm and remove it with podctl rm',
      },
    );
  }
}
