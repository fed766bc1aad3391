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

export { importImage } from './image/import.js';
export type { BlobSource, ImportEvent, ImportOptions, ImportResult } from './image/import.js';
export { pullImage } from './image/pull.js';
export type { PullEvent, PullOptions, PullResult, RegistryOptions } from './image/pull.js';
export { pushImage } from './image/push.js';
export type { PushEvent, PushOptions, PushResult } from './image/push.js';
export { loadImages } from './image/load.js';
export type { LoadEvent, LoadOptions } from './image/load.js';
export { saveImages } from './image/save.js';
export type { SaveOptions } from './image/save.js';
export { ensureImage } from './image/ensure.js';
export type { EnsureOptions, EnsureResult } from './image/ensure.js';
export { findImage, inspectImage, listImages, removeImage, tagImage } from './image/store.js';
export type { ImageDetails, ImageSummary } from './image/store.js';
export { login, logout } from './image/registry/login.js';
export { parseReference } from './image/reference.js';
export type { ImageReference } from './image/reference.js';
export { hostPlatform, parsePlatform, formatPlatform } from './image/platform.js';

export { createPod, listPods, listPodMembers, stopPod, startPod, removePod } from './pod/pod.js';
export type { CreatePodOptions, RemovePodOptions, StopPodOptions } from './pod/pod.js';
export { getPod } from './pod/sandbox.js';
export type { PodRecord } from './pod/sandbox.js';
export { removeMember } from './pod/member.js';
export type { MemberOptions, MemberRecord } from './pod/member.js';
export { createContainer } from './pod/create.js';
export type { CreateOptions, CreatedContainer } from './pod/create.js';
export { runContainer, runMember, runMembers, startContainer } from './pod/start.js';
export { killContainer } from './pod/kill.js';
export type { StartedContainer } from './pod/start.js';
export type { StartTaskOptions } from './pod/task-start.js';
export { removeContainer, removeExited } from './pod/standalone.js';
export { parseRestartPolicy, formatRestartPolicy } from './pod/restart-policy.js';
export type { RestartPolicy, RestartPolicyName } from './pod/restart-policy.js';

export { generateSpec } from './oci/spec.js';
export type { Spec as OciSpec, Mount as OciMount } from './oci/types.js';
