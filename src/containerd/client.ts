// The containerd client: one connection, one typed wrapper per service, created on first use.
import { Connection, type ConnectionOptions } from './connection.js';
import { ImagesService } from './services/images.js';
import { IntrospectionService } from './services/introspection.js';
import { NamespacesService } from './services/namespaces.js';
import { VersionService } from './services/version.js';

export class ContainerdClient {
  readonly conn: Connection;
  #version?: VersionService;
  #namespaces?: NamespacesService;
  #introspection?: IntrospectionService;
  #images?: ImagesService;

  constructor(options: ConnectionOptions | Connection = {}) {
    this.conn = options instanceof Connection ? options : new Connection(options);
  }

  get address(): string {
    return this.conn.address;
  }

  get namespace(): string {
    return this.conn.namespace;
  }

  get version(): VersionService {
    return (this.#version ??= new VersionService(this.conn));
  }

  get namespaces(): NamespacesService {
    return (this.#namespaces ??= new NamespacesService(this.conn));
  }

  get introspection(): IntrospectionService {
    return (this.#introspection ??= new IntrospectionService(this.conn));
  }

  get images(): ImagesService {
    return (this.#images ??= new ImagesService(this.conn));
  }

  /** A client on the same channel whose calls run in another namespace. */
  withNamespace(namespace: string): ContainerdClient {
    return new ContainerdClient(this.conn.withNamespace(namespace));
  }

  /** A client on the same channel whose calls carry a lease. */
  withLease(lease: string | undefined): ContainerdClient {
    return new ContainerdClient(this.conn.withLease(lease));
  }

  close(): void {
    this.conn.close();
  }

  [Symbol.dispose](): void {
    this.close();
  }
}
