import type { CallOptions, Connection } from '../connection.js';

export interface ServerVersion {
  version: string;
  revision: string;
}

const SERVICE = 'containerd.services.version.v1.Version';

export class VersionService {
  constructor(private readonly conn: Connection) {}

  async version(options?: CallOptions): Promise<ServerVersion> {
    const res = await this.conn.unary<ServerVersion>(SERVICE, 'Version', {}, options);
    return { version: res.version, revision: res.revision };
  }
}
