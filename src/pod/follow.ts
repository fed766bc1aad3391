/**
 * Following a container's CRI log file while podctl-logger writes it, for attached `run`: the
 * stream's text as it arrives, a P record's text as is and an F record's with its newline, so
 * that the caller writes out what the container wrote. The file is read through one open handle;
 * when the logger rotates (the live path gets a new inode), the old handle is read to its end
 * and the new live file is followed from its start. A file truncated in place is read again
 * from its start.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LogStream } from './logs.js';

export interface LogChunk {
  stream: LogStream;
  text: string;
}

/** The record grammar of logs.ts (`<time> <stdout|stderr> <F|P> <text>`), keeping the tag. */
const RECORD = /^(\S+) (stdout|stderr) ([FP])(?: (.*))?$/;

/** The chunks of complete CRI records; records that do not parse are skipped. Pure. */
export function criChunks(records: string): LogChunk[] {
  const out: LogChunk[] = [];
  for (const raw of records.split('\n')) {
    const m = RECORD.exec(raw);
    if (m === null) continue;
    const [, , stream, tag, body = ''] = m;
    out.push({ stream: stream === 'stderr' ? 'stderr' : 'stdout', text: tag === 'F' ? `${body}\n` : body });
  }
  return out;
}

/** Splits bytes into complete records; an unfinished record waits for the rest of its bytes. */
export class RecordSplitter {
  #rest: Buffer = Buffer.alloc(0);

  push(bytes: Uint8Array): LogChunk[] {
    const all = this.#rest.length === 0 ? Buffer.from(bytes) : Buffer.concat([this.#rest, bytes]);
    const end = all.lastIndexOf(0x0a);
    if (end < 0) {
      this.#rest = all;
      return [];
    }
    this.#rest = Buffer.from(all.subarray(end + 1));
    return criChunks(all.subarray(0, end).toString('utf8'));
  }

  /** Whatever is left unfinished (a file cut short) as records. */
  flush(): LogChunk[] {
    const rest = this.#rest;
    this.#rest = Buffer.alloc(0);
    return rest.length === 0 ? [] : criChunks(rest.toString('utf8'));
  }
}

export interface FollowOptions {
  /** Settles when the writer is done (the task has exited); the file is then drained. */
  until: Promise<unknown>;
  onChunk(chunk: LogChunk): void;
  /** How often the file is looked at; 50 ms by default. */
  pollMs?: number;
  /** After `until`, how long the file must stay unchanged before following ends; 300 ms by default. */
  settleMs?: number;
}

interface OpenLog {
  handle: FileHandle;
  ino: number;
  offset: number;
  splitter: RecordSplitter;
}

async function openLog(logPath: string): Promise<OpenLog | undefined> {
  const handle = await open(logPath, 'r').catch(() => undefined);
  if (handle === undefined) return undefined;
  const { ino } = await handle.stat();
  return { handle, ino, offset: 0, splitter: new RecordSplitter() };
}

/** Reads the handle to its current end; true when there was anything. */
async function readAvailable(file: OpenLog, onChunk: (c: LogChunk) => void): Promise<boolean> {
  const buf = Buffer.alloc(64 * 1024);
  let any = false;
  for (;;) {
    const { bytesRead } = await file.handle.read(buf, 0, buf.length, file.offset);
    if (bytesRead === 0) return any;
    any = true;
    file.offset += bytesRead;
    for (const c of file.splitter.push(buf.subarray(0, bytesRead))) onChunk(c);
  }
}

/**
 * Follows the log at logPath from its start until `until` has settled and the file has stayed
 * unchanged for settleMs. A log that does not exist yet is waited for.
 */
export async function followLog(logPath: string, options: FollowOptions): Promise<void> {
  const pollMs = options.pollMs ?? 50;
  const settleMs = options.settleMs ?? 300;
  let endedAt: number | undefined;
  const mark = () => void (endedAt ??= Date.now());
  options.until.then(mark, mark);
  let file: OpenLog | undefined;
  let lastData = Date.now();
  try {
    for (;;) {
      const ended = endedAt;
      let got = false;
      file ??= await openLog(logPath);
      if (file !== undefined) {
        got = await readAvailable(file, options.onChunk);
        const live = await stat(logPath).catch(() => undefined);
        if (live !== undefined && live.ino !== file.ino) {
          // Rotated: what was written to the old file before the rename is read, then the new one.
          await readAvailable(file, options.onChunk);
          for (const c of file.splitter.flush()) options.onChunk(c);
          await file.handle.close();
          file = await openLog(logPath);
          lastData = Date.now();
          continue;
        }
        if (live !== undefined && live.size < file.offset) {
          // Truncated in place (max-files=1): the new content starts at 0.
          file.offset = 0;
          file.splitter = new RecordSplitter();
          continue;
        }
      }
      if (got) lastData = Date.now();
      else if (ended !== undefined && Date.now() - Math.max(ended, lastData) >= settleMs) break;
      await sleep(pollMs);
    }
    if (file !== undefined) for (const c of file.splitter.flush()) options.onChunk(c);
  } finally {
    await file?.handle.close();
  }
}
