/**
 * A member's limits, security settings and stop policy (`podctl run --memory … --cap-add …
 * --stop-signal …`), as pure spec options and labels. docker's semantics: --privileged wins
 * over seccomp settings, and the default seccomp profile follows the final capability set.
 */
import { invalidArgument } from '../errors.js';
import { ALL_CAPABILITIES } from '../oci/capabilities.js';
import { withNoNewPrivileges } from '../oci/process.js';
import { withCpus, withMemoryLimit, withPidsLimit } from '../oci/resources.js';
import { withDefaultSeccomp, withSeccompProfile, type SeccompProfileFile } from '../oci/seccomp.js';
import { withCapabilities, withPrivileged } from '../oci/security.js';
import { ensureProcess, withSeccomp, type SpecOpt } from '../oci/spec.js';
import { LABELS } from '../state/labels.js';
import { signalName, signalNumber } from '../host/signals.js';

export interface MemberSecurityOptions {
  /** Hard memory limit in bytes (--memory). */
  memoryBytes?: number;
  /** CPU count as a CFS quota (--cpus). */
  cpus?: number;
  /** At most this many tasks; 0 or -1 for no limit (--pids-limit). */
  pidsLimit?: number;
  capAdd?: readonly string[];
  capDrop?: readonly string[];
  /** Every capability, no seccomp, no masked paths: an explicit opt-in. */
  privileged?: boolean;
  noNewPrivileges?: boolean;
  /** 'unconfined' for no profile, or a checked profile file; the default profile otherwise. */
  seccomp?: 'unconfined' | SeccompProfileFile;
  /**
   * The capabilities the runtime holds (its bounding set), when known: --privileged and
   * --cap-add ALL give only these, as the CRI's WithAllCurrentCapabilities does, since runc
   * cannot grant what it lacks (some hosts withhold CAP_SYS_RESOURCE).
   */
  hostCapabilities?: readonly string[];
}

/** Whether the settings ask for every capability, so that the caller should find the host's. */
export const wantsAllCapabilities = (o: MemberSecurityOptions): boolean =>
  o.privileged === true || (o.capAdd ?? []).some((c) => c.trim().toUpperCase() === 'ALL');

/** A capability mask as /proc/<pid>/status shows it (CapBnd: 000001fffeffffff) → names. */
export function capabilitiesFromMask(hex: string): string[] {
  const mask = BigInt(`0x${hex.trim() || '0'}`);
  return ALL_CAPABILITIES.filter((_, bit) => (mask >> BigInt(bit)) & 1n);
}

function withOnlyCapabilities(allowed: readonly string[]): SpecOpt {
  const keep = (set: readonly string[] | undefined) => set?.filter((c) => allowed.includes(c));
  return (spec) => {
    const { bounding, effective, permitted, inheritable, ambient } = ensureProcess(spec).capabilities ?? {};
    const sets = {
      bounding: keep(bounding),
      effective: keep(effective),
      permitted: keep(permitted),
      inheritable: keep(inheritable),
      ambient: keep(ambient),
    };
    ensureProcess(spec).capabilities = Object.fromEntries(Object.entries(sets).filter(([, v]) => v !== undefined));
  };
}

/**
 * The spec options for these settings, in the order they must run: limits, capabilities, then
 * seccomp (which depends on the capabilities). Throws invalid-argument on a bad value, before
 * any spec is built, so a caller can check them before creating anything.
 */
export function memberSecurityOpts(o: MemberSecurityOptions): SpecOpt[] {
  const opts: SpecOpt[] = [];
  if (o.memoryBytes !== undefined) opts.push(withMemoryLimit(o.memoryBytes));
  if (o.cpus !== undefined) opts.push(withCpus(o.cpus));
  if (o.pidsLimit !== undefined) opts.push(withPidsLimit(o.pidsLimit));
  if ((o.capAdd?.length ?? 0) > 0 || (o.capDrop?.length ?? 0) > 0)
    opts.push(withCapabilities(o.capAdd ?? [], o.capDrop ?? []));
  if (o.privileged === true) opts.push(withPrivileged());
  if (o.hostCapabilities !== undefined) opts.push(withOnlyCapabilities(o.hostCapabilities));
  // --privileged has no seccomp profile at all, whatever --security-opt says (docker's rule).
  if (o.privileged !== true) {
    opts.push(
      o.seccomp === 'unconfined'
        ? withSeccomp('unconfined')
        : o.seccomp === undefined
          ? withDefaultSeccomp()
          : withSeccompProfile(o.seccomp),
    );
  }
  if (o.noNewPrivileges === true) opts.push(withNoNewPrivileges());
  return opts;
}

/** Where a member's stop policy is kept (keys from labels.ts). */
export const STOP_LABELS = Object.freeze({ signal: LABELS.stopSignal, timeout: LABELS.stopTimeout } as const);

export const DEFAULT_STOP_SIGNAL = 15;
export const DEFAULT_STOP_TIMEOUT_SECONDS = 10;

export interface StopOptions {
  /** The signal `stop` sends first, by number; SIGTERM by default. */
  stopSignal?: number;
  /** Seconds. */
  stopTimeout?: number;
}

/** The labels that keep a member's stop policy; none for the defaults. */
export function stopLabels(o: StopOptions): Record<string, string> {
  const labels: Record<string, string> = {};
  if (o.stopSignal !== undefined) {
    if (signalNumber(String(o.stopSignal)) !== o.stopSignal)
      throw invalidArgument(
        `invalid value for the \`stopSignal\` option: ${String(o.stopSignal)} is not a signal number`,
      );
    labels[STOP_LABELS.signal] = signalName(o.stopSignal);
  }
  if (o.stopTimeout !== undefined) {
    if (!Number.isSafeInteger(o.stopTimeout) || o.stopTimeout < 0)
      throw invalidArgument(
        `invalid value for the \`stopTimeout\` option: must be a whole number of seconds, got ${String(o.stopTimeout)}`,
      );
    labels[STOP_LABELS.timeout] = String(o.stopTimeout);
  }
  return labels;
}

export interface StopPolicy {
  signal: number;
  timeoutMs: number;
}

/**
 * How to stop a member: its stored signal (SIGTERM by default), then SIGKILL after `-t` when
 * given, else its stored timeout, else 10 s. Labels that do not parse count as absent.
 */
export function readStopPolicy(labels: Readonly<Record<string, string>>, timeoutSeconds?: number): StopPolicy {
  const stored = labels[STOP_LABELS.signal];
  const signal = (stored === undefined ? undefined : signalNumber(stored)) ?? DEFAULT_STOP_SIGNAL;
  const text = labels[STOP_LABELS.timeout];
  const label = text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined;
  return { signal, timeoutMs: (timeoutSeconds ?? label ?? DEFAULT_STOP_TIMEOUT_SECONDS) * 1000 };
}
