// Types of layers.mjs, for the TypeScript tests that read the table.
export interface Layer {
  /** The layer's name: its folder under src/, or 'index' (src/index.ts) or 'root' (the other files in src/). */
  readonly name: string;
  /** Where its files are, relative to the repository root: folders, files, or a glob. */
  readonly paths: readonly string[];
  /** The layers its files may import, besides its own. */
  readonly may: readonly string[];
}

export const layers: readonly Layer[];
export const protobufLayer: string;
export const protobufPackages: readonly string[];
export const protobufFolders: readonly string[];
export function layerOf(file: string): string | undefined;
export function forbiddenFor(name: string): string[];
