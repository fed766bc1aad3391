// Options for the container's cgroup limits: memory, CPU and PIDs.
import { invalidArgument } from '../errors.js';
import { checkInt } from './check.js';
import { ensureResources, type SpecOpt } from './spec.js';

/** The CFS period docker and the CRI use for --cpus, in microseconds. */
export const CPU_PERIOD = 100_000;

/** docker refuses a memory limit under 6 MiB, which the kernel cannot run a container in. */
export const MIN_MEMORY_LIMIT = 6 * 1024 * 1024;

/** --memory: the hard memory limit in bytes. */
export function withMemoryLimit(bytes: number): SpecOpt {
  checkInt('the memory limit', bytes, MIN_MEMORY_LIMIT, Number.MAX_SAFE_INTEGER);
  return (spec) => {
    const resources = ensureResources(spec);
    resources.memory = { ...resources.memory, limit: bytes };
  };
}

/**
 * --cpus: a CFS quota of cpus × 100000 µs per 100000 µs period, as docker computes it from its
 * nano-CPUs (1.5 → quota 150000). The kernel's smallest quota is 1000 µs, hence at least 0.01.
 */
export function withCpus(cpus: number): SpecOpt {
  if (!Number.isFinite(cpus) || cpus < 0.01)
    throw invalidArgument(`the CPU count must be at least 0.01, got ${String(cpus)}`);
  const nanoCpus = Math.round(cpus * 1e9);
  if (Math.abs(nanoCpus - cpus * 1e9) > 1e-3)
    throw invalidArgument(`the CPU count ${cpus} is too precise: at most 9 decimals`);
  const quota = Math.floor((nanoCpus * CPU_PERIOD) / 1e9);
  return (spec) => {
    const resources = ensureResources(spec);
    resources.cpu = { ...resources.cpu, quota, period: CPU_PERIOD };
  };
}

/** --pids-limit: at most limit tasks in the cgroup; 0 or -1 (docker's spelling) removes the limit. */
export function withPidsLimit(limit: number): SpecOpt {
  checkInt('the PIDs limit', limit, -1, Number.MAX_SAFE_INTEGER);
  return (spec) => {
    const resources = ensureResources(spec);
    if (limit > 0) resources.pids = { limit };
    else delete resources.pids;
  };
}
