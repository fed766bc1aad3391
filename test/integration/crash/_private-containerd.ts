// A containerd of the test's own, so that a test may crash and restart it without touching the
// host's: the `containerd` found on PATH with a generated config (version 2, read by 1.6, 1.7 and
// 2.x) whose root and state are directories of its own under /var/lib and /run, its socket in
// the state directory, the CRI plugin off. crash() is a SIGKILL: the shims go on running, as
// they do when the host's containerd dies. remove() leaves nothing of it on the host.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';

export interface PrivateContainerd {
  /** The gRPC socket: `podctl --address`, `new ContainerdClient({ address })`. */
  readonly address: string;
  readonly root: string;
  readonly state: string;
  readonly log: string;
  /** The running containerd's PID; undefined while it is down. */
  readonly pid: number | undefined;
  /** Starts it (again, with the same config) and waits until `ctr version` answers. */
  start(): Promise<void>;
  /** SIGKILL, as a crash, and waits for it to exit. */
  crash(): Promise<void>;
  /** Everything of it: containerd, any shim still serving its socket, mounts under its directories, the directories. */
  remove(): Promise<void>;
}

const READY_MS = 30_000;

/** The config as the test writes it; exported for the record of what a run used. */
export function privateConfig(root: string, state: string, address: string): string {
  return [
    'version = 2',
    `root = ${JSON.stringify(root)}`,
    `state = ${JSON.stringify(state)}`,
    'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
    '',
    '[grpc]',
    `  address = ${JSON.stringify(address)}`,
    '',
  ].join('\n');
}

async function answers(address: string): Promise<boolean> {
  const r = await execa('ctr', ['--address', address, 'version'], { reject: false, timeout: 5_000 });
  return r.exitCode === 0 && /^Server:/m.test(r.stdout);
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

/** Host processes whose command line names `address`, and (with `program`) whose own name ends so. */
async function processesNaming(address: string, program = ''): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const argv = (await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '')).split('\0');
    if (argv[0]?.endsWith(program) && argv.includes(address)) found.push(Number(entry));
  }
  return found;
}

/** The shims of the containerd at `address` (they run with `-address SOCK`). */
export const processesServing = (address: string) => processesNaming(address, 'containerd-shim-runc-v2');

/** Mount points at or under `dir`, deepest first. */
async function mountsUnder(dir: string): Promise<string[]> {
  const text = await readFile('/proc/self/mountinfo', 'utf8');
  const decode = (s: string) => s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
  return text
    .split('\n')
    .map((l) => decode(l.split(' ')[4] ?? ''))
    .filter((m) => m === dir || m.startsWith(`${dir}/`))
    .sort((a, b) => b.length - a.length);
}

export async function privateContainerd(tag: string): Promise<PrivateContainerd> {
  const id = `${tag}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const root = `/var/lib/podctl-test-${id}`;
  const state = `/run/podctl-test-${id}`;
  const address = join(state, 'containerd.sock');
  const config = join(state, 'config.toml');
  const log = join(state, 'containerd.log');
  await mkdir(root, { recursive: true, mode: 0o711 });
  await mkdir(state, { recursive: true, mode: 0o711 });
  await writeFile(config, privateConfig(root, state, address));
  let child: ChildProcess | undefined;

  const stopContainerd = async (signal: NodeJS.Signals) => {
    const c = child;
    if (c?.pid === undefined) return;
    child = undefined;
    if (c.exitCode === null && c.signalCode === null) c.kill(signal);
    await exited(c);
  };

  const self: PrivateContainerd = {
    address,
    root,
    state,
    log,
    get pid() {
      return child?.pid;
    },
    async start() {
      if (child !== undefined) throw new Error('the private containerd is running already');
      const fd = openSync(log, 'a');
      try {
        // A session of its own: a Ctrl-C meant for the test runner does not reach it.
        child = spawn('containerd', ['--config', config], { stdio: ['ignore', fd, fd], detached: true });
      } finally {
        closeSync(fd);
      }
      const started = child;
      let failure: Error | undefined;
      started.once('error', (err) => (failure = err));
      const deadline = Date.now() + READY_MS;
      while (!(await answers(address))) {
        if (
          failure !== undefined ||
          started.exitCode !== null ||
          started.signalCode !== null ||
          Date.now() > deadline
        ) {
          const tail = (await readFile(log, 'utf8').catch(() => '')).split('\n').slice(-15).join('\n');
          await stopContainerd('SIGKILL');
          throw new Error(`the private containerd did not answer on ${address}: ${String(failure ?? '')}\n${tail}`);
        }
        await sleep(100);
      }
    },
    crash: () => stopContainerd('SIGKILL'),
    async remove() {
      await stopContainerd('SIGTERM');
      // The last resort for shims left behind by a test that failed before its pods went, and
      // for podctl processes still asking this containerd (a logger's `rm --auto`, say).
      for (const pid of await processesNaming(address)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }
      for (let i = 0; i < 50 && (await processesNaming(address)).length > 0; i++) await sleep(100);
      for (const dir of [state, root]) {
        for (const m of await mountsUnder(dir)) await execa('umount', ['-R', m], { reject: false });
        // Never rm -r through a mount that would not go: what it shows is not the test's.
        const left = await mountsUnder(dir);
        if (left.length > 0) throw new Error(`still mounted, ${dir} is left on the host: ${left.join(', ')}`);
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
  return self;
}
