import type { CallOptions, Connection } from '../connection.js';
import { serviceRef } from '../proto.js';

export interface NamespaceRecord {
  name: string;
  labels: Record<string, string>;
}

const SERVICE = serviceRef('containerd.services.namespaces.v1.Namespaces', () => import('../gen/codecs/namespaces.js'));

interface RawNamespace {
  name: string;
  labels: Record<string, string>;
}

const toRecord = (ns: RawNamespace): NamespaceRecord => ({ name: ns.name, labels: { ...ns.labels } });

export class NamespacesService {
  constructor(private readonly conn: Connection) {}

  async get(name: string, options?: CallOptions): Promise<NamespaceRecord> {
    const res = await this.conn.unary<{ namespace: RawNamespace }>(SERVICE, 'Get', { name }, options);
    return toRecord(res.namespace);
  }

  async list(filter = '', options?: CallOptions): Promise<NamespaceRecord[]> {
    const res = await this.conn.unary<{ namespaces: RawNamespace[] }>(SERVICE, 'List', { filter }, options);
    return res.namespaces.map(toRecord);
  }

  async create(name: string, labels: Record<string, string> = {}, options?: CallOptions): Promise<NamespaceRecord> {
    const res = await this.conn.unary<{ namespace: RawNamespace }>(
      SERVICE,
      'Create',
      { namespace: { name, labels } },
      options,
    );
    return toRecord(res.namespace);
  }

  /** Replaces the namespace's labels: containerd updates labels one key path at a time. */
  async update(name: string, labels: Record<string, string>, options?: CallOptions): Promise<NamespaceRecord> {
    const current = await this.get(name, options);
    const keys = new Set([...Object.keys(current.labels), ...Object.keys(labels)]);
    await this.conn.unary(
      SERVICE,
      'Update',
      { namespace: { name, labels }, updateMask: { paths: [...keys].map((key) => `labels.${key}`) } },
      options,
    );
    // containerd 1.6 answers Update with an empty record: read the result back.
    return this.get(name, options);
  }

  /** Fails with failed-precondition while the namespace still holds anything. */
  async delete(name: string, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Delete', { name }, options);
  }
}
