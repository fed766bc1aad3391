// Leases hold content, ingests and snapshots against garbage collection while podctl builds
// something; one with an expiry goes away on its own if podctl dies first.
import { randomBytes } from 'node:crypto';
import type { CallOptions, Connection } from '../connection.js';
import { toDate, type RawTimestamp } from './types.js';
import { serviceRef } from '../proto.js';

/** containerd's GC drops a lease once the RFC 3339 time in this label has passed. */
export const LEASE_EXPIRE_LABEL = 'containerd.io/gc.expire';

export interface LeaseRecord {
  id: string;
  createdAt: Date | undefined;
  labels: Record<string, string>;
}

export interface NewLease {
  /** A random one when absent. */
  id?: string;
  labels?: Record<string, string>;
  /** Milliseconds from now after which the lease expires. */
  expireAfter?: number;
}

/** What a lease holds: `content` (by digest), `ingests` (by ref), `snapshots/<snapshotter>` (by key). */
export interface LeaseResource {
  id: string;
  type: string;
}

const SERVICE = serviceRef('containerd.services.leases.v1.Leases', () => import('../gen/codecs/leases.js'));

interface RawLease {
  id: string;
  createdAt: RawTimestamp | null;
  labels: Record<string, string>;
}

const toRecord = (raw: RawLease): LeaseRecord => ({
  id: raw.id,
  createdAt: toDate(raw.createdAt),
  labels: { ...raw.labels },
});

/** The expiry label's value: `now + ms`, rounded up to whole seconds, in UTC. */
export function expiryTime(ms: number, now: Date = new Date()): string {
  const seconds = Math.ceil((now.getTime() + ms) / 1000);
  return new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A lease ID in the style of containerd's WithRandomID, unique enough per namespace. */
export function randomLeaseId(now: Date = new Date()): string {
  return `${now.getTime()}-${randomBytes(6).toString('base64url')}`;
}

export class LeasesService {
  constructor(private readonly conn: Connection) {}

  async create(lease: NewLease = {}, options?: CallOptions): Promise<LeaseRecord> {
    const labels = { ...lease.labels };
    if (lease.expireAfter !== undefined) labels[LEASE_EXPIRE_LABEL] = expiryTime(lease.expireAfter);
    const res = await this.conn.unary<{ lease: RawLease }>(
      SERVICE,
      'Create',
      { id: lease.id ?? randomLeaseId(), labels },
      options,
    );
    return toRecord(res.lease);
  }

  /** With `sync`, containerd collects what the lease held before it returns. */
  async delete(id: string, opts: { sync?: boolean } = {}, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Delete', { id, sync: opts.sync ?? false }, options);
  }

  /** Filters as in containerd (`id==x`, `labels."k"==v`); any one may match. */
  async list(filters: string[] = [], options?: CallOptions): Promise<LeaseRecord[]> {
    const res = await this.conn.unary<{ leases: RawLease[] }>(SERVICE, 'List', { filters }, options);
    return res.leases.map(toRecord);
  }

  async addResource(id: string, resource: LeaseResource, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'AddResource', { id, resource }, options);
  }

  async deleteResource(id: string, resource: LeaseResource, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'DeleteResource', { id, resource }, options);
  }

  async listResources(id: string, options?: CallOptions): Promise<LeaseResource[]> {
    const res = await this.conn.unary<{ resources: LeaseResource[] }>(SERVICE, 'ListResources', { id }, options);
    return res.resources.map((r) => ({ id: r.id, type: r.type }));
  }
}
