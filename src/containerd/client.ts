// The containerd client: one connection, one typed wrapper per service, created on first use.
import { Connection, type ConnectionOptions } from './connection.js';
import { ContainersService } from './services/containers.js';
import { ContentService } from './services/content.js';
import { DiffService } from './services/diff.js';
import { EventsService } from './services/events.js';
import { ImagesService } from './services/images.js';
import { IntrospectionService } from './services/introspection.js';
import { LeasesService } from './services/leases.js';
import { NamespacesService } from './services/namespaces.js';
import { SnapshotsService } from './services/snapshots.js';
import { TasksService } from './services/tasks.js';
import { VersionService } from './services/version.js';

export class ContainerdClient {
  readonly conn: Connection;
  #version?: VersionService;
  #namespaces?: NamespacesService;
  #introspection?: IntrospectionService;
  #images?: ImagesService;
  #containers?: ContainersService;
  #tasks?: TasksService;
  #snapshots?: SnapshotsService;
  #content?: ContentService;
  #diff?: DiffService;
  #leases?: LeasesService;
  #events?: EventsService;

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

  get containers(): ContainersService {
    return (this.#containers ??= new ContainersService(this.conn));
  }

  get tasks(): TasksService {
    return (this.#tasks ??= new TasksService(this.conn));
  }

  get snapshots(): SnapshotsService {
    return (this.#snapshots ??= new SnapshotsService(this.conn));
  }

  get content(): ContentService {
    return (this.#content ??= new ContentService(this.conn));
  }

  get diff(): DiffService {
    return (this.#diff ??= new DiffService(this.conn));
  }

  get leases(): LeasesService {
    return (this.#leases ??= new LeasesService(this.conn));
  }

  get events(): EventsService {
    return (this.#events ??= new EventsService(this.conn));
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
