import type { CallOptions, Connection } from '../connection.js';
import { fromDate, toDate, type Descriptor, type RawTimestamp } from './types.js';
import { serviceRef } from '../proto.js';

export interface ImageRecord {
  name: string;
  labels: Record<string, string>;
  target: Descriptor;
  createdAt: Date | undefined;
  updatedAt: Date | undefined;
}

export interface NewImage {
  name: string;
  labels?: Record<string, string>;
  target: Descriptor;
}

const SERVICE = serviceRef('containerd.services.images.v1.Images', () => import('../gen/codecs/images.js'));

interface RawImage {
  name: string;
  labels: Record<string, string>;
  target: Descriptor | null;
  createdAt: RawTimestamp | null;
  updatedAt: RawTimestamp | null;
}

function toRecord(raw: RawImage): ImageRecord {
  const target = raw.target ?? { mediaType: '', digest: '', size: 0, annotations: {} };
  return {
    name: raw.name,
    labels: { ...raw.labels },
    target: {
      mediaType: target.mediaType,
      digest: target.digest,
      size: target.size,
      annotations: { ...target.annotations },
    },
    createdAt: toDate(raw.createdAt),
    updatedAt: toDate(raw.updatedAt),
  };
}

export class ImagesService {
  constructor(private readonly conn: Connection) {}

  async get(name: string, options?: CallOptions): Promise<ImageRecord> {
    const res = await this.conn.unary<{ image: RawImage }>(SERVICE, 'Get', { name }, options);
    return toRecord(res.image);
  }

  async list(filters: string[] = [], options?: CallOptions): Promise<ImageRecord[]> {
    const res = await this.conn.unary<{ images: RawImage[] }>(SERVICE, 'List', { filters }, options);
    return res.images.map(toRecord);
  }

  async create(image: NewImage, options?: CallOptions): Promise<ImageRecord> {
    const now = fromDate(new Date());
    const res = await this.conn.unary<{ image: RawImage }>(
      SERVICE,
      'Create',
      { image: { name: image.name, labels: image.labels ?? {}, target: image.target, createdAt: now, updatedAt: now } },
      options,
    );
    return toRecord(res.image);
  }

  /** Updates the given fields (`target`, `labels`, `labels.<key>`); all when none are named. */
  async update(image: NewImage, fields: string[] = [], options?: CallOptions): Promise<ImageRecord> {
    const res = await this.conn.unary<{ image: RawImage }>(
      SERVICE,
      'Update',
      { image: { name: image.name, labels: image.labels ?? {}, target: image.target }, updateMask: { paths: fields } },
      options,
    );
    return toRecord(res.image);
  }

  /** With `sync`, containerd runs its garbage collector before it returns. */
  async delete(name: string, sync = false, options?: CallOptions): Promise<void> {
    await this.conn.unary(SERVICE, 'Delete', { name, sync }, options);
  }
}
