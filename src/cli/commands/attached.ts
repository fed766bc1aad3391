// Attached `run` (no -d): the container's output to stdout and stderr until it exits, then its
// exit code. Without -t the output is followed from its log file; with -t it is the terminal's
// one stream, which podctl-logger copies to podctl as well as to the log. -i forwards stdin; -it
// puts the local terminal in raw mode, and its size follows window resizes.
import type { ContainerdClient } from '../../containerd/client.js';
import type { Attachment } from '../../exec/attach.js';
import type { ProcessStreams } from '../../task/process-io.js';
import type { CliIO } from '../io.js';
import { enterRawMode, terminalSource, type StdioMode } from '../terminal.js';

/** How long terminal output may still come after the exit (orphans in a shared PID namespace can hold it). */
const OUTPUT_GRACE_MS = 2_000;

export interface AttachedContainer {
  id: string;
  name: string;
  logPath: string;
  streams: ProcessStreams;
}

/**
 * While attached: an abort of io.signal (Ctrl-C without a raw terminal, SIGTERM) sends the
 * container its stop signal, then SIGKILL after its stop timeout, as `podctl stop` would.
 * `end()` stops forwarding and cancels a pending SIGKILL.
 */
export async function forwardStop(client: ContainerdClient, id: string, io: CliIO): Promise<{ end(): void }> {
  const [{ readStopPolicy }, { stopTask }] = await Promise.all([
    import('../../container/member-opts.js'),
    import('../../task/stop.js'),
  ]);
  // The task is kept: the attached run reads its exit status, and removes it.
  const onAbort = () => {
    void (async () =>
      stopTask(client, id, { ...readStopPolicy((await client.containers.get(id)).labels), keepTask: true }))().catch(
      () => undefined,
    );
  };
  io.signal?.addEventListener('abort', onAbort, { once: true });
  if (io.signal?.aborted === true) onAbort();
  return { end: () => io.signal?.removeEventListener('abort', onAbort) };
}

/**
 * Streams the container's output until its task exits. An abort of io.signal (Ctrl-C without a
 * raw terminal, SIGTERM) sends the container's stop signal, then SIGKILL after its stop timeout,
 * as `podctl stop` would. Returns the exit code; `remove` (--rm) then removes the container.
 */
export async function attachedRun(
  client: ContainerdClient,
  member: AttachedContainer,
  io: CliIO,
  mode: StdioMode,
  remove: boolean,
): Promise<number> {
  const [{ followLog }, { removeContainer }, { attachStreams, withGrace }] = await Promise.all([
    import('../../logs/follow.js'),
    import('../../container/standalone.js'),
    import('../../exec/attach.js'),
  ]);
  let restore = () => undefined as void;
  let attachment: Attachment | undefined;
  try {
    const exited = client.tasks.wait(member.id, '', { timeoutMs: Infinity });
    exited.catch(() => undefined);
    const forwarding = await forwardStop(client, member.id, io);
    try {
      if (mode.raw) restore = await enterRawMode(io);
      const terminal = mode.tty ? terminalSource(io) : undefined;
      attachment = attachStreams(client, { id: member.id, execId: '' }, member.streams, {
        stdout: io.stdout,
        ...(mode.stdin && io.stdin ? { stdin: io.stdin } : {}),
        ...(terminal ? { terminal } : {}),
      });
      if (mode.tty) {
        const code = (await exited).exitStatus;
        await withGrace(attachment.outputEnded, OUTPUT_GRACE_MS);
        return code;
      }
      await followLog(member.logPath, {
        until: exited,
        onChunk: (c) => (c.stream === 'stderr' ? io.stderr : io.stdout).write(c.text),
      });
      return (await exited).exitStatus;
    } finally {
      forwarding.end();
    }
  } finally {
    attachment?.detach();
    restore();
    // Reading stdin (-i) would keep podctl alive after the container is gone.
    if (mode.stdin) io.stdin?.destroy();
    if (remove) {
      const { cliCniDirs } = await import('./pod.js');
      await removeContainer(client, member.name, { force: true, cniDirs: await cliCniDirs(io.env) });
    }
  }
}
