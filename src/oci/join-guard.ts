/**
 * The join guard: a createRuntime hook that lets a container start only while every process
 * whose namespaces it joins by /proc/<pid>/ns path is still the process it was pointed at.
 * podctl points the paths at the current PID before each start it makes; containerd's restart
 * monitor, though, starts a task again from the stored spec, possibly long after that process
 * died and its PID went to another one (pid_max is often 32768), whose namespaces the container
 * would then join. runc runs the hook after joining the namespaces and before anything of the
 * container's runs; a process whose start time (field 22 of /proc/<pid>/stat) is not the one
 * recorded fails the create. The hook is /bin/sh with builtins only: runc gives hooks no PATH.
 * Pure.
 */
import type { SpecOpt } from './spec.js';
import type { Hook, Spec } from './types.js';

/** $0 of the hook's shell: how podctl knows its own hook among others. */
export const JOIN_GUARD_NAME = 'podctl-join-guard';

/** Each argument is PID:STARTTIME. Builtins only. */
const SCRIPT = [
  'for want do',
  '  pid=${want%%:*}; start=${want#*:}',
  '  { read -r stat < "/proc/$pid/stat"; } 2>/dev/null || { echo "podctl: process $pid has exited: this container does not join its namespaces" >&2; exit 1; }',
  '  rest=${stat##*) }',
  '  set -f; set -- $rest; set +f',
  '  [ "${20}" = "$start" ] || { echo "podctl: PID $pid is no longer the process this container joins (another process has it now): not starting" >&2; exit 1; }',
  'done',
].join('\n');

/** A process whose namespaces are joined, and its start time in clock ticks since boot. */
export interface JoinedProcess {
  pid: number;
  startTime: number;
}

const PROC_NS = /^\/proc\/(\d+)\/ns\/[a-z_]+$/;

/** The PIDs whose namespaces the spec joins by /proc path, each once, in spec order. */
export function joinedPids(spec: Spec): number[] {
  const pids: number[] = [];
  for (const ns of spec.linux?.namespaces ?? []) {
    const m = ns.path === undefined ? null : PROC_NS.exec(ns.path);
    if (m && !pids.includes(Number(m[1]))) pids.push(Number(m[1]));
  }
  return pids;
}

const isGuard = (hook: Hook) => hook.path === '/bin/sh' && hook.args?.[3] === JOIN_GUARD_NAME;

/** The guard hook for these processes (none: no hook), replacing an earlier guard; other hooks stay. */
export function withJoinGuard(processes: readonly JoinedProcess[]): SpecOpt {
  return (spec) => {
    const others = (spec.hooks?.createRuntime ?? []).filter((h) => !isGuard(h));
    const guard: Hook[] =
      processes.length === 0
        ? []
        : [
            {
              path: '/bin/sh',
              args: ['sh', '-c', SCRIPT, JOIN_GUARD_NAME, ...processes.map((p) => `${p.pid}:${p.startTime}`)],
              timeout: 10,
            },
          ];
    const createRuntime = [...others, ...guard];
    const { createRuntime: _, ...rest } = spec.hooks ?? {};
    const hooks = { ...rest, ...(createRuntime.length > 0 ? { createRuntime } : {}) };
    if (Object.keys(hooks).length > 0) spec.hooks = hooks;
    else delete spec.hooks;
  };
}
