/**
 * How long podctl's newest remains are left alone. A create makes a pod's pinned namespace, CNI
 * state and files (and its lease) before the container that owns them: for a moment they look
 * like what a crash left. A create that names itself on its lease (state/creator.ts) is known
 * for as long as it runs; one that does not (a podctl from before, or of another version on
 * the same host) is given this long.
 */
export const GRACE_MS = 30_000;

/** Whether something made or changed at `at` is still within the grace. Pure. */
export const isRecent = (at: Date | undefined, now: Date): boolean =>
  at !== undefined && now.getTime() - at.getTime() < GRACE_MS;
