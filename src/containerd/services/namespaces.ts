import type { CallOptions, Connection } from '../connection.js';

export interface NamespaceRecord {
  name: string;
  labels: Record<string, string>;
}

const SERVICE = 'containerd.services.namespaces.v1.Namespaces';

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
    const res = await this.conn.unary<{ namespace: RawNamespace }>(SERVICE, 'Create', { namespace: { name, labels } }, options);
    return toRecord(res.namespace);
  }

  /** Replaces the namespace's labels. */
  async update(name: string, labels: Record<string, string>, options?: CallOptions): Promise<NamespaceRecord> {
    const res = await this.conn.unary<{ namespace: RawNamespace }>(
      SERVICE,
      'Update',
      { namespace: { name, labels }, updateMask: { paths: ['labels'] } },
      options,
    );
    return toRecord(res.namespace);
  }

  /** Fails with failed-precondition while the namespace still holds anything. */
  async delete(name: string, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Delete', { name }, options);
  }
}
