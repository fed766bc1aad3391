// podctl's public library API: everything a program may import from 'podctl', by name.

export { ContainerdClient } from './containerd/client.js';
export { Connection, DEFAULT_ADDRESS, DEFAULT_NAMESPACE } from './containerd/connection.js';
export type { BidiCall, CallOptions, ConnectionOptions } from './containerd/connection.js';
export { encodeSpec, decodeJsonAny, SPEC_TYPE_URL, PROCESS_TYPE_URL } from './containerd/any.js';
export type { AnyValue, Descriptor, Mount, Platform } from './containerd/services/types.js';
export type { ImageRecord, NewImage } from './containerd/services/images.js';
export type { NamespaceRecord } from './containerd/services/namespaces.js';
export type { PluginRecord } from './containerd/services/introspection.js';
export type { ServerVersion } from './containerd/services/version.js';

export {
  PodctlError,
  isPodctlError,
  isNotFound,
  isAlreadyExists,
  isInvalidArgument,
  isFailedPrecondition,
  isUnavailable,
  isPermissionDenied,
  isDeadlineExceeded,
  isCanceled,
  isUnimplemented,
} from './errors.js';
export type { ErrorKind, PodctlErrorOptions } from './errors.js';

export { hostInfo, DEFAULT_RUNTIME } from './pod/host-info.js';
export type { HostInfo, HostInfoOptions, PluginStatus } from './pod/host-info.js';
export { detectCgroupVersion } from './pod/cgroups.js';
export type { CgroupVersion } from './pod/cgroups.js';
export { DEFAULT_INFRA_IMAGE } from './image/defaults.js';
export { PODCTL_VERSION } from './version.js';
