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

export { hostInfo, DEFAULT_RUNTIME } from './host/host-info.js';
export type { HostInfo, HostInfoOptions, PluginStatus } from './host/host-info.js';
export { detectCgroupVersion } from './host/cgroups.js';
export type { CgroupVersion } from './host/cgroups.js';
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

export { createPod, listPodMembers, stopPod, startPod, removePod } from './pod/pod.js';
export type { CreatePodOptions, RemovePodOptions, StopPodOptions } from './pod/pod.js';
export { getPod, listPods } from './records/pods.js';
export type { PodRecord } from './records/pods.js';
export type { MemberRecord } from './records/containers.js';
export { removeMember } from './container/member.js';
export type { MemberOptions } from './container/member.js';
export { createContainer } from './container/create.js';
export type { CreatedContainer } from './container/create.js';
export type { CreateOptions } from './container/create-plan.js';
export { runContainer, runMember, runMembers, startContainer } from './container/start.js';
export { killContainer } from './container/kill.js';
export type { StartedContainer } from './container/start.js';
export type { StartTaskOptions } from './container/task-start.js';
export { removeContainer, removeExited } from './container/standalone.js';
export { formatRestartPolicy, NO_RESTART } from './host/restart-policy.js';
export type { RestartPolicy, RestartPolicyName } from './host/restart-policy.js';
export { signalName, signalNumber } from './host/signals.js';

// What the CLI does with a container, as library calls (the CLI is built on these).
export { inspectContainer } from './container/inspect.js';
export type { ContainerInspect } from './container/inspect.js';
export { stopContainer, waitContainers } from './container/stop.js';
export type { StopContainerOptions, WaitContainersOptions } from './container/stop.js';
export { listPs } from './container/ps.js';
export type { PsOptions } from './container/ps.js';
export type { ContainerSummary } from './records/containers.js';
export { execDetached, execInContainer } from './exec/exec.js';
export type { ExecOptions, ExecOutput, ExecProcessOptions } from './exec/exec.js';
export { containerLogs, followLogs } from './logs/container-logs.js';
export type { FollowLogsOptions, NamedLogLine } from './logs/log-follow.js';
export type { LogLine, LogStream, ReadLogOptions } from './logs/logs.js';
export type { LogWindow } from './logs/log-time.js';
export { watchStats } from './stats/stats-sampler.js';
export type { StatsRound, StatsTarget, WatchStatsOptions } from './stats/stats-sampler.js';
export { containerStatsTargets, podStatsTargets } from './stats/stats-targets.js';
export type { ContainerStats, StatsTotals } from './stats/stats.js';
export { inspectPod } from './pod/inspect.js';
export type { MemberInspect, PodInspect } from './pod/inspect.js';
export type { NamespaceInodes } from './host/proc-namespaces.js';

// What podctl made that no pod or container owns, found and removed; what the namespace takes.
export { pruneSystem } from './system/prune.js';
export type { PruneFailure, PruneOptions, PruneResult, PrunedItem, PrunedKind } from './system/prune.js';
export { systemDf } from './system/df.js';
export type { DfRow, DfType, SystemDf, SystemDfOptions } from './system/df.js';

export { generateSpec } from './oci/spec.js';
export type { Spec as OciSpec, Mount as OciMount } from './oci/types.js';
