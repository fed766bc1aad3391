/**
 * Following a container's CRI log file while podctl-logger writes it: for attached `run` (the
 * stream's text as it arrives, a P record's text as is and an F record's with its newline, so
 * that the caller writes out what the container wrote) and for `logs -f` (the records). The
 * file is read through one open handle; when the logger rotates (the live path gets a new
 * inode), the old handle is read to its end and the new live file is followed from its start.
 * A file truncated in place is read again from its start.
 */
import { open, stat, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseRecords, type LogRecord, type LogStream } from './logs.js';

export interface LogChunk {
  stream: LogStream;
  text: string;
}

const toChunk = (r: LogRecord): LogChunk => ({ stream: r.stream, text: r.partial ? r.text : `${r.text}\n` });

/** The chunks of complete CRI records; records that do not parse are skipped. Pure. */
export function criChunks(records: string): LogChunk[] {
  return parseRecords(records).map(toChunk);
}

/** Splits bytes into complete records; an unfinished record waits for the rest of its bytes. */
export class RecordSplitter {
  #rest: Buffer = Buffer.alloc(0);

  pushRecords(bytes: Uint8Array): LogRecord[] {
    const all = this.#rest.length === 0 ? Buffer.from(bytes) : Buffer.concat([this.#rest, bytes]);
    const end = all.lastIndexOf(0x0a);
    if (end < 0) {
      this.#rest = all;
      return [];
    }
    this.#rest = Buffer.from(all.subarray(end + 1));
    return parseRecords(all.subarray(0, end).toString('utf8'));
  }

  push(bytes: Uint8Array): LogChunk[] {
    return this.pushRecords(bytes).map(toChunk);
  }

  /** Whatever is left unfinished (a file cut short) as records. */
  flushRecords(): LogRecord[] {
    const rest = this.#rest;
    this.#rest = Buffer.alloc(0);
    return rest.length === 0 ? [] : parseRecords(rest.toString('utf8'));
  }

  flush(): LogChunk[] {
    return this.flushRecords().map(toChunk);
  }
}

/** An open log file and how far it has been read. */
export interface OpenLog {
  handle: FileHandle;
  ino: number;
  offset: number;
  splitter: RecordSplitter;
}

/** The log file opened at its start; undefined when it does not exist (yet). */
export async function openLog(logPath: string): Promise<OpenLog | undefined> {
  const handle = await open(logPath, 'r').catch(() => undefined);
  if (handle === undefined) return undefined;
  const { ino } = await handle.stat();
  return { handle, ino, offset: 0, splitter: new RecordSplitter() };
}

/** The log file opened at its end, to follow only what is written from now on (start -a); undefined when it does not exist yet. */
export async function openLogAtEnd(logPath: string): Promise<OpenLog | undefined> {
  const file = await openLog(logPath);
  // The logger appends whole records: the end is a record's start.
  if (file !== undefined) file.offset = (await file.handle.stat()).size;
  return file;
}

/** Reads the handle to its current end; true when there was anything. */
export async function readAvailable(file: OpenLog, onRecord: (r: LogRecord) => void): Promise<boolean> {
  const buf = Buffer.alloc(64 * 1024);
  let any = false;
  for (;;) {
    const { bytesRead } = await file.handle.read(buf, 0, buf.length, file.offset);
    if (bytesRead === 0) return any;
    any = true;
    file.offset += bytesRead;
    for (const r of file.splitter.pushRecords(buf.subarray(0, bytesRead))) onRecord(r);
  }
}

export interface FollowRecordsOptions {
  /** Settles when the writer is done (the task has exited); the file is then drained. */
  until: Promise<unknown>;
  onRecord(record: LogRecord): void;
  /** Where to go on from: a file opened and read before (it is closed at the end); else the live file from its start. */
  from?: OpenLog;
  /** Ends the following at once, without draining. */
  signal?: AbortSignal;
  /** How often the file is looked at; 50 ms by default. */
  pollMs?: number;
  /** After `until`, how long the file must stay unchanged before following ends; 300 ms by default. */
  settleMs?: number;
}

/**
 * Follows the log at logPath until `until` has settled and the file has stayed unchanged for
 * settleMs, or the signal aborts. A log that does not exist yet is waited for.
 */
export async function followRecords(logPath: string, options: FollowRecordsOptions): Promise<void> {
  const { onRecord, signal } = options;
  const pollMs = options.pollMs ?? 50;
  const settleMs = options.settleMs ?? 300;
  let endedAt: number | undefined;
  const mark = () => void (endedAt ??= Date.now());
  options.until.then(mark, mark);
  let file = options.from;
  let lastData = Date.now();
  try {
    while (signal?.aborted !== true) {
      const ended = endedAt;
      let got = false;
      file ??= await openLog(logPath);
      if (file !== undefined) {
        got = await readAvailable(file, onRecord);
        const live = await stat(logPath).catch(() => undefined);
        if (live !== undefined && live.ino !== file.ino) {
          // Rotated: what was written to the old file before the rename is read, then the new one.
          await readAvailable(file, onRecord);
          for (const r of file.splitter.flushRecords()) onRecord(r);
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
      await sleep(pollMs, undefined, signal ? { signal } : {}).catch(() => undefined);
    }
    if (file !== undefined && signal?.aborted !== true) for (const r of file.splitter.flushRecords()) onRecord(r);
  } finally {
    await file?.handle.close();
  }
}

export interface FollowOptions {
  /** Settles when the writer is done (the task has exited); the file is then drained. */
  until: Promise<unknown>;
  onChunk(chunk: LogChunk): void;
  /** Where to go on from, as followRecords takes it (openLogAtEnd); else the live file from its start. */
  from?: OpenLog;
  /** How often the file is looked at; 50 ms by default. */
  pollMs?: number;
  /** After `until`, how long the file must stay unchanged before following ends; 300 ms by default. */
  settleMs?: number;
}

/** Follows the log at logPath from its start (or `from`), as chunks of what the container wrote (attached `run`, start -a). */
export async function followLog(logPath: string, options: FollowOptions): Promise<void> {
  const { onChunk, ...rest } = options;
  await followRecords(logPath, { ...rest, onRecord: (r) => onChunk(toChunk(r)) });
}
