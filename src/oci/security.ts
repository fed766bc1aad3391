// Options that widen or narrow what the container may do: capabilities, and --privileged.
import { adjustCapabilities, ALL_CAPABILITIES } from './capabilities.js';
import { ensureProcess, ensureResources, type SpecOpt } from './spec.js';
import type { Spec } from './types.js';

function setCapabilities(spec: Spec, caps: readonly string[]): void {
  const process = ensureProcess(spec);
  process.capabilities = { ...process.capabilities, bounding: [...caps], effective: [...caps], permitted: [...caps] };
}

/**
 * --cap-add and --cap-drop with docker's semantics, applied to the current bounding set: names
 * with or without CAP_, any case, or ALL. Sets the bounding, effective and permitted sets.
 * Put withDefaultSeccomp() after this option: the profile depends on the capabilities.
 */
export function withCapabilities(add: readonly string[], drop: readonly string[] = []): SpecOpt {
  adjustCapabilities([], add, drop); // validates the names before any spec is built
  return (spec) => {
    setCapabilities(spec, adjustCapabilities(spec.process?.capabilities?.bounding ?? [], add, drop));
  };
}

/**
 * --privileged, an explicit opt-in: every capability, no seccomp profile, no masked or read-only
 * paths, a writable /sys and access to every device in the device cgroup. The host's device
 * nodes are not listed here (that needs the host's /dev); the caller adds them to linux.devices.
 * Runtimes skip capabilities the host kernel lacks (runc since 1.1).
 */
export function withPrivileged(): SpecOpt {
  return (spec) => {
    setCapabilities(spec, ALL_CAPABILITIES);
    if (spec.linux) {
      delete spec.linux.seccomp;
      delete spec.linux.maskedPaths;
      delete spec.linux.readonlyPaths;
    }
    ensureResources(spec).devices = [{ allow: true, access: 'rwm' }];
    for (const mount of spec.mounts ?? []) {
      if ((mount.type === 'sysfs' || mount.type === 'cgroup') && mount.options) {
        mount.options = mount.options.map((o) => (o === 'ro' ? 'rw' : o));
      }
    }
  };
}
