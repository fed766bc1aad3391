/**
 * `logs -f` and `pod logs -f`: what each container has logged so far (its lines merged by time
 * across containers), then its new lines as they come, until its task has exited and its log
 * is drained, or the signal aborts. Each live file is opened before the rotated ones are read,
 * so that a rotation in between shows as a rotated file with the live file's inode, which is
 * skipped, and no line is read twice or lost.
 */
import { open } from 'node:fs/promises';
import type { ContainerdClient } from '../containerd/client.js';
import { whileUnavailable } from '../containerd/availability.js';
import { followRecords, openLog, readAvailable, type OpenLog } from './follow.js';
import { inWindow, type LogWindow } from './log-time.js';
import { LineAssembler, logFiles, mergeByTime, parseRecords, tailLines, type LogLine, type LogRecord } from './logs.js';

export interface LogSource {
  /** The container ID, whose task ends the following. */
  id: string;
  name: string;
  logPath: string;
}

export type NamedLogLine = LogLine & { name: string };

export interface FollowLogsOptions extends LogWindow {
  /** Only the last lines of each container's history (of those in the window). */
  tail?: number;
  signal?: AbortSignal;
  onLine(line: NamedLogLine): void;
  pollMs?: number;
  settleMs?: number;
}

interface History {
  source: LogSource;
  file: OpenLog | undefined;
  lines: LogLine[];
  assembler: LineAssembler;
}

async function readHistory(source: LogSource): Promise<History> {
  const file = await openLog(source.logPath);
  const history: History = { source, file, lines: [], assembler: new LineAssembler() };
  const push = (r: LogRecord) => {
    const line = history.assembler.push(r);
    if (line !== undefined) history.lines.push(line);
  };
  try {
    for (const rotated of (await logFiles(source.logPath)).slice(0, -1)) {
      const handle = await open(rotated, 'r').catch(() => undefined);
      if (handle === undefined) continue;
      try {
        if ((await handle.stat()).ino !== file?.ino) parseRecords(await handle.readFile('utf8')).forEach(push);
      } finally {
        await handle.close();
      }
    }
    if (file !== undefined) await readAvailable(file, push);
  } catch (err) {
    await file?.handle.close();
    throw err;
  }
  return history;
}

/** How long `taskEnd` waits before asking a containerd that is down again. */
const ASK_AGAIN_MS = 500;

/**
 * Settles when `wait` does (the container's task has exited), fails but for containerd being
 * unavailable (the task has gone), or the signal aborts. containerd going down is not the
 * container's end: its logger outlives containerd, so its log is followed on while `wait` is
 * asked again until containerd is back.
 */
export async function taskEnd(
  wait: () => Promise<unknown>,
  signal?: AbortSignal,
  askAgainMs = ASK_AGAIN_MS,
): Promise<void> {
  await whileUnavailable(wait, { retryMs: askAgainMs, ...(signal ? { signal } : {}) }).catch(() => undefined);
}

/** Prints each source's history (merged by time), then follows every source to its end. */
export async function followContainerLogs(
  client: ContainerdClient,
  sources: readonly LogSource[],
  options: FollowLogsOptions,
): Promise<void> {
  const { signal, onLine } = options;
  const window: LogWindow = {
    ...(options.since === undefined ? {} : { since: options.since }),
    ...(options.until === undefined ? {} : { until: options.until }),
  };
  const histories: History[] = [];
  try {
    for (const source of sources) histories.push(await readHistory(source));
  } catch (err) {
    await Promise.all(histories.map((h) => h.file?.handle.close()));
    throw err;
  }
  const shown = histories.map((h) =>
    tailLines(
      h.lines.filter((l) => inWindow(l.time, window)),
      options.tail,
    ).map((l) => ({ ...l, name: h.source.name })),
  );
  for (const line of mergeByTime(shown)) onLine(line);
  // Following stops at once on the caller's abort, and just after the --until time: past it,
  // only lines that the window leaves out can come.
  const following = new AbortController();
  const stop = () => following.abort();
  signal?.addEventListener('abort', stop, { once: true });
  if (signal?.aborted === true) stop();
  const pollMs = options.pollMs ?? 50;
  const timer =
    window.until === undefined
      ? undefined
      : setTimeout(stop, Math.max(0, Number(window.until / 1_000_000n) - Date.now()) + 2 * pollMs);
  try {
    await Promise.all(
      histories.map(async ({ source, file, assembler }) => {
        const emit = (line: LogLine | undefined) => {
          if (line !== undefined && inWindow(line.time, window)) onLine({ ...line, name: source.name });
        };
        await followRecords(source.logPath, {
          until: taskEnd(
            () => client.tasks.wait(source.id, '', { timeoutMs: Infinity, signal: following.signal }),
            following.signal,
          ),
          ...(file === undefined ? {} : { from: file }),
          signal: following.signal,
          pollMs,
          ...(options.settleMs === undefined ? {} : { settleMs: options.settleMs }),
          onRecord: (r) => emit(assembler.push(r)),
        });
        // A last line without its newline, once the container is done.
        if (signal?.aborted !== true) assembler.flush().forEach(emit);
      }),
    );
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
    following.abort();
  }
}
