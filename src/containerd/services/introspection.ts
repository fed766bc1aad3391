import type { CallOptions, Connection } from '../connection.js';
import type { Platform } from './types.js';
import { serviceRef } from '../proto.js';

export interface PluginRecord {
  type: string;
  id: string;
  requires: string[];
  platforms: Platform[];
  exports: Record<string, string>;
  capabilities: string[];
  /** Set when the plugin failed to initialise: containerd's reason. */
  initError: string | undefined;
}

const SERVICE = serviceRef(
  'containerd.services.introspection.v1.Introspection',
  () => import('../gen/codecs/introspection.js'),
);

interface RawPlugin {
  type: string;
  id: string;
  requires: string[];
  platforms: Platform[];
  exports: Record<string, string>;
  capabilities: string[];
  initErr: { code: number; message: string } | null;
}

export class IntrospectionService {
  constructor(private readonly conn: Connection) {}

  /** Loaded plugins; `filters` use containerd's filter syntax (`type==io.containerd.snapshotter.v1`). */
  async plugins(filters: string[] = [], options?: CallOptions): Promise<PluginRecord[]> {
    const res = await this.conn.unary<{ plugins: RawPlugin[] }>(SERVICE, 'Plugins', { filters }, options);
    return res.plugins.map((p) => ({
      type: p.type,
      id: p.id,
      requires: p.requires,
      platforms: p.platforms.map((x) => ({ os: x.os, architecture: x.architecture, variant: x.variant })),
      exports: { ...p.exports },
      capabilities: p.capabilities,
      initError: p.initErr ? p.initErr.message || `code ${p.initErr.code}` : undefined,
    }));
  }
}
