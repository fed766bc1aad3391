/**
 * Names to containerd IDs. An ID is derived from the name alone, so that containerd's own
 * uniqueness of container IDs (and snapshot keys) makes names unique: of two racing creates,
 * one gets AlreadyExists. There is no lock file and no name store.
 */
import { randomBytes } from 'node:crypto';
import { invalidArgument } from '../errors.js';

/** containerd's identifier grammar (identifiers.Validate), which container IDs must match. */
export const NAME_PATTERN = /^[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*$/;
export const NAME_MAX = 76;

export function isValidName(name: string): boolean {
  return name.length > 0 && name.length <= NAME_MAX && NAME_PATTERN.test(name);
}

/** The name itself, or a one-line invalid-argument error that says what a name may be. */
export function checkName(what: 'pod' | 'container', name: string): string {
  if (!isValidName(name)) {
    const shown = JSON.stringify(name.length > 80 ? `${name.slice(0, 80)}…` : name);
    throw invalidArgument(
      `invalid ${what} name ${shown}: use 1 to ${NAME_MAX} letters and digits, separated by single '.', '_' or '-'`,
    );
  }
  return name;
}

/** The sandbox container's ID (and rootfs snapshot key): the pod's name. */
export const sandboxId = (podName: string): string => checkName('pod', podName);

/** A member container's ID (and rootfs snapshot key): its name. */
export const containerId = (name: string): string => checkName('container', name);

/** A fresh pod ID: 64 hex digits, as the CRI's sandbox IDs. Also the pod's runc shim group. */
export function randomId(): string {
  return randomBytes(32).toString('hex');
}

/** A name for a container or pod the user left unnamed: `<prefix>-<12 hex>`. */
export function generateName(prefix: string): string {
  return `${prefix}-${randomBytes(6).toString('hex')}`;
}
