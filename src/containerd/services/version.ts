import type { CallOptions, Connection } from '../connection.js';
import { serviceRef } from '../proto.js';

export interface ServerVersion {
  version: string;
  revision: string;
}

const SERVICE = serviceRef('containerd.services.version.v1.Version', () => import('../gen/codecs/version.js'));

export class VersionService {
  constructor(private readonly conn: Connection) {}

  async version(options?: CallOptions): Promise<ServerVersion> {
    const res = await this.conn.unary<ServerVersion>(SERVICE, 'Version', {}, options);
    return { version: res.version, revision: res.revision };
  }
}
