/**
 * A container's root filesystem from an image: a snapshot on top of the image's top layer
 * (its chain ID), named after the container so that the key is claimed once per name, and the
 * image's /etc/passwd and /etc/group for resolving the user, read from the snapshot's layers
 * without mounting anything.
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContainerdClient } from '../containerd/client.js';
import type { Mount } from '../containerd/services/types.js';
import { isAlreadyExists, isNotFound, notFound } from '../errors.js';
import { clearInterruptedCreates } from './interrupted.js';
import { chainIds } from '../image/digest.js';
import { ensureImage } from '../image/ensure.js';
import { isIndex } from '../image/media-types.js';
import { hostPlatform, selectManifest } from '../image/platform.js';
import { parseConfig, parseIndex, parseManifest, type ImageConfig } from '../image/schemas.js';
import { findImage } from '../image/store.js';
import { DEFAULT_SNAPSHOTTER } from '../image/unpack.js';
import type { ImageUserFiles } from '../oci/image-config.js';
import { creatorLabels } from '../state/creator.js';
import { LABELS, CREATED_BY } from '../state/labels.js';

export interface ResolvedImage {
  /** The image record's name, as the container records it. */
  name: string;
  /** The chain ID of the top layer: the parent of the container's snapshot. */
  chainId: string;
  config: ImageConfig['config'];
}

export interface RootfsRequest {
  /** The snapshot key: the container's ID. */
  key: string;
  image: string;
  /** A read-only view (the sandbox) instead of a writable snapshot. */
  view?: boolean;
  snapshotter?: string;
  labels?: Record<string, string>;
  signal?: AbortSignal;
}

export interface PreparedRootfs {
  image: ResolvedImage;
  snapshotter: string;
  mounts: Mount[];
}

async function readBlob(client: ContainerdClient, digest: string, signal?: AbortSignal): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of client.content.read(digest, {}, { signal })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The image's host-platform manifest and config, and its top chain ID. */
export async function resolveImage(
  client: ContainerdClient,
  ref: string,
  signal?: AbortSignal,
): Promise<ResolvedImage> {
  const record = await findImage(client, ref, { signal });
  let digest = record.target.digest;
  if (isIndex(record.target.mediaType)) {
    const chosen = selectManifest(parseIndex(await readBlob(client, digest, signal)).manifests, hostPlatform());
    if (chosen === undefined) throw notFound(`image ${ref} has no manifest for this host's platform`);
    digest = chosen.digest;
  }
  const manifest = parseManifest(await readBlob(client, digest, signal));
  const config = parseConfig(await readBlob(client, manifest.config.digest, signal));
  const chainId = chainIds(config.rootfs.diff_ids).at(-1) ?? '';
  return { name: record.name, chainId, config: config.config };
}

/**
 * Makes the container's snapshot. Fails with already-exists when the key is taken (the name is in
 * use): then nothing was made. An image that is present but not unpacked for the snapshotter
 * (or podctl's infra image, not loaded yet) is made ready once, then the snapshot is retried.
 */
export async function prepareRootfs(client: ContainerdClient, request: RootfsRequest): Promise<PreparedRootfs> {
  const snapshotter = request.snapshotter ?? DEFAULT_SNAPSHOTTER;
  const { signal } = request;
  const labels = { [LABELS.createdBy]: CREATED_BY, ...request.labels };
  const attempt = async (): Promise<PreparedRootfs> => {
    const image = await resolveImage(client, request.image, signal);
    const make = request.view
      ? client.snapshots.view.bind(client.snapshots)
      : client.snapshots.prepare.bind(client.snapshots);
    const mounts = await make(snapshotter, request.key, image.chainId, labels, { signal }).catch(
      async (err: unknown) => {
        // The key is taken: by a container, a create in progress, or what a killed create left.
        if (isAlreadyExists(err) && (await clearInterruptedCreates(client, signal)) > 0) {
          return make(snapshotter, request.key, image.chainId, labels, { signal });
        }
        throw err;
      },
    );
    return { image, snapshotter, mounts };
  };
  try {
    return await attempt();
  } catch (err) {
    if (!isNotFound(err)) throw err;
    await ensureImage(client, request.image, { snapshotter, ...(signal ? { signal } : {}) });
    return attempt();
  }
}

/** The directories of a snapshot's mount, topmost first: a bind's source, an overlay's upper and lower dirs. */
export function layerDirs(mounts: readonly Mount[]): string[] | undefined {
  if (mounts.length !== 1) return undefined;
  const [mount] = mounts;
  if (!mount) return undefined;
  if (mount.type === 'bind') return [mount.source];
  if (mount.type !== 'overlay') return undefined;
  const option = (name: string) => mount.options.find((o) => o.startsWith(`${name}=`))?.slice(name.length + 1);
  const upper = option('upperdir');
  const lower = option('lowerdir')?.split(':') ?? [];
  return [...(upper ? [upper] : []), ...lower];
}

/**
 * A regular file of the image, looked up layer by layer, topmost first; undefined when absent,
 * deleted by a whiteout, or not a regular file (a symlink is never followed out of the layer).
 */
async function readLayered(dirs: readonly string[], file: string): Promise<string | undefined> {
  for (const dir of dirs) {
    const full = path.join(dir, file);
    try {
      const st = await lstat(full);
      if (!st.isFile()) return undefined;
      if (st.size > 4 << 20) return undefined;
      return await readFile(full, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return undefined;
}

/**
 * The image's /etc/passwd and /etc/group, for user resolution. Snapshotters other than
 * overlayfs and native give none: then only numeric users resolve.
 */
export async function readUserFiles(mounts: readonly Mount[]): Promise<ImageUserFiles> {
  const dirs = layerDirs(mounts);
  if (dirs === undefined) return {};
  const [passwd, group] = await Promise.all([readLayered(dirs, 'etc/passwd'), readLayered(dirs, 'etc/group')]);
  return { ...(passwd === undefined ? {} : { passwd }), ...(group === undefined ? {} : { group }) };
}

/**
 * A lease for the snapshot writes of one create (DESIGN.md, "State"): it expires on its own if
 * podctl dies, and is released as soon as the container holds the snapshot. It names this
 * process and, in `labels`, the pod or network ID whose host files the create makes before its
 * container exists: `system prune` leaves those alone while the process runs.
 */
export async function withCreateLease<T>(
  client: ContainerdClient,
  body: (leased: ContainerdClient) => Promise<T>,
  labels: Readonly<Record<string, string>> = {},
): Promise<T> {
  const lease = await client.leases.create({ expireAfter: 10 * 60_000, labels: { ...labels, ...creatorLabels() } });
  try {
    return await body(client.withLease(lease.id));
  } finally {
    await client.leases.delete(lease.id).catch(() => undefined);
  }
}
